import { groupDocumentId } from './document-ids';
import { GroupDocument } from './group-document';
import type { RecordsContext } from './records-context';

const entryId = (groupId: string, caseId: string): string => `group:${groupId}:${caseId}`;

/**
 * The shared note is searchable where it can be read: one entry per participant, found as that
 * participant's session, so a hit opens a part this device holds. A device without the group's
 * key indexes nothing of it.
 */
export function indexGroupNote(ctx: RecordsContext, groupId: string): void {
  const docId = groupDocumentId(groupId);
  if (!ctx.store.documentKind(docId) || !ctx.keyring.scopeOf(docId)) return;
  const open = ctx.docs.isOpen(docId);
  const doc = open ? ctx.docs.open(docId) : ctx.peek(docId);
  const group = new GroupDocument(doc);
  const text = group.noteText();
  const participants = group.participants();
  if (!open) doc.destroy();
  const index = ctx.index();
  for (const p of participants) {
    const session = index.session(p.sessionId);
    if (!session || !text) {
      ctx.search.remove(entryId(groupId, p.caseId));
      continue;
    }
    ctx.search.put({
      id: entryId(groupId, p.caseId),
      kind: 'session',
      caseId: p.caseId,
      sessionId: p.sessionId,
      alias: index.caseEntry(p.caseId)?.alias ?? '',
      text,
    });
  }
}

/** Forgets a participant's entry (their case was erased). */
export function forgetGroupNoteEntry(ctx: RecordsContext, groupId: string, caseId: string): void {
  ctx.search.remove(entryId(groupId, caseId));
}

/** After unlock: every group a listed session belongs to. */
export function indexAllGroupNotes(ctx: RecordsContext): void {
  const groups = new Set<string>();
  for (const s of ctx.index().sessions()) if (s.groupId) groups.add(s.groupId);
  for (const groupId of groups) indexGroupNote(ctx, groupId);
}
