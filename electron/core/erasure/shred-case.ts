import {
  caseDocumentId,
  ALL_INDEX_DOCUMENTS,
  isSessionDocument,
  privateDocumentId,
  sessionDocumentId,
} from '../records/document-ids';
import { KeyCustody } from '../keys/key-custody';
import { copyIndexLists } from '../records/index-document';
import { forgetCasePlan } from '../records/care-plan-search';
import { groupsOfCase, leaveGroups } from '../records/group-erasure';
import { forgetHousehold } from '../records/household-search';
import type { RecordsContext } from '../records/records-context';

/**
 * Crypto-shredding of one case on this device: its keys (shared and private-note keys) are
 * deleted, and so are the rows of its documents, its outbox and quarantine rows and its index and
 * search entries. The store runs with `secure_delete`, so freed pages are zeroed, and the WAL is
 * checkpointed and truncated afterwards. The case id is remembered as erased, so nothing that
 * still arrives for it is stored again. Returns the document ids that were removed.
 */
export function shredCase(ctx: RecordsContext, caseId: string, erasedAt: number): string[] {
  const { store, docs, keyring } = ctx;
  const db = store.database;
  const sessionIds = new Set(
    ctx
      .index()
      .sessionsOfCase(caseId)
      .map((s) => s.id),
  );
  const shared = keyring.documentsOf(caseId);
  for (const docId of shared) {
    if (isSessionDocument(docId)) sessionIds.add(docId.slice('session-'.length));
  }
  // A participant in group sessions leaves them; the groups are read before the parts go.
  const groups = groupsOfCase(ctx, sessionIds);
  const docIds = new Set([
    caseDocumentId(caseId),
    ...shared,
    ...keyring.privateDocumentsOf(caseId),
    ...[...sessionIds].flatMap((id) => [sessionDocumentId(id), privateDocumentId(id)]),
  ]);

  // Out of memory first, so nothing open can write them back.
  for (const docId of docIds) docs.discard(docId);
  const deleteOutbox = db.prepare('DELETE FROM sync_outbox WHERE doc_id = ?');
  const deleteQuarantine = db.prepare('DELETE FROM sync_quarantine WHERE doc_id = ?');
  const deleteSyncDoc = db.prepare('DELETE FROM sync_docs WHERE doc_id = ?');
  db.transaction(() => {
    for (const docId of docIds) {
      store.deleteDocument(docId);
      deleteOutbox.run(docId);
      deleteQuarantine.run(docId);
      deleteSyncDoc.run(docId);
    }
    // Key envelopes waiting to be sent travel in the scope's own stream.
    db.prepare('DELETE FROM sync_outbox WHERE scope_id = ? OR doc_id = ?').run(caseId, caseId);
    db.prepare('DELETE FROM sync_quarantine WHERE doc_id = ?').run(caseId);
    db.prepare('DELETE FROM sync_scopes_seen WHERE scope_id = ?').run(caseId);
    // The case's attachment chunks (issue #14, item 1): dead with its keys, deleted all the same.
    db.prepare(
      'DELETE FROM attachment_chunks WHERE attachment_id IN (SELECT attachment_id FROM attachments WHERE scope_id = ?)',
    ).run(caseId);
    db.prepare('DELETE FROM attachments WHERE scope_id = ?').run(caseId);
    new KeyCustody(db).forgetScope(caseId);
    keyring.forgetScope(caseId);
    db.prepare('INSERT OR IGNORE INTO erased_scopes (scope_id, erased_at) VALUES (?, ?)').run(
      caseId,
      erasedAt,
    );
  })();

  let removed = { sessionIds: [] as string[], referralIds: [] as string[] };
  ctx.editIndex((index) => {
    removed = index.removeCase(caseId);
  });
  // The index's older rows still hold the alias and titles: write it afresh with what is left
  // (not even the erased entries' ids stay, as Yjs's tombstones would) and delete those rows.
  for (const docId of ALL_INDEX_DOCUMENTS) docs.rewrite(docId, copyIndexLists);
  ctx.search.remove(`case:${caseId}`);
  forgetCasePlan(ctx, caseId);
  forgetHousehold(ctx, caseId);
  for (const id of new Set([...sessionIds, ...removed.sessionIds])) {
    ctx.search.remove(`session:${id}`);
    ctx.search.remove(`private:${id}`);
  }
  for (const id of removed.referralIds) ctx.search.remove(`referral:${id}`);
  // And whatever else names the case: an entry this device's index never listed (a referral
  // that arrived with a handover) must not stay findable either.
  ctx.search.removeCase(caseId);
  leaveGroups(ctx, caseId, groups);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return [...docIds];
}

/** Whether a case was erased on this device (or learned of from the team). */
export function isErased(ctx: RecordsContext, scopeId: string): boolean {
  return (
    ctx.store.database.prepare('SELECT 1 FROM erased_scopes WHERE scope_id = ?').get(scopeId) !==
    undefined
  );
}
