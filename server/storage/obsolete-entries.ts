import { EntryKind } from '../../shared/sync';

/**
 * What a confirmed snapshot at `seq`, covering `covers`, makes obsolete in its document: the
 * updates it covers and the snapshots stored before it (`?` placeholders, for both stores).
 */
export function obsoleteUnder(
  docId: string,
  covers: number,
  seq: number,
): { where: string; params: unknown[] } {
  return {
    where: 'doc_id = ? AND ((kind = ? AND seq <= ?) OR (kind = ? AND seq < ?))',
    params: [docId, EntryKind.Update, covers, EntryKind.Snapshot, seq],
  };
}
