import { refreshReferralIndex } from './case-activities';
import { refreshCaseIndex } from './cases';
import { caseDocumentId, sessionDocumentId } from './document-ids';
import { refreshFollowUpIndex } from './follow-ups';
import { indexQuietly } from './index-quietly';
import type { RecordsContext } from './records-context';
import { refreshSessionIndex } from './sessions';

/**
 * Writes the per-user index again from the case and session documents this device can read.
 * Backups leave the index out (it names every case, even one whose key the backup does not
 * carry), so a restored notebook rebuilds it on its first unlock; a case whose key is still to
 * come from the team is indexed when the key arrives (RemoteChanges.keyArrived).
 */
export function rebuildIndex(ctx: RecordsContext): void {
  const { store, docs } = ctx;
  const caseIds = idsOf(store.listDocumentIds('case'), 'case-');
  const sessionIds = idsOf(store.listDocumentIds('session'), 'session-');
  const wasOpen = new Set(
    [...caseIds.map(caseDocumentId), ...sessionIds.map(sessionDocumentId)].filter((d) =>
      docs.isOpen(d),
    ),
  );
  // One transaction: thousands of index edits, one fsync.
  store.database.transaction(() => {
    // Sessions first: a case's risk flag is computed from its sessions' entries.
    for (const id of sessionIds) indexQuietly(ctx, () => refreshSessionIndex(ctx, id));
    for (const id of caseIds) {
      indexQuietly(ctx, () => {
        refreshCaseIndex(ctx, id);
        refreshReferralIndex(ctx, id);
        refreshFollowUpIndex(ctx, id);
      });
    }
  })();
  // Reading every document must not keep every document in memory.
  for (const docId of [...caseIds.map(caseDocumentId), ...sessionIds.map(sessionDocumentId)]) {
    if (!wasOpen.has(docId)) docs.close(docId);
  }
}

function idsOf(docIds: string[], prefix: string): string[] {
  return docIds.filter((d) => d.startsWith(prefix)).map((d) => d.slice(prefix.length));
}
