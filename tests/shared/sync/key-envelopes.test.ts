import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../shared/crypto/sodium';
import { Writer } from '../../../shared/sync/codec';
import { openKeyEnvelope, sealKeyEnvelope } from '../../../shared/sync/identity';
import { DOMAIN } from '../../../shared/sync/messages';

/*
 * A key envelope carries the key's generation inside the sealed text (issue 10, item 2): the
 * relay, which forwards it, can neither read nor change which key a device writes with next.
 */
describe('key envelopes', () => {
  let recipient: { publicKey: Uint8Array; privateKey: Uint8Array };
  const key = new Uint8Array(32).fill(7);

  beforeAll(async () => {
    await initSodium();
    recipient = sodium().crypto_box_keypair();
  });

  it('carry the key and its generation to the recipient', () => {
    const body = sealKeyEnvelope(
      { scopeId: 'case-a', keyId: 'k2', key, generation: 300 },
      recipient.publicKey,
    );
    expect(openKeyEnvelope(body, 'case-a', 'k2', recipient)).toEqual({ key, generation: 300 });
    expect(openKeyEnvelope(body, 'case-b', 'k2', recipient)).toBeUndefined();
  });

  it('do not open once any byte is changed, the generation’s included', () => {
    const body = sealKeyEnvelope(
      { scopeId: 'case-a', keyId: 'k2', key, generation: 2 },
      recipient.publicKey,
    );
    for (let i = 0; i < body.length; i++) {
      const bent = body.slice();
      bent[i] = (bent[i] as number) ^ 1;
      expect(openKeyEnvelope(bent, 'case-a', 'k2', recipient)).toBeUndefined();
    }
  });

  it('read an envelope of the first format, without a generation, as generation 0', () => {
    const plain = new Writer().str(DOMAIN.keyEnvelope).str('case-a').str('k1').bytes(key).finish();
    const body = sodium().crypto_box_seal(plain, recipient.publicKey);
    expect(openKeyEnvelope(body, 'case-a', 'k1', recipient)).toEqual({ key, generation: 0 });
  });

  it('refuse anything sealed after the generation', () => {
    const plain = new Writer()
      .str(DOMAIN.keyEnvelope)
      .str('case-a')
      .str('k1')
      .bytes(key)
      .uint(4)
      .u8(0)
      .finish();
    const body = sodium().crypto_box_seal(plain, recipient.publicKey);
    expect(openKeyEnvelope(body, 'case-a', 'k1', recipient)).toBeUndefined();
  });
});
