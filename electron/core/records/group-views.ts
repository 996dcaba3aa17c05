import * as Y from 'yjs';
import type { GroupParticipantView, GroupSessionDetail } from '../../../shared/api/groups';
import {
  screenHandling,
  sessionStatus,
  triageRisk,
  type GroupParticipant,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { assertEditable, ReviewDocument } from '../review';
import { groupDocumentId } from './document-ids';
import { GroupDocument } from './group-document';
import type { RecordsContext } from './records-context';

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * The shared part, when this device can read it: it holds the group's key only if it holds every
 * participant's case (or is a supervisor's). Anyone else is told `not_found`, as for a case that
 * never reached them; their own participant's part is still theirs to open.
 */
export function readableGroup(ctx: RecordsContext, groupId: string): GroupDocument {
  const docId = groupDocumentId(groupId);
  if (!ctx.store.documentKind(docId) || !ctx.keyring.scopeOf(docId)) {
    throw new CoreError('not_found', 'this group session cannot be read on this device');
  }
  const group = new GroupDocument(ctx.docs.open(docId), (what) =>
    ctx.log.warn({ what }, 'invalid group record skipped'),
  );
  if (!group.meta()) {
    throw new CoreError('not_found', 'this group session cannot be read on this device');
  }
  return group;
}

export function groupDetail(ctx: RecordsContext, groupId: string): GroupSessionDetail {
  const group = readableGroup(ctx, groupId);
  const meta = group.meta();
  if (!meta) throw new CoreError('not_found', 'this group session cannot be read on this device');
  const participants = group.participants().map((p) => participantView(ctx, p));
  const waiting = participants.some((p) => ctx.erasureWaiting(p.caseId));
  const signed = participants.some((p) => p.reviewStatus === 'signed');
  const readOnly = waiting ? 'erasureWaiting' : signed ? 'signed' : undefined;
  return {
    meta,
    participants,
    documentState: toBase64(Y.encodeStateAsUpdate(group.doc)),
    documentId: groupDocumentId(groupId),
    mayWrite: meta.createdBy === ctx.actorId,
    ...(readOnly ? { readOnly } : {}),
  };
}

/** A participant as their own session says: risk and review are theirs alone. */
function participantView(ctx: RecordsContext, p: GroupParticipant): GroupParticipantView {
  const alias = ctx.index().caseEntry(p.caseId)?.alias ?? '';
  const unreadable: GroupParticipantView = {
    ...p,
    alias,
    readable: false,
    riskLevel: 'none',
    missingActions: [],
    reviewStatus: 'draft',
  };
  let document;
  try {
    document = ctx.sessionDocument(p.sessionId);
  } catch {
    return unreadable;
  }
  if (!document.meta()) return unreadable;
  const level = triageRisk(document.riskAnswers()).level;
  const handling = screenHandling(level, document.riskActions(), document.riskAt());
  // The status alone, without checking the signature's hash over the note (the part's own
  // screen does that): opening a group stays one cheap read per participant.
  let signed = false;
  try {
    assertEditable(document, ctx);
  } catch {
    signed = true;
  }
  const status = sessionStatus(new ReviewDocument(document.doc).thread(), signed);
  return {
    caseId: p.caseId,
    sessionId: p.sessionId,
    alias,
    readable: true,
    riskLevel: level,
    missingActions: handling.missing,
    reviewStatus: status,
  };
}
