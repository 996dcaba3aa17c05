import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { CoreError } from '../errors';
import { caseDetail, sessionDetail } from '../records/views';
import { refreshCaseIndex } from '../records/cases';
import { applyDocumentUpdate, refreshSessionIndex } from '../records/sessions';
import { importChat } from '../records/chat-import';
import {
  addAddendum,
  addComment,
  appendReviewStep,
  auditOf,
  caseConflicts,
  chooseCaseStatus,
  chooseReferralStatus,
  dashboard,
  overrideRiskActions,
  queue,
  recordAudit,
  recordEdited,
  recordOpened,
  replyToComment,
  resolveComment,
  signatureCheck,
  signSession,
  submissionChanges,
  type Signer,
} from '../review';
import type { Vault } from '../vault';
import { errorName } from '../../../shared/errors/describe';

type ReviewHandlers = Pick<
  Handlers,
  | 'review.submit'
  | 'review.return'
  | 'review.answer'
  | 'review.resubmit'
  | 'review.sign'
  | 'review.overrideRiskActions'
  | 'review.verify'
  | 'review.addendum'
  | 'review.queue'
  | 'review.dashboard'
  | 'review.changes'
  | 'comments.add'
  | 'comments.reply'
  | 'comments.resolve'
  | 'audit.list'
  | 'conflicts.list'
  | 'conflicts.resolve'
  | 'sessions.get'
  | 'documents.update'
  | 'sessions.importChat'
>;

/**
 * Supervision (issue "Supervision: review queue, comments, sign-off, handover and audit").
 * The account's Ed25519 pair signs sign-offs and audit entries inside the core; the renderer
 * never sees it. `sessions.get` is wrapped here so that opening a session is audited (once per
 * session per unlock): it returns exactly what the records handler returns.
 */
export function reviewHandlers(ctx: CoreContext, vault: Vault | undefined): ReviewHandlers {
  const r = () => ctx.records();
  const signer = (): Signer => {
    if (!vault || vault.status().state !== 'unlocked') {
      throw new CoreError('locked', 'the vault is locked');
    }
    return vault.secrets().signKeyPair;
  };
  const refresh = (sessionId: string) => refreshSessionIndex(r(), sessionId);
  const step =
    (kind: 'submit' | 'return' | 'answer' | 'resubmit') =>
    async ({ sessionId, text }: { sessionId: string; text?: string | undefined }) => {
      appendReviewStep(r(), signer(), sessionId, kind, text ?? '', refresh);
      return sessionDetail(r(), sessionId);
    };

  // A backup export is audited in every case it carries, once the file is complete.
  ctx.events.subscribe((frame) => {
    if (frame.event !== 'backup.progress') return;
    const { phase, done, total } = frame.payload as { phase: string; done: number; total: number };
    if (phase !== 'export' || total === 0 || done !== total) return;
    try {
      const records = r();
      const key = signer();
      for (const c of records.index().cases()) {
        recordAudit(records, key, {
          caseId: c.id,
          kind: 'exported',
          what: 'backup',
          format: 'pdbackup',
        });
      }
    } catch (error) {
      ctx.log.error({ err: errorName(error) }, 'export not audited');
    }
  });

  return {
    'sessions.get': async ({ sessionId }) => {
      const detail = sessionDetail(r(), sessionId);
      recordOpened(r(), signer(), detail.meta.caseId, sessionId);
      return detail;
    },
    // Wrapped here so that a change of a note someone else wrote is audited (issue #12).
    // Wrapped here so that an imported chat is in the case's trail: written into the session
    // as an edit (an 'imported' kind would read as malformed to apps that do not know it yet).
    'sessions.importChat': async (input) => {
      const key = signer();
      const detail = importChat(r(), input);
      recordAudit(r(), key, { caseId: input.caseId, kind: 'edited', sessionId: detail.meta.id });
      return detail;
    },
    'documents.update': async (input) => {
      const { editedAnothersNote: edited } = applyDocumentUpdate(r(), input);
      if (edited) recordEdited(r(), signer(), edited.caseId, edited.sessionId);
      return {};
    },
    'review.submit': step('submit'),
    'review.return': step('return'),
    'review.answer': step('answer'),
    'review.resubmit': step('resubmit'),
    'review.overrideRiskActions': async ({ sessionId, reason }) => {
      overrideRiskActions(r(), signer(), sessionId, reason, refresh);
      return sessionDetail(r(), sessionId);
    },
    'review.sign': async ({ sessionId, text }) => {
      signSession(r(), signer(), sessionId, text ?? '', refresh);
      return sessionDetail(r(), sessionId);
    },
    'review.verify': async ({ sessionId }) =>
      signatureCheck(r().sessionDocument(sessionId), sessionId, r().teamKnowledge()),
    'review.addendum': async ({ sessionId, text }) => {
      addAddendum(r(), sessionId, text);
      return sessionDetail(r(), sessionId);
    },
    'review.queue': async (filter) => queue(r(), filter),
    'review.dashboard': async ({ today }) => dashboard(r(), today),
    'review.changes': async ({ sessionId }) => submissionChanges(r(), sessionId),
    'comments.add': async ({ sessionId, anchor, text }) => {
      addComment(r(), sessionId, anchor, text);
      return sessionDetail(r(), sessionId);
    },
    'comments.reply': async ({ sessionId, commentId, text }) => {
      replyToComment(r(), sessionId, commentId, text);
      return sessionDetail(r(), sessionId);
    },
    'comments.resolve': async ({ sessionId, commentId }) => {
      resolveComment(r(), sessionId, commentId);
      return sessionDetail(r(), sessionId);
    },
    'audit.list': async ({ caseId, filters }) => auditOf(r(), caseId, filters),
    'conflicts.list': async ({ caseId }) => ({ conflicts: caseConflicts(r(), caseId) }),
    'conflicts.resolve': async (input) => {
      if (input.field === 'status') chooseCaseStatus(r(), input.caseId, input.value);
      else chooseReferralStatus(r(), input.caseId, input.referralId, input.value);
      refreshCaseIndex(r(), input.caseId);
      return caseDetail(r(), input.caseId);
    },
  };
}
