import type { SyncHistory } from '../../../shared/api/sync';
import type { HistoryCheck } from '../sync/sync-client';

/**
 * What a person is shown of the author-number check (electron/core/sync/author-sequences.ts):
 * per member, how many of their changes are missing and in how many records, and how many
 * numbers came twice with different contents. Document ids stay inside the core.
 */
export function historyView(check: HistoryCheck | undefined): SyncHistory {
  if (!check) return { missing: [], forked: [], reordered: 0 };
  const missing = new Map<number, { changes: number; documents: Set<string> }>();
  for (const gap of check.missing) {
    const m = missing.get(gap.author) ?? { changes: 0, documents: new Set<string>() };
    m.changes += gap.to - gap.from + 1;
    m.documents.add(gap.docId);
    missing.set(gap.author, m);
  }
  const forked = new Map<number, number>();
  let reordered = 0;
  for (const event of check.events) {
    if (event.kind === 'forked') forked.set(event.author, (forked.get(event.author) ?? 0) + 1);
    else reordered++;
  }
  return {
    missing: [...missing.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([memberNo, m]) => ({ memberNo, changes: m.changes, documents: m.documents.size })),
    forked: [...forked.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([memberNo, changes]) => ({ memberNo, changes })),
    reordered,
  };
}
