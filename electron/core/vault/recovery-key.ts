import { randomBytes, sodium } from '../crypto';
import { CoreError } from '../errors';

/**
 * The recovery key: 160 random bits the user writes down once, which wrap the same account
 * secrets as the passphrase.
 *
 * Shown as 8 groups of 5 Crockford base32 characters (https://www.crockford.com/base32.html):
 * 32 characters carry the 160 random bits, the last 8 a 40-bit BLAKE2b checksum, so a typo is
 * reported as "wrong recovery key format" (it cannot be a key we issued) rather than as a wrong
 * key. Crockford's alphabet has no I, L, O or U, so we read O as 0 and I/L as 1, ignore case,
 * spaces and dashes.
 *
 * Because the key is uniformly random (not a password) its wrapping key comes from one keyed
 * BLAKE2b call with a domain-separation personal string; a slow KDF would add nothing.
 */
export const RECOVERY_KEY_BYTES = 20;
const CHECKSUM_BYTES = 5;
const GROUP_LENGTH = 5;
export const RECOVERY_KEY_GROUPS = 8;
const CONFIRM_GROUP_COUNT = 2;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const encoder = new TextEncoder();

/** BLAKE2b personal strings are exactly 16 bytes. */
const PERSONAL = {
  wrap: encoder.encode('pendamping-rkwrp'),
  checksum: encoder.encode('pendamping-rkchk'),
  id: encoder.encode('pendamping-rk-id'),
} as const;

/** Stable prefix the UI can rely on; the code is recovery_key_format. */
export const RECOVERY_KEY_FORMAT_MESSAGE = 'wrong recovery key format';

export interface IssuedRecoveryKey {
  /** The 20 random bytes. Wipe with sodium memzero when done. */
  bytes: Uint8Array;
  /** The text shown to the user: 8 groups joined by '-'. */
  text: string;
  /** Two distinct group indexes (0-based, ascending) the user must type back. */
  confirmGroups: number[];
}

function blake2b(length: number, key: Uint8Array, personal: Uint8Array): Uint8Array {
  return sodium().crypto_generichash_blake2b_salt_personal(length, key, null, personal);
}

function checksum(bytes: Uint8Array): Uint8Array {
  return blake2b(CHECKSUM_BYTES, bytes, PERSONAL.checksum);
}

function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function decodeBase32(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[at++] = (buffer >> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

/** Uppercase, drop separators, and read the characters Crockford maps onto digits. */
export function normaliseRecoveryText(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  const sum = checksum(bytes);
  const all = new Uint8Array(bytes.length + sum.length);
  all.set(bytes, 0);
  all.set(sum, bytes.length);
  const text = encodeBase32(all);
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += GROUP_LENGTH) groups.push(text.slice(i, i + GROUP_LENGTH));
  sodium().memzero(all);
  return groups.join('-');
}

export function recoveryKeyGroups(text: string): string[] {
  return text.split('-');
}

/** CONFIRM_GROUP_COUNT distinct indexes, by a partial Fisher–Yates shuffle, ascending. */
function pickConfirmGroups(): number[] {
  const s = sodium();
  const indexes = Array.from({ length: RECOVERY_KEY_GROUPS }, (_, i) => i);
  for (let i = 0; i < CONFIRM_GROUP_COUNT; i++) {
    const j = i + s.randombytes_uniform(RECOVERY_KEY_GROUPS - i);
    [indexes[i], indexes[j]] = [indexes[j] ?? j, indexes[i] ?? i];
  }
  return indexes.slice(0, CONFIRM_GROUP_COUNT).sort((a, b) => a - b);
}

export function issueRecoveryKey(): IssuedRecoveryKey {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  return { bytes, text: formatRecoveryKey(bytes), confirmGroups: pickConfirmGroups() };
}

/**
 * Reads what the user typed. Throws CoreError('recovery_key_format', …)
 * for anything that is not a key we could have issued (wrong length, stray characters, a typo
 * caught by the checksum); returns the 20 key bytes otherwise (the caller wipes them).
 */
export function parseRecoveryKey(input: string): Uint8Array {
  const text = normaliseRecoveryText(input);
  const expected = ((RECOVERY_KEY_BYTES + CHECKSUM_BYTES) * 8) / 5;
  if (text.length !== expected) {
    throw new CoreError(
      'recovery_key_format',
      `${RECOVERY_KEY_FORMAT_MESSAGE}: expected ${expected} characters, got ${text.length}`,
    );
  }
  const all = decodeBase32(text);
  if (all === null) {
    throw new CoreError(
      'recovery_key_format',
      `${RECOVERY_KEY_FORMAT_MESSAGE}: unexpected character`,
    );
  }
  const bytes = all.slice(0, RECOVERY_KEY_BYTES);
  const sum = checksum(bytes);
  const ok = sodium().memcmp(sum, all.subarray(RECOVERY_KEY_BYTES));
  sodium().memzero(all);
  if (!ok) {
    sodium().memzero(bytes);
    throw new CoreError(
      'recovery_key_format',
      `${RECOVERY_KEY_FORMAT_MESSAGE}: checksum does not match`,
    );
  }
  return bytes;
}

/** The key that wraps the account secrets. */
export function recoveryWrappingKey(bytes: Uint8Array): Uint8Array {
  return blake2b(32, bytes, PERSONAL.wrap);
}

/** A public, non-secret name for the key (16 hex digits), bound into the wrap's associated data. */
export function recoveryKeyId(bytes: Uint8Array): string {
  return sodium().to_hex(blake2b(8, bytes, PERSONAL.id));
}
