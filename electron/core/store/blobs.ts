import { DecryptError, openBound, sealBound } from '../crypto';
import type { KeyProvider, RowKind } from './types';

/** better-sqlite3 binds Buffers; wrap without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export interface SealedRow {
  keyId: string;
  blob: Buffer;
}

/** Seals bytes bound to the document, the row kind and the key id (in the associated data). */
export function sealRow(
  keys: KeyProvider,
  docId: string,
  kind: RowKind,
  bytes: Uint8Array,
): SealedRow {
  const { keyId, key } = keys.writeKey(docId);
  return { keyId, blob: asBuffer(sealBound(key, bytes, { docId, kind, keyId })) };
}

export type OpenedRow = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function openRow(
  keys: KeyProvider,
  docId: string,
  kind: RowKind,
  keyId: string,
  blob: Uint8Array,
): OpenedRow {
  const key = keys.readKey(docId, keyId);
  if (!key)
    return { ok: false, reason: `no key with id "${keyId}" is available for this document` };
  try {
    return { ok: true, bytes: openBound(key, blob, { docId, kind, keyId }) };
  } catch (error) {
    if (error instanceof DecryptError) {
      return {
        ok: false,
        reason: `the ${kind} failed authentication (${error.message}): it was changed, damaged, or belongs to another document`,
      };
    }
    throw error;
  }
}
