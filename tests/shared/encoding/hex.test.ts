import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../shared/encoding/hex';

describe('hex, written once', () => {
  it('turns bytes into lowercase hex and back, every byte value included', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = toHex(all);
    expect(hex.slice(0, 8)).toBe('00010203');
    expect(hex.slice(-4)).toBe('feff');
    expect(fromHex(hex)).toEqual(all);
    expect(fromHex('ABcd')).toEqual(Uint8Array.of(0xab, 0xcd));
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('agrees with Node on random bytes', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(64));
    expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
  });

  it('refuses an odd length or a character that is not a hex digit, instead of truncating', () => {
    expect(() => fromHex('abc')).toThrow(TypeError);
    expect(() => fromHex('zz')).toThrow(TypeError);
    expect(() => fromHex('ab cd')).toThrow(TypeError);
  });
});
