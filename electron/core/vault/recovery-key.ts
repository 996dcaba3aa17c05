import { toHex } from '../../../shared/encoding/hex';
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
 * caught by the checksum); returns the 20 key bytes otherwise (the caller wipes them). When one
 * group can be blamed, the message names it ("group 3 looks mistyped", 1-based), so the person
 * is told where to look rather than that the key is someone else's (issue #12, item 9).
 */
export function parseRecoveryKey(input: string): Uint8Array {
  const text = normaliseRecoveryText(input);
  const bytes = keyBytesOf(text);
  if (bytes !== null) return bytes;
  const group = mistypedGroup(input);
  const why = group === null ? describeFormatProblem(text) : `group ${group} looks mistyped`;
  throw new CoreError('recovery_key_format', `${RECOVERY_KEY_FORMAT_MESSAGE}: ${why}`);
}

const KEY_CHARACTERS = ((RECOVERY_KEY_BYTES + CHECKSUM_BYTES) * 8) / 5;

function describeFormatProblem(text: string): string {
  if (text.length !== KEY_CHARACTERS) {
    return `expected ${KEY_CHARACTERS} characters, got ${text.length}`;
  }
  return decodeBase32(text) === null ? 'unexpected character' : 'checksum does not match';
}

/** The key's bytes when `text` (normalised) is a key we could have issued; null otherwise. */
function keyBytesOf(text: string): Uint8Array | null {
  if (text.length !== KEY_CHARACTERS) return null;
  const all = decodeBase32(text);
  if (all === null) return null;
  const bytes = all.slice(0, RECOVERY_KEY_BYTES);
  const ok = sodium().memcmp(checksum(bytes), all.subarray(RECOVERY_KEY_BYTES));
  sodium().memzero(all);
  if (ok) return bytes;
  sodium().memzero(bytes);
  return null;
}

/**
 * Which group (1-based) of a key that does not read looks mistyped, or null when that cannot be
 * said. A group of the wrong length, or holding a character the alphabet lacks, is named at once.
 * Otherwise the checksum (40 bits) finds it: every key one substituted character or one swapped
 * neighbour pair away is tried (about 1,300 BLAKE2b calls, well under a millisecond each); when
 * the keys that read all differ from the typed one within one group, that group is named. A 40-bit
 * checksum makes a false candidate about one in 800 million per try.
 */
export function mistypedGroup(input: string): number | null {
  const typed = input
    .trim()
    .split(/[\s\-_.]+/)
    .filter((g) => g.length > 0);
  if (typed.length === RECOVERY_KEY_GROUPS) {
    const wrongLength = typed.findIndex((g) => g.length !== GROUP_LENGTH);
    if (wrongLength >= 0) return wrongLength + 1;
  }
  const text = normaliseRecoveryText(input);
  if (text.length !== KEY_CHARACTERS) return null;
  const stray = [...text].findIndex((c) => !ALPHABET.includes(c));
  if (stray >= 0) return Math.floor(stray / GROUP_LENGTH) + 1;
  const groups = new Set<number>();
  const reads = (candidate: string): boolean => {
    const bytes = keyBytesOf(candidate);
    if (bytes === null) return false;
    sodium().memzero(bytes);
    return true;
  };
  for (let at = 0; at < text.length; at++) {
    for (const c of ALPHABET) {
      if (c === text[at]) continue;
      if (reads(text.slice(0, at) + c + text.slice(at + 1))) groups.add(groupOf(at));
    }
    const next = text[at + 1];
    if (next !== undefined && next !== text[at] && groupOf(at) === groupOf(at + 1)) {
      if (reads(text.slice(0, at) + next + text[at] + text.slice(at + 2))) groups.add(groupOf(at));
    }
  }
  return groups.size === 1 ? ([...groups][0] ?? null) : null;
}

const groupOf = (at: number): number => Math.floor(at / GROUP_LENGTH) + 1;

/** The key that wraps the account secrets. */
export function recoveryWrappingKey(bytes: Uint8Array): Uint8Array {
  return blake2b(32, bytes, PERSONAL.wrap);
}

/** A public, non-secret name for the key (16 hex digits), bound into the wrap's associated data. */
export function recoveryKeyId(bytes: Uint8Array): string {
  return toHex(blake2b(8, bytes, PERSONAL.id));
}
