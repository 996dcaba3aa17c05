import { AckStatus, type OutEntry, type StoredEntry } from '../../shared/sync';
import type { AppendOutcome } from './types';

/** The entries an append stored, with the sequence numbers it gave them. */
export function storedEntries(
  author: number,
  entries: OutEntry[],
  outcome: AppendOutcome,
): StoredEntry[] {
  const out: StoredEntry[] = [];
  outcome.results.forEach((r, i) => {
    const e = entries[i];
    if (e && r.status === AckStatus.Stored) out.push({ ...e, seq: r.seq, author });
  });
  return out;
}
