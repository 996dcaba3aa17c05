import type { StoredEntry } from '../../shared/sync';
import type { ReadQuery, ReadResult } from './types';

/** Cuts a page under the byte limit; `rows` may hold one more than maxCount (to know if done). */
export function pageOf(rows: StoredEntry[], q: ReadQuery, head: number): ReadResult {
  const entries: StoredEntry[] = [];
  let bytes = 0;
  for (const e of rows) {
    if (entries.length >= q.maxCount) break;
    const size = e.body.length + 200;
    if (entries.length > 0 && bytes + size > q.maxBytes) break;
    entries.push(e);
    bytes += size;
  }
  const done = entries.length === rows.length;
  const last = entries[entries.length - 1];
  return { entries, scannedTo: done ? Math.max(head, q.after) : (last?.seq ?? q.after), done };
}
