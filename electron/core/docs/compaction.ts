/**
 * When to fold a document's update log into its snapshot.
 *
 * Every persisted change is one small encrypted row (Yjs: ~20–27 bytes a typed character, plus
 * 40 bytes of nonce and tag). Appending is O(1) per write; re-encoding the whole document on every
 * write (as one Electron app does) is O(document) per keystroke. But each row also costs a
 * decrypt and an apply on load, so past a threshold we merge: encode the document once, write it
 * as the snapshot and drop the rows, all in one transaction. The cost is O(document) once per
 * `maxUpdates` writes.
 *
 * 500 rows load in a few milliseconds (decrypt ≈ 6 µs + apply a row); 256 KiB caps the log for
 * documents that receive large pasted updates. Both are cheap to change: the format does not
 * depend on them.
 */
export interface CompactionPolicy {
  maxUpdates: number;
  maxBytes: number;
  /** On close, fold a log of at least this many rows so the next open reads one snapshot. */
  onCloseMinUpdates: number;
}

export const DEFAULT_COMPACTION: CompactionPolicy = {
  maxUpdates: 500,
  maxBytes: 256 * 1024,
  onCloseMinUpdates: 16,
};

export interface LogSize {
  count: number;
  bytes: number;
}

export function shouldCompact(log: LogSize, policy: CompactionPolicy): boolean {
  return log.count >= policy.maxUpdates || log.bytes >= policy.maxBytes;
}
