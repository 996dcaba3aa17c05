/**
 * The store never sees the master key. It asks for the key of one document: the current key to
 * write with (and its id, kept beside the row) or an older key by id to read with.
 */
export interface KeyProvider {
  writeKey(docId: string): { keyId: string; key: Uint8Array };
  readKey(docId: string, keyId: string): Uint8Array | undefined;
}

export type RowKind = 'update' | 'snapshot';

/** A stored row that could not be read. It is never applied; the rest still loads. */
export interface RowProblem {
  docId: string;
  rowKind: RowKind;
  /** The update's sequence number, or for a snapshot the last update it covers. */
  seq: number;
  reason: string;
}

export interface LoadedDocument {
  snapshot: Uint8Array | null;
  /** Decrypted updates in sequence order, excluding any that are problems. */
  updates: Uint8Array[];
  /** The highest sequence number that was read for this document (0 if none). */
  lastSeq: number;
  problems: RowProblem[];
}

/** Called with the name of an operation (never its content) that took longer than the limit. */
export type SlowQueryLogger = (operation: string, durationMs: number) => void;
