/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, `undefined` fields left out,
 * arrays in order. Two equal values give the same string whatever order their keys were written
 * in, so a hash of it is a hash of the content, not of how it was built (cf. RFC 8785, whose
 * number formatting JSON.stringify already follows for the integers and ISO strings we hold).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError('canonical JSON holds finite numbers only');
    }
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What the review code needs from cryptography; the core gives libsodium, tests may too. */
export interface ReviewCrypto {
  /** BLAKE2b-256 of the bytes, as lowercase hex. */
  hash(bytes: Uint8Array): string;
  /** Ed25519 detached signature check; false (never a throw) for malformed input. */
  verify(signatureHex: string, message: Uint8Array, publicKeyHex: string): boolean;
  /** The actor id a signing public key stands for (workspace.ts `actorIdOf`). */
  actorIdOf(publicKeyHex: string): string;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
