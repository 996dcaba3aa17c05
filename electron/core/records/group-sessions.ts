import * as Y from 'yjs';
import type { GroupSessionDetail } from '../../../shared/api/groups';
import { type GroupParticipant, type GroupSessionMeta } from '../../../shared/domain';
import { CoreError } from '../errors';
import { appendReviewStep, sessionGate, type Signer } from '../review';
import { newRecordId, groupDocumentId, GROUP_KIND } from './document-ids';
import { GroupDocument } from './group-document';
import { groupDetail, readableGroup } from './group-views';
import { indexGroupNote } from './group-search';
import type { RecordsContext } from './records-context';
import { createSession, refreshSessionIndex } from './sessions';
import type { MethodInputOf } from './types';

/**
 * Group sessions (issue #13, item 4). Each participant's part is an ordinary session of their
 * case (so their case's key, list, risk screen, review, erasure and handover apply to it as to
 * any session) that names the group; the shared part is the group's own document, in a scope of
 * its own whose key this device mints and the team sync seals to those who hold every
 * participant's case (docs/security.md, "Group sessions").
 */
export function createGroupSession(
  ctx: RecordsContext,
  input: MethodInputOf<'groups.create'>,
): GroupSessionDetail {
  // Every case is checked before anything is written: a refusal leaves no half-made group.
  for (const caseId of input.caseIds) {
    ctx.caseDocument(caseId);
    ctx.assertCaseEditable(caseId);
    if (!ctx.keyring.scopeOf(`case-${caseId}`)) {
      throw new CoreError('not_found', 'a participant case cannot be read on this device');
    }
  }
  const groupId = newRecordId();
  const docId = groupDocumentId(groupId);
  ctx.keyring.createScope(groupId);
  ctx.keyring.assignDocument(docId, groupId);
  ctx.store.setDocumentKind(docId, GROUP_KIND);
  const meta: GroupSessionMeta = {
    id: groupId,
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    channel: input.channel,
    createdBy: ctx.actorId,
    createdAt: ctx.nowIso(),
  };
  ctx.docs.transact(docId, (doc) => new GroupDocument(doc).setMeta(meta));
  for (const caseId of input.caseIds) joinGroup(ctx, meta, caseId, input.templateId);
  return groupDetail(ctx, groupId);
}

/**
 * Another client joins. The shared part's readers must hold this case too, so its key is
 * rotated: what is written from now on is sealed only to this device and the supervisors (who
 * hold every case); earlier readers keep what they could already read.
 */
export function addGroupParticipant(
  ctx: RecordsContext,
  input: MethodInputOf<'groups.addParticipant'>,
): GroupSessionDetail {
  const group = readableGroup(ctx, input.groupId);
  const meta = requireGroupMeta(group);
  if (group.participant(input.caseId)) {
    throw new CoreError('exists', 'this case already takes part in the group session');
  }
  ctx.caseDocument(input.caseId);
  ctx.assertCaseEditable(input.caseId);
  if (!ctx.keyring.scopeOf(`case-${input.caseId}`)) {
    throw new CoreError('not_found', 'this case cannot be read on this device');
  }
  ctx.keyring.rotate(input.groupId);
  joinGroup(ctx, meta, input.caseId, undefined);
  return groupDetail(ctx, input.groupId);
}

/** The participant's part: a session of their case, naming the group. */
function joinGroup(
  ctx: RecordsContext,
  meta: GroupSessionMeta,
  caseId: string,
  templateId: string | undefined,
): GroupParticipant {
  const part = createSession(ctx, {
    caseId,
    startsAt: meta.startsAt,
    durationMinutes: meta.durationMinutes,
    channel: meta.channel,
    ...(templateId ? { templateId } : {}),
  });
  ctx.editSession(part.meta.id, (s) => s.setMeta({ ...part.meta, groupId: meta.id }));
  refreshSessionIndex(ctx, part.meta.id);
  const participant = { caseId, sessionId: part.meta.id, addedAt: ctx.nowIso() };
  ctx.docs.transact(groupDocumentId(meta.id), (doc) =>
    new GroupDocument(doc).putParticipant(participant),
  );
  return participant;
}

/**
 * An edit from the renderer's copy of the shared note. Written only by whoever started the group
 * (one writer, as for a session note), and not once a participant's part is signed off or a
 * participant's case waits to be erased.
 */
export function updateGroupNote(
  ctx: RecordsContext,
  input: MethodInputOf<'groups.updateNote'>,
): Record<string, never> {
  const detail = groupDetail(ctx, input.groupId);
  if (!detail.mayWrite) {
    throw new CoreError('bad_request', 'only whoever started the group writes its shared note');
  }
  if (detail.readOnly === 'signed') {
    throw new CoreError('signed', 'a participant part is signed off: the shared note is locked');
  }
  if (detail.readOnly === 'erasureWaiting') {
    throw new CoreError('erasure_waiting', 'a participant case waits to be erased');
  }
  const update = new Uint8Array(Buffer.from(input.update, 'base64'));
  try {
    Y.decodeUpdate(update);
  } catch {
    throw new CoreError('bad_request', 'not a document update');
  }
  const docId = groupDocumentId(input.groupId);
  ctx.store.database.transaction(() => {
    ctx.docs.applyUpdate(docId, update);
    ctx.outbox.enqueue(docId, update);
  })();
  indexGroupNote(ctx, input.groupId);
  return {};
}

/**
 * Sends every participant's part for review, or none: the mandatory risk actions gate
 * (shared/domain/risk/gate.ts) is applied to each part first, and the refusal names the parts
 * (by session id: an error message never carries an alias) whose screens still lack actions. A part already sent or signed is left as it is.
 */
export function submitGroupSession(
  ctx: RecordsContext,
  signer: Signer,
  input: MethodInputOf<'groups.submit'>,
): GroupSessionDetail {
  const detail = groupDetail(ctx, input.groupId);
  const blocked: string[] = [];
  for (const p of detail.participants) {
    if (!p.readable) continue;
    const gate = sessionGate(ctx.sessionDocument(p.sessionId));
    if (gate.blocking.length > 0) blocked.push(`${p.sessionId}: ${gate.blocking.join(', ')}`);
  }
  if (blocked.length > 0) {
    throw new CoreError(
      'risk_actions_missing',
      `the risk screen requires actions not yet recorded: ${blocked.join('; ')}`,
    );
  }
  const refresh = (sessionId: string): void => refreshSessionIndex(ctx, sessionId);
  for (const p of detail.participants) {
    if (!p.readable) continue;
    const step =
      p.reviewStatus === 'draft'
        ? 'submit'
        : p.reviewStatus === 'returned'
          ? 'resubmit'
          : undefined;
    if (step) appendReviewStep(ctx, signer, p.sessionId, step, input.text ?? '', refresh);
  }
  return groupDetail(ctx, input.groupId);
}

function requireGroupMeta(group: GroupDocument): GroupSessionMeta {
  const meta = group.meta();
  if (!meta) throw new CoreError('not_found', 'this group session cannot be read on this device');
  return meta;
}
