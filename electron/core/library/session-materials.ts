import type * as Y from 'yjs';
import type { CaseMaterial, SessionMaterials } from '../../../shared/api/library';
import { canBeGiven, GivenMaterial } from '../../../shared/domain/library';
import { CoreError } from '../errors';
import { sessionDocumentId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import { assertSessionWriter } from '../review/note-authorship';
import { assertEditable } from '../review/session-review';
import type { LibraryService } from './library-service';

/**
 * "Materi yang diberikan / Material given" (issue #14, item 3): the session's document keeps, in
 * its map 'materials', one entry per library item given, with the title and the version at that
 * moment. It travels with the session under the case's key, is erased and handed over with it,
 * and is changed by the session's writer only, while the session is not signed off.
 */
const materialsOf = (doc: Y.Doc) => doc.getMap<unknown>('materials');

function read(doc: Y.Doc): GivenMaterial[] {
  const out: GivenMaterial[] = [];
  for (const value of materialsOf(doc).values()) {
    const parsed = GivenMaterial.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.givenAt.localeCompare(b.givenAt) || a.title.localeCompare(b.title));
}

function editable(ctx: RecordsContext, sessionId: string): boolean {
  try {
    const document = ctx.sessionDocument(sessionId);
    assertEditable(document, ctx);
    assertSessionWriter(ctx, document);
    const caseId = document.meta()?.caseId;
    if (caseId) ctx.assertCaseEditable(caseId);
    return true;
  } catch (error) {
    if (error instanceof CoreError) return false;
    throw error;
  }
}

export function sessionMaterials(ctx: RecordsContext, sessionId: string): SessionMaterials {
  const document = ctx.sessionDocument(sessionId);
  return { materials: read(document.doc), editable: editable(ctx, sessionId) };
}

/** Records the item's current version as given; only an approved item this person sees. */
export function giveMaterial(
  ctx: RecordsContext,
  library: LibraryService,
  sessionId: string,
  itemId: string,
): SessionMaterials {
  const document = ctx.sessionDocument(sessionId);
  assertEditable(document, ctx);
  assertSessionWriter(ctx, document);
  const item = library.list().items.find((i) => i.id === itemId);
  if (!item) throw new CoreError('not_found', 'no such library item');
  if (!canBeGiven(item.status)) {
    throw new CoreError('bad_request', 'only an approved library item can be given to a client');
  }
  const entry: GivenMaterial = {
    itemId,
    title: item.title,
    version: item.version,
    kind: item.kind,
    language: item.language,
    givenAt: ctx.nowIso(),
    givenBy: ctx.actorId,
  };
  ctx.editSession(sessionId, (s) => materialsOf(s.doc).set(itemId, entry));
  return sessionMaterials(ctx, sessionId);
}

export function ungiveMaterial(
  ctx: RecordsContext,
  sessionId: string,
  itemId: string,
): SessionMaterials {
  const document = ctx.sessionDocument(sessionId);
  assertEditable(document, ctx);
  assertSessionWriter(ctx, document);
  if (materialsOf(document.doc).has(itemId)) {
    ctx.editSession(sessionId, (s) => materialsOf(s.doc).delete(itemId));
  }
  return sessionMaterials(ctx, sessionId);
}

/** What every session of the case this device holds gave, newest session first. */
export function caseMaterials(ctx: RecordsContext, caseId: string): CaseMaterial[] {
  ctx.caseDocument(caseId);
  const sessions = ctx
    .index()
    .sessions()
    .filter((s) => s.caseId === caseId)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const out: CaseMaterial[] = [];
  for (const session of sessions) {
    const docId = sessionDocumentId(session.id);
    if (!ctx.store.documentKind(docId)) continue;
    const open = ctx.docs.isOpen(docId);
    const doc = open ? ctx.docs.open(docId) : ctx.peek(docId);
    for (const material of read(doc)) {
      out.push({ ...material, sessionId: session.id, sessionStartsAt: session.startsAt });
    }
    if (!open) doc.destroy();
  }
  return out;
}
