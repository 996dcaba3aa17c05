import { sodium } from '../crypto/sodium';

/*
 * The text form of an invite (issue #10): Crockford's base32, which has no look-alike characters
 * (no I, L, O or U; typed ones are read as 1, 1, 0), in groups of five, with a 4-byte checksum
 * so a truncated paste or a mistyped character says so instead of failing deep in the decoder.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECKSUM_BYTES = 4;
const GROUP = 5;

export type InviteCodeProblem = 'not-invite' | 'incomplete' | 'mistyped';

export class InviteCodeError extends Error {
  constructor(
    readonly problem: InviteCodeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'InviteCodeError';
  }
}

function checksum(payload: Uint8Array): Uint8Array {
  return sodium().crypto_generichash(CHECKSUM_BYTES, payload, null).slice(0, CHECKSUM_BYTES);
}

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Reads base32 as a person typed it: any case, O as 0, I and L as 1; spaces and dashes ignored. */
export function fromBase32(text: string): Uint8Array {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new InviteCodeError('mistyped', `the code cannot contain "${ch}"`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 255);
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return Uint8Array.from(out);
}

/** `prefix` then the payload and its checksum in groups of five characters. */
export function encodeCode(prefix: string, payload: Uint8Array): string {
  const sum = checksum(payload);
  const bytes = new Uint8Array(payload.length + CHECKSUM_BYTES);
  bytes.set(payload);
  bytes.set(sum, payload.length);
  const groups = toBase32(bytes).match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return `${prefix}${groups.join('-')}`;
}

/**
 * The payload of a code that starts with `prefix`; `minPayload` tells a truncated code (shorter
 * than any real one) from a mistyped one (the checksum does not match).
 */
export function decodeCode(prefix: string, code: string, minPayload: number): Uint8Array {
  const trimmed = code.trim();
  if (!trimmed.toUpperCase().startsWith(prefix)) {
    throw new InviteCodeError('not-invite', 'this is not an invite code');
  }
  const bytes = fromBase32(trimmed.slice(prefix.length));
  if (bytes.length < minPayload + CHECKSUM_BYTES) {
    throw new InviteCodeError('incomplete', 'the invite code is incomplete: copy all of it');
  }
  const payload = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const sum = bytes.subarray(bytes.length - CHECKSUM_BYTES);
  if (!sodium().memcmp(checksum(payload), Uint8Array.from(sum))) {
    throw new InviteCodeError(
      'mistyped',
      'the invite code is incomplete or mistyped: copy it again, all of it',
    );
  }
  return Uint8Array.from(payload);
}
