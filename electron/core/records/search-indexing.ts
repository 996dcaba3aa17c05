import { noteText } from './note-text';
import {
  caseDocumentId,
  isPrivateDocument,
  isSessionDocument,
  privateDocumentId,
} from './document-ids';
import { CaseDocument } from './case-document';
import { indexCasePlan } from './care-plan-search';
import { indexAllGroupNotes } from './group-search';
import { indexHousehold } from './household-search';
import type { RecordsContext } from './records-context';

/** Puts one session's note (or private note) into the in-memory search index. */
export function indexNote(ctx: RecordsContext, docId: string): void {
  const sessionId = docId.replace(/^(session|private)-/, '');
  const entry = ctx
    .index()
    .sessions()
    .find((s) => s.id === sessionId);
  if (!entry) return;
  const alias =
    ctx
      .index()
      .cases()
      .find((c) => c.id === entry.caseId)?.alias ?? '';
  const doc = ctx.docs.isOpen(docId) ? ctx.docs.open(docId) : ctx.peek(docId);
  const text = noteText(doc.getXmlFragment('note'));
  if (!ctx.docs.isOpen(docId)) doc.destroy();
  const kind = isPrivateDocument(docId) ? 'private' : isSessionDocument(docId) ? 'session' : null;
  if (!kind) return;
  ctx.search.put({
    id: `${kind}:${sessionId}`,
    kind,
    caseId: entry.caseId,
    sessionId,
    alias,
    text,
  });
}

/** Referrals are searchable by to whom and why. */
export function indexCaseReferrals(
  ctx: RecordsContext,
  caseId: string,
  document: CaseDocument,
): void {
  const alias = document.meta()?.alias ?? '';
  for (const referral of document.referrals()) {
    ctx.search.put({
      id: `referral:${referral.id}`,
      kind: 'referral',
      caseId,
      alias,
      text: `${referral.toWhom} ${referral.reason}`,
    });
  }
}

/**
 * Builds the whole search index after unlock, a slice at a time so the core keeps answering.
 * Resolves when done; `isCancelled` stops it when the vault locks meanwhile.
 */
export async function buildSearchIndex(
  ctx: RecordsContext,
  isCancelled: () => boolean,
): Promise<void> {
  // Start after unlock has answered: the case list comes first.
  await new Promise((resolve) => setImmediate(resolve));
  const index = ctx.index();
  const aliases = new Map(index.cases().map((c) => [c.id, c.alias]));
  const yieldNow = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  let n = 0;
  for (const [caseId, alias] of aliases) {
    if (isCancelled()) return;
    if (++n % 200 === 0) await yieldNow();
    const doc = ctx.peek(caseDocumentId(caseId));
    const document = new CaseDocument(doc);
    const meta = document.meta();
    const identifying = Object.values(meta?.identifying ?? {}).join(' ');
    ctx.search.put({
      id: `case:${caseId}`,
      kind: 'case',
      caseId,
      alias,
      text: [meta?.tags.join(' ') ?? '', identifying].filter(Boolean).join(' '),
    });
    indexCaseReferrals(ctx, caseId, document);
    indexCasePlan(ctx, caseId, document);
    indexHousehold(ctx, caseId, document);
    doc.destroy();
  }
  for (const session of index.sessions()) {
    if (isCancelled()) return;
    for (const docId of [`session-${session.id}`, privateDocumentId(session.id)]) {
      if (!ctx.store.documentKind(docId)) continue;
      const doc = ctx.peek(docId);
      const text = noteText(doc.getXmlFragment('note'));
      doc.destroy();
      if (!text) continue;
      const kind = docId.startsWith('private-') ? 'private' : 'session';
      ctx.search.put({
        id: `${kind}:${session.id}`,
        kind,
        caseId: session.caseId,
        sessionId: session.id,
        alias: aliases.get(session.caseId) ?? '',
        text,
      });
    }
    if (++n % 200 === 0) await yieldNow();
  }
  if (!isCancelled()) indexAllGroupNotes(ctx);
}
