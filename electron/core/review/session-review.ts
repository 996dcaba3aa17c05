import {
  assertCanStep,
  carriesAuthority,
  checkSignOff,
  contentHash,
  DomainError,
  lastSubmission,
  maySign,
  orderThread,
  reviewGate,
  RISK_OVERRIDE_MIN_CHARS,
  sessionStatus,
  SignOff,
  SIGNOFF_VERSION,
  signOffMessage,
  signerAuthority,
  triageRisk,
  type CommentAnchor,
  type ReviewGate,
  type ReviewEntryKind,
  type ReviewStatus,
  type SessionReview,
  type SignatureCheck,
  type TeamKnowledge,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { newRecordId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import type { SessionDocument } from '../records/session-document';
import { resolveNoteAnchor } from './anchors';
import { recordAudit } from './audit-log';
import { assertSessionWriter, mayWriteSession } from './note-authorship';
import { ReviewDocument } from './review-document';
import { reviewCrypto, signHex, type Signer } from './review-crypto';
import { toHex } from '../../../shared/encoding/hex';
import { sessionContent } from './session-content';

/**
 * Review of one session: the workflow thread, comments, sign-off and addenda, all kept in the
 * session's document. Every answer is recomputed from the document (status from the thread,
 * signature checked against the content as it is now), never read from a stored flag.
 */

type KnowsTeam = Pick<RecordsContext, 'teamKnowledge'>;

/**
 * Whether the stored sign-off counts, as this device judges it. One that cannot be read still
 * locks (a damaged or forged record must not unlock the content); one whose key is known not to
 * be a supervisor's does not (authority.ts), and is shown as refused.
 */
function signedOff(document: SessionDocument, team: () => TeamKnowledge): boolean {
  const stored = new ReviewDocument(document.doc).signOffValue();
  if (stored === undefined) return false;
  const parsed = SignOff.safeParse(stored);
  if (!parsed.success) return true;
  return carriesAuthority(signerAuthority(team(), parsed.data.signerPublicKey));
}

function currentStatus(document: SessionDocument, team: () => TeamKnowledge): ReviewStatus {
  return sessionStatus(new ReviewDocument(document.doc).thread(), signedOff(document, team));
}

/** Thrown by every operation that would change the content of a signed session. */
export function assertEditable(document: SessionDocument, ctx: KnowsTeam): void {
  if (signedOff(document, ctx.teamKnowledge)) {
    throw new CoreError(
      'signed',
      'this session is signed off and cannot be edited; add an addendum instead',
    );
  }
}

export function signatureCheck(
  document: SessionDocument,
  sessionId: string,
  team: TeamKnowledge,
): SignatureCheck {
  const review = new ReviewDocument(document.doc);
  const check = checkSignOff(
    review.signOffValue(),
    sessionId,
    sessionContent(document.doc),
    reviewCrypto,
  );
  const signOff = check.signOff;
  return {
    status: check.status,
    currentHash: check.currentHash,
    ...(signOff
      ? {
          signerId: signOff.signerId,
          signerPublicKey: signOff.signerPublicKey,
          at: signOff.at,
          signedHash: signOff.hash,
          authority: signerAuthority(team, signOff.signerPublicKey),
        }
      : {}),
  };
}

export function sessionReview(
  document: SessionDocument,
  sessionId: string,
  team: TeamKnowledge,
): SessionReview {
  const review = new ReviewDocument(document.doc);
  const thread = orderThread(review.thread());
  const signature = signatureCheck(document, sessionId, team);
  const signed = signedOff(document, () => team);
  const comments = review.comments().map((comment) => {
    if (comment.anchor.kind !== 'note') return comment;
    const current = resolveNoteAnchor(document.doc, comment.anchor);
    return current ? { ...comment, current } : comment;
  });
  return {
    status: sessionStatus(thread, signed),
    thread,
    comments,
    signature,
    addenda: review.addenda(),
    locked: signed,
    canSign: maySign(team),
    riskOverrides: review.riskOverrides(),
  };
}

/**
 * What the per-user index keeps about review, for the queue (written by refreshSessionIndex):
 * the status without the sign-off, and the sign-off's key. Whether that key carries authority is
 * judged when the queue is read, against the member list known then, so a sign-off indexed while
 * offline is refused as soon as the relay lists the members, without re-indexing anything.
 */
export function indexedReview(document: SessionDocument):
  | {
      status: ReviewStatus;
      submittedAt?: string;
      submittedBy?: string;
      resubmitted?: boolean;
      signOff?: { key?: string };
    }
  | undefined {
  const review = new ReviewDocument(document.doc);
  const thread = review.thread();
  const stored = review.signOffValue();
  if (thread.length === 0 && stored === undefined) return undefined;
  const sent = lastSubmission(thread);
  const parsed = SignOff.safeParse(stored);
  const lastSent = orderThread(thread)
    .filter((e) => e.kind === 'submit' || e.kind === 'resubmit')
    .at(-1);
  return {
    status: sessionStatus(thread, false),
    ...(sent ? { submittedAt: sent.at, submittedBy: sent.by } : {}),
    ...(lastSent?.kind === 'resubmit' ? { resubmitted: true } : {}),
    ...(stored === undefined
      ? {}
      : { signOff: parsed.success ? { key: parsed.data.signerPublicKey } : {} }),
  };
}

/** The counselor a session belongs to: who first submitted it, else the case's counselor. */
export function sessionCounselor(document: SessionDocument): string | undefined {
  const first = orderThread(new ReviewDocument(document.doc).thread()).find(
    (e) => e.kind === 'submit',
  );
  return first?.by;
}

const AUDITED: Partial<Record<ReviewEntryKind, 'submitted' | 'returned' | 'signed'>> = {
  submit: 'submitted',
  resubmit: 'submitted',
  return: 'returned',
  sign: 'signed',
};

/** What stands between this session and review or sign-off, as the document has it now. */
export function sessionGate(document: SessionDocument): ReviewGate {
  return reviewGate({
    level: triageRisk(document.riskAnswers()).level,
    actions: document.riskActions(),
    screenedAt: document.riskAt(),
    overrides: new ReviewDocument(document.doc).riskOverrides(),
    openConflicts: document.conflicts().length,
  });
}

/**
 * Refuses to send or sign a session whose risk screen still lacks required actions with no
 * override (issue #13, item 9); signing also waits for every kept value to be chosen (item 8).
 * The message names the missing kinds, which the renderer says in the person's language.
 */
function assertGate(document: SessionDocument, step: 'send' | 'sign'): void {
  const gate = sessionGate(document);
  if (gate.blocking.length > 0) {
    throw new CoreError(
      'risk_actions_missing',
      `the risk screen requires actions not yet recorded: ${gate.blocking.join(', ')}`,
    );
  }
  if (step === 'sign' && gate.openConflicts > 0) {
    throw new CoreError(
      'conflict_open',
      `${gate.openConflicts} field(s) of this session hold two values; choose one before signing off`,
    );
  }
}

/**
 * A reason to go on without the actions the risk screen requires (issue #13, item 9): given by
 * whoever writes the session, kept in its review data with who and when, audited in the case.
 */
export function overrideRiskActions(
  ctx: RecordsContext,
  signer: Signer,
  sessionId: string,
  reason: string,
  refreshIndex: (sessionId: string) => void,
): void {
  const document = ctx.sessionDocument(sessionId);
  const meta = document.meta();
  if (!meta) throw new CoreError('corrupt', 'this session record cannot be read on this device');
  assertEditable(document, ctx);
  assertSessionWriter(ctx, document);
  const text = reason.trim();
  if (text.length < RISK_OVERRIDE_MIN_CHARS) {
    throw new CoreError(
      'bad_request',
      `an override needs a reason of at least ${RISK_OVERRIDE_MIN_CHARS} characters`,
    );
  }
  const { handling } = sessionGate(document);
  if (!handling.unhandled) {
    throw new CoreError('bad_request', 'the risk screen requires no missing action to override');
  }
  ctx.editSession(sessionId, (s) =>
    new ReviewDocument(s.doc).addRiskOverride({
      reason: text,
      missing: handling.missing,
      by: ctx.actorId,
      at: ctx.nowIso(),
    }),
  );
  refreshIndex(sessionId);
  recordAudit(ctx, signer, { caseId: meta.caseId, kind: 'riskOverride', sessionId });
}

/** One step of the workflow: checked against the thread, appended, indexed and audited. */
export function appendReviewStep(
  ctx: RecordsContext,
  signer: Signer,
  sessionId: string,
  kind: Exclude<ReviewEntryKind, 'sign'>,
  text: string,
  refreshIndex: (sessionId: string) => void,
): void {
  const document = ctx.sessionDocument(sessionId);
  const meta = document.meta();
  if (!meta) throw new CoreError('corrupt', 'this session record cannot be read on this device');
  guard(() => assertCanStep(currentStatus(document, ctx.teamKnowledge), kind));
  // Submitting, answering and resubmitting are the writer's steps; returning is the reviewer's.
  if (kind !== 'return') assertSessionWriter(ctx, document);
  if (kind === 'submit' || kind === 'resubmit') assertGate(document, 'send');
  ctx.editSession(sessionId, (s) => {
    const at = ctx.nowIso();
    const review = new ReviewDocument(s.doc);
    review.appendThread({ kind, text, by: ctx.actorId, at });
    // The note as sent, kept (encrypted with the session) so a resubmission shows what changed.
    if (kind === 'submit' || kind === 'resubmit') review.addSubmission({ at, text: s.noteText() });
  });
  refreshIndex(sessionId);
  const audited = AUDITED[kind];
  if (audited) recordAudit(ctx, signer, { caseId: meta.caseId, kind: audited, sessionId });
}

/**
 * Signs the session's content as it is now: BLAKE2b-256 of the canonical content, Ed25519 over
 * the hash with who and when. Stored in the session document with a 'sign' entry in the thread.
 */
export function signSession(
  ctx: RecordsContext,
  signer: Signer,
  sessionId: string,
  text: string,
  refreshIndex: (sessionId: string) => void,
): void {
  const document = ctx.sessionDocument(sessionId);
  const meta = document.meta();
  if (!meta) throw new CoreError('corrupt', 'this session record cannot be read on this device');
  const team = ctx.teamKnowledge();
  // Refused before anything is written: only a supervisor of this user's team signs off.
  if (!maySign(team)) {
    throw new CoreError('bad_request', 'only a supervisor of your team can sign a session off');
  }
  const status = currentStatus(document, () => team);
  if (status === 'signed') throw new CoreError('signed', 'this session is already signed off');
  // A refused sign-off (not a supervisor's key) is replaced by this one.
  guard(() => assertCanStep(status, 'sign'));
  assertGate(document, 'sign');
  const at = ctx.nowIso();
  const fields: Omit<SignOff, 'signature'> = {
    v: SIGNOFF_VERSION,
    sessionId,
    hash: contentHash(sessionContent(document.doc), reviewCrypto),
    signerPublicKey: toHex(signer.publicKey),
    signerId: ctx.actorId,
    at,
  };
  const signOff: SignOff = { ...fields, signature: signHex(signOffMessage(fields), signer) };
  ctx.editSession(sessionId, (s) => {
    const r = new ReviewDocument(s.doc);
    r.setSignOff(signOff);
    r.appendThread({ kind: 'sign', text, by: ctx.actorId, at });
  });
  refreshIndex(sessionId);
  recordAudit(ctx, signer, { caseId: meta.caseId, kind: 'signed', sessionId });
}

/**
 * A correction after sign-off, kept apart from the signed content; and at any time, the words of
 * someone who does not write the note (a supervisor), under their name beside it (issue #12).
 */
export function addAddendum(ctx: RecordsContext, sessionId: string, text: string): void {
  const document = ctx.sessionDocument(sessionId);
  if (!signedOff(document, ctx.teamKnowledge) && mayWriteSession(ctx, document)) {
    throw new CoreError('bad_request', 'addenda are for signed sessions; edit the note instead');
  }
  ctx.editSession(sessionId, (s) =>
    new ReviewDocument(s.doc).addAddendum({
      id: newRecordId(),
      text,
      by: ctx.actorId,
      at: ctx.nowIso(),
    }),
  );
}

export function addComment(
  ctx: RecordsContext,
  sessionId: string,
  anchor: CommentAnchor,
  text: string,
): void {
  const document = ctx.sessionDocument(sessionId);
  if (anchor.kind === 'note' && !resolveNoteAnchor(document.doc, anchor)) {
    throw new CoreError('bad_request', 'the passage commented on is not in this note');
  }
  ctx.editSession(sessionId, (s) =>
    new ReviewDocument(s.doc).addComment({
      id: newRecordId(),
      anchor,
      text,
      by: ctx.actorId,
      at: ctx.nowIso(),
    }),
  );
}

export function replyToComment(
  ctx: RecordsContext,
  sessionId: string,
  commentId: string,
  text: string,
): void {
  requireComment(ctx, sessionId, commentId);
  ctx.editSession(sessionId, (s) =>
    new ReviewDocument(s.doc).addReply(commentId, {
      id: newRecordId(),
      text,
      by: ctx.actorId,
      at: ctx.nowIso(),
    }),
  );
}

export function resolveComment(ctx: RecordsContext, sessionId: string, commentId: string): void {
  requireComment(ctx, sessionId, commentId);
  ctx.editSession(sessionId, (s) =>
    new ReviewDocument(s.doc).resolveComment(commentId, ctx.actorId, ctx.nowIso()),
  );
}

function requireComment(ctx: RecordsContext, sessionId: string, commentId: string): void {
  if (!new ReviewDocument(ctx.sessionDocument(sessionId).doc).hasComment(commentId)) {
    throw new CoreError('not_found', 'no such comment');
  }
}

function guard(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) throw new CoreError('bad_request', error.message);
    throw error;
  }
}
