import * as Y from 'yjs';
import {
  clearSkipped,
  DEFAULT_TEMPLATE_ID,
  currentStage,
  latestTemplate,
  resolveTemplate,
  screenHandling,
  tick,
  triageRisk,
  untick,
  type SessionMeta,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { assertEditable, indexedReview, sessionCounselor } from '../review';
import {
  assertSessionWriter,
  attributeNoteWriters,
  editsAnotherAuthorsNote,
  newClients,
} from '../review/note-authorship';
import { refreshCaseIndex } from './cases';
import {
  isPrivateDocument,
  isSessionDocument,
  newRecordId,
  privateDocumentId,
  sessionDocumentId,
} from './document-ids';
import type { RecordsContext } from './records-context';
import type { SessionDocument } from './session-document';
import type { MethodInputOf, SessionDetail } from './types';
import { caseDetail, sessionDetail } from './views';
import { assertHouseholdMembers } from './household';

export function createSession(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.create'>,
): SessionDetail {
  const caseMeta = caseDetail(ctx, input.caseId).meta;
  ctx.assertCaseEditable(caseMeta.id);
  const template = latestTemplate(ctx.registry, input.templateId ?? DEFAULT_TEMPLATE_ID);
  if (!template) throw new CoreError('not_found', 'no such checklist template');
  const id = newRecordId();
  const docId = sessionDocumentId(id);
  const scope = ctx.keyring.scopeOf(`case-${caseMeta.id}`);
  if (!scope) throw new CoreError('corrupt', 'this case has no content key on this device');
  ctx.keyring.assignDocument(docId, scope);
  ctx.store.setDocumentKind(docId, 'session');
  ctx.store.setDocumentKind(privateDocumentId(id), 'private');
  ctx.keyring.assignPrivate(privateDocumentId(id), scope);
  const meta: SessionMeta = {
    id,
    caseId: caseMeta.id,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    channel: input.channel,
    connectionProblems: [],
    cues: [],
    templateId: template.templateId,
    templateVersion: template.version,
    ...(template.publication ? { templatePublicationId: template.publication.id } : {}),
  };
  ctx.editSession(id, (s) => s.setMeta(meta));
  refreshSessionIndex(ctx, id);
  return sessionDetail(ctx, id);
}

export function updateSession(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.update'>,
): SessionDetail {
  const { sessionId, ...patch } = input;
  const meta = requireMeta(ctx, sessionId);
  assertEditable(ctx.sessionDocument(sessionId), ctx);
  assertSessionWriter(ctx, ctx.sessionDocument(sessionId));
  assertHouseholdMembers(ctx, meta.caseId, patch.householdMemberIds);
  // Only the details that differ from those shown are written: saving a form resolves nothing.
  const writer = { by: ctx.actorId, at: ctx.nowIso() };
  ctx.editSession(sessionId, (s) => s.setMeta({ ...meta, ...definedOnly(patch) }, writer));
  refreshSessionIndex(ctx, sessionId);
  return sessionDetail(ctx, sessionId);
}

export function tickItem(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.tick'>,
): SessionDetail {
  const meta = requireMeta(ctx, input.sessionId);
  const template = resolveTemplate(
    ctx.registry,
    meta.templateId,
    meta.templateVersion,
    meta.templatePublicationId,
  );
  const document = writableSession(ctx, input.sessionId);
  const state = document.checklist(meta);
  const change = input.checked ? tick : untick;
  // The domain refuses an item that is not in this session's own template version.
  const next = change(template, state, input.itemId, ctx.actorId, ctx.nowIso());
  const ticked = next.ticks[input.itemId];
  if (ticked) ctx.editSession(input.sessionId, (s) => s.setTick(input.itemId, ticked));
  refreshSessionIndex(ctx, input.sessionId);
  return sessionDetail(ctx, input.sessionId);
}

/** The session's document, once it may be changed here, by this person (else a CoreError). */
function writableSession(ctx: RecordsContext, sessionId: string): SessionDocument {
  const document = ctx.sessionDocument(sessionId);
  assertEditable(document, ctx);
  assertSessionWriter(ctx, document);
  return document;
}

export function answerRisk(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.answerRisk'>,
): SessionDetail {
  const meta = requireMeta(ctx, input.sessionId);
  const document = writableSession(ctx, input.sessionId);
  const before = triageRisk(document.riskAnswers()).level;
  const answers = clearSkipped(input.answers);
  const after = triageRisk(answers).level;
  ctx.editSession(input.sessionId, (s) => {
    s.setRiskAnswers(answers, { by: ctx.actorId, at: ctx.nowIso() });
    // The screen's time moves only when its outcome changes: actions taken for this outcome stay.
    if (after !== before || !s.riskAt()) s.setRiskAt(ctx.nowIso());
  });
  refreshSessionIndex(ctx, input.sessionId);
  refreshCaseIndex(ctx, meta.caseId);
  return sessionDetail(ctx, input.sessionId);
}

/**
 * A person's choice between the values two devices kept for one field (issue #13, item 8): the
 * choice supersedes them all, everywhere it syncs to. Held to the same rules as any write.
 */
export function resolveSessionConflict(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.resolveConflict'>,
): SessionDetail {
  const meta = requireMeta(ctx, input.sessionId);
  const document = writableSession(ctx, input.sessionId);
  const before = triageRisk(document.riskAnswers()).level;
  let accepted = true;
  ctx.editSession(input.sessionId, (s) => {
    accepted = s.chooseField(input.kind, input.key, input.value, {
      by: ctx.actorId,
      at: ctx.nowIso(),
    });
    if (accepted && input.kind === 'risk' && triageRisk(s.riskAnswers()).level !== before) {
      s.setRiskAt(ctx.nowIso());
    }
  });
  if (!accepted) throw new CoreError('bad_request', 'this field cannot hold that value');
  refreshSessionIndex(ctx, input.sessionId);
  refreshCaseIndex(ctx, meta.caseId);
  return sessionDetail(ctx, input.sessionId);
}

export function recordRiskAction(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.recordRiskAction'>,
): SessionDetail {
  const meta = requireMeta(ctx, input.sessionId);
  assertEditable(ctx.sessionDocument(input.sessionId), ctx);
  // A face-to-face referral is a referral record of this case, not a line of text (issue #13,
  // item 9): the action keeps its id and the referral shows the session it came from.
  if (input.kind === 'faceToFaceReferral') {
    if (!input.referralId) {
      throw new CoreError('bad_request', 'a face-to-face referral names a referral of the case');
    }
    const referral = ctx
      .caseDocument(meta.caseId)
      .referrals()
      .find((r) => r.id === input.referralId);
    if (!referral) throw new CoreError('not_found', 'no such referral in this case');
  }
  ctx.editSession(input.sessionId, (s) =>
    s.addRiskAction({
      kind: input.kind,
      at: ctx.nowIso(),
      by: ctx.actorId,
      note: input.note,
      ...(input.referralId ? { referralId: input.referralId } : {}),
    }),
  );
  // Recording the last required action handles the screen: the case flag and Home follow.
  refreshSessionIndex(ctx, input.sessionId);
  refreshCaseIndex(ctx, meta.caseId);
  return sessionDetail(ctx, input.sessionId);
}

/**
 * An edit from the renderer's copy of a session note or private note: persisted, then indexed.
 * A session note is written only by its case's counselor (issue #12): anyone else is refused
 * here, whatever their screen offered. Returns, for a session note, whether it was someone
 * else's note that this account changed (the caller audits that).
 */
export function applyDocumentUpdate(
  ctx: RecordsContext,
  input: MethodInputOf<'documents.update'>,
): { editedAnothersNote?: { caseId: string; sessionId: string } } {
  const { documentId } = input;
  if (!isSessionDocument(documentId) && !isPrivateDocument(documentId)) {
    throw new CoreError('bad_request', 'only notes are edited by the renderer');
  }
  if (!ctx.store.documentKind(documentId)) throw new CoreError('not_found', 'no such note');
  // Both notes belong to their session's case: not written while its erasure waits.
  const noteSessionId = documentId.slice(documentId.indexOf('-') + 1);
  const noteCaseId = ctx.sessionDocument(noteSessionId).meta()?.caseId;
  if (noteCaseId) ctx.assertCaseEditable(noteCaseId);
  // A signed session's note is locked (corrections are addenda); the private note is not signed.
  const sessionNote = isSessionDocument(documentId);
  if (sessionNote) writableSession(ctx, noteSessionId);
  if (isPrivateDocument(documentId)) filePrivateNote(ctx, documentId);
  const update = new Uint8Array(Buffer.from(input.update, 'base64'));
  let clients: Set<number>;
  try {
    Y.decodeUpdate(update);
    clients = sessionNote ? newClients(ctx.sessionDocument(noteSessionId).doc, update) : new Set();
  } catch {
    throw new CoreError('bad_request', 'not a document update');
  }
  let edited: { caseId: string; sessionId: string } | undefined;
  if (sessionNote && clients.size > 0) {
    // Whose words these are travels ahead of the words (attributed before they are applied).
    attributeNoteWriters(ctx, noteSessionId, clients);
    if (noteCaseId && editsAnotherAuthorsNote(ctx, ctx.sessionDocument(noteSessionId))) {
      edited = { caseId: noteCaseId, sessionId: noteSessionId };
    }
  }
  // The note and its place in the outbox are written together, or neither is.
  ctx.store.database.transaction(() => {
    ctx.docs.applyUpdate(documentId, update);
    ctx.outbox.enqueue(documentId, update);
  })();
  ctx.scheduleNoteIndexing(documentId);
  return edited ? { editedAnothersNote: edited } : {};
}

/** A private note is written under its case's private key (a supervisor's, too). */
function filePrivateNote(ctx: RecordsContext, documentId: string): void {
  const sessionId = documentId.slice('private-'.length);
  const caseId = ctx.sessionDocument(sessionId).meta()?.caseId;
  const scope = caseId && ctx.keyring.scopeOf(`case-${caseId}`);
  if (scope) ctx.keyring.assignPrivate(documentId, scope);
}

/** Rewrites the session's index entry (list rows, risk level, stage) from its document. */
export function refreshSessionIndex(ctx: RecordsContext, sessionId: string): void {
  const document = ctx.sessionDocument(sessionId);
  const meta = document.meta();
  if (!meta) return;
  const template = resolveTemplate(
    ctx.registry,
    meta.templateId,
    meta.templateVersion,
    meta.templatePublicationId,
  );
  const stage = currentStage(template, document.checklist(meta));
  const riskAt = document.riskAt();
  const level = triageRisk(document.riskAnswers()).level;
  const risk = screenHandling(level, document.riskActions(), riskAt);
  const review = indexedReview(document);
  const referralIds = [
    ...new Set(document.riskActions().flatMap((a) => (a.referralId ? [a.referralId] : []))),
  ];
  const counselorId = sessionCounselor(document) ?? caseCounselor(ctx, meta.caseId);
  ctx.editIndex((index) =>
    index.putSession({
      id: sessionId,
      caseId: meta.caseId,
      startsAt: meta.startsAt,
      durationMinutes: meta.durationMinutes,
      channel: meta.channel,
      riskLevel: risk.level,
      ...(riskAt ? { riskAt } : {}),
      ...(risk.needsActions ? { riskMissing: risk.missing } : {}),
      ...(referralIds.length > 0 ? { referralIds } : {}),
      stageTitle: stage.title,
      ...(meta.groupId ? { groupId: meta.groupId } : {}),
      ...(counselorId ? { counselorId } : {}),
      ...(review ? { review } : {}),
    }),
  );
}

function caseCounselor(ctx: RecordsContext, caseId: string): string | undefined {
  try {
    return ctx.caseDocument(caseId).meta()?.counselorId;
  } catch {
    return undefined;
  }
}

function requireMeta(ctx: RecordsContext, sessionId: string): SessionMeta {
  const meta = ctx.sessionDocument(sessionId).meta();
  if (!meta) throw new CoreError('corrupt', 'this session record cannot be read on this device');
  return meta;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
