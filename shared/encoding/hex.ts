/**
 * Bytes ↔ lowercase hex, the one helper for it (issue #15, item 3). Plain TypeScript, so it runs
 * in every layer without Node's Buffer and without waiting for libsodium to load.
 */
const DIGITS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += DIGITS[byte];
  return out;
}

/**
 * Strict, like libsodium's `from_hex`: an odd length or a character that is not a hex digit
 * throws, where Node's `Buffer.from(hex, 'hex')` would quietly stop at the first bad pair and
 * hand back fewer bytes.
 */
export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new TypeError('not a hex string');
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
