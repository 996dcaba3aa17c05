import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../electron/core/crypto';
import {
  letterheadVerifies,
  signLetterhead,
} from '../../../electron/core/exports/letterhead-signature';
import { toHex } from '../../../shared/encoding/hex';

describe('a letterhead’s signature', () => {
  beforeAll(initSodium);
  const keys = () => {
    const pair = sodium().crypto_sign_keypair();
    return { publicKey: pair.publicKey, privateKey: pair.privateKey };
  };
  const letterhead = {
    name: 'Yayasan Pulih',
    logo: { type: 'image/png', base64: 'iVBORw0KGgo=' },
    by: 'u-1234567890abcdef',
    at: '2026-12-01T08:00:00.000Z',
  };

  it('verifies for the key that signed it, when that key may decide', () => {
    const supervisor = keys();
    const signed = { ...letterhead, ...signLetterhead(supervisor, letterhead) };
    expect(letterheadVerifies(signed, (k) => k === toHex(supervisor.publicKey))).toBe(true);
    expect(letterheadVerifies(signed, () => false)).toBe(false);
  });

  it.each([
    ['another name', { name: 'Yayasan Palsu' }],
    ['another logo', { logo: { type: 'image/png', base64: 'iVBORw0KGgP=' } }],
    ['no logo', { logo: undefined }],
    ['another time', { at: '2027-01-01T08:00:00.000Z' }],
    ['another author', { by: 'u-ffffffffffffffff' }],
  ])('refuses one changed after signing: %s', (_what, change) => {
    const supervisor = keys();
    const signed = { ...letterhead, ...signLetterhead(supervisor, letterhead) };
    expect(letterheadVerifies({ ...signed, ...change }, () => true)).toBe(false);
  });

  it('refuses one without a signature, or with a signature of another key or of nothing', () => {
    const supervisor = keys();
    const signed = { ...letterhead, ...signLetterhead(supervisor, letterhead) };
    expect(letterheadVerifies(letterhead, () => true)).toBe(false);
    expect(letterheadVerifies({ ...signed, signPk: toHex(keys().publicKey) }, () => true)).toBe(
      false,
    );
    expect(letterheadVerifies({ ...signed, sig: 'zz' }, () => true)).toBe(false);
  });
});
