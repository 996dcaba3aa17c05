import { z } from 'zod';
import {
  ActorId,
  AuditEntry,
  AuditKind,
  CaseStatus,
  ReferralStatus,
  CommentAnchor,
  IsoDate,
  IsoDateTime,
  QueueFilter,
  QueueItem,
  RecordId,
  RegisterChoice,
  RegisterValue,
  RISK_OVERRIDE_MIN_CHARS,
  RiskLevel,
  SignatureCheck,
} from '../domain';
import { CaseDetail, SessionDetail } from './records';

/**
 * The supervision API (issue "Supervision: review queue, comments, sign-off, handover and
 * audit"): review workflow and comments on a session, sign-off and addenda, the review queue and
 * dashboard, a case's audit trail, and conflicts a person must resolve. Everything is computed
 * from document content each time it is asked for, so documents that arrive by sync are checked
 * like local ones.
 */
const Text = z.string().trim().max(20_000);
const RequiredText = Text.min(1);
const SessionId = z.object({ sessionId: RecordId });

export const AuditVerificationSchema = z.object({
  valid: z.boolean(),
  entries: z.number().int(),
  chains: z.array(
    z.object({ chain: z.string(), signerPublicKey: z.string(), by: z.string(), count: z.number() }),
  ),
  problems: z.array(
    z.object({
      kind: z.enum(['gap', 'altered', 'badSignature', 'fork', 'malformed']),
      chain: z.string(),
      seq: z.number().int(),
      missing: z.number().int().optional(),
    }),
  ),
});

export const CaseConflict = z.object({
  field: z.enum(['status', 'referralStatus']),
  /** For a referral's status: which referral. */
  referralId: RecordId.optional(),
  values: z.array(RegisterValue),
  choices: z.array(RegisterChoice),
});
export type CaseConflict = z.infer<typeof CaseConflict>;

export const ReviewDashboard = z.object({
  waiting: z.number().int(),
  /** Oldest submission still waiting, for "waiting since". */
  oldestWaitingAt: IsoDateTime.optional(),
  highRisk: z.array(
    z.object({ caseId: RecordId, alias: z.string(), riskLevel: RiskLevel, flagged: z.boolean() }),
  ),
  overdueFollowUps: z.array(
    z.object({
      referralId: RecordId,
      caseId: RecordId,
      alias: z.string(),
      followUpDate: IsoDate,
      daysOverdue: z.number().int(),
    }),
  ),
  counselors: z.array(ActorId),
  perWeek: z.array(z.object({ week: IsoDate, counts: z.record(z.string(), z.number().int()) })),
});
export type ReviewDashboard = z.infer<typeof ReviewDashboard>;

export const reviewMethods = {
  'review.submit': { input: SessionId.extend({ text: Text.optional() }), output: SessionDetail },
  'review.return': { input: SessionId.extend({ text: RequiredText }), output: SessionDetail },
  'review.answer': { input: SessionId.extend({ text: RequiredText }), output: SessionDetail },
  'review.resubmit': { input: SessionId.extend({ text: Text.optional() }), output: SessionDetail },
  /**
   * A reason to send (and sign) the session without the actions its risk screen requires
   * (issue #13, item 9): kept in the session's review data and audited in the case's trail.
   */
  'review.overrideRiskActions': {
    input: SessionId.extend({
      reason: z.string().trim().min(RISK_OVERRIDE_MIN_CHARS, 'review.gate.overrideShort').max(5000),
    }),
    output: SessionDetail,
  },
  /** Signs the session's content with this account's key; the session is locked after. */
  'review.sign': { input: SessionId.extend({ text: Text.optional() }), output: SessionDetail },
  'review.verify': { input: SessionId, output: SignatureCheck },
  'review.addendum': { input: SessionId.extend({ text: RequiredText }), output: SessionDetail },
  'review.queue': {
    input: QueueFilter,
    output: z.object({
      items: z.array(QueueItem),
      counts: z.array(z.object({ counselorId: ActorId, count: z.number().int() })),
      total: z.number().int(),
    }),
  },
  'review.dashboard': { input: z.object({ today: IsoDate }), output: ReviewDashboard },
  /**
   * The note as the last two submissions sent it (issue #12, item 2): a resubmission shows what
   * changed since the submission before. Absent for a submission made before texts were kept.
   */
  'review.changes': {
    input: SessionId,
    output: z.object({
      previous: z.object({ at: IsoDateTime, text: z.string() }).optional(),
      latest: z.object({ at: IsoDateTime, text: z.string() }).optional(),
    }),
  },
  'comments.add': {
    input: SessionId.extend({ anchor: CommentAnchor, text: RequiredText }),
    output: SessionDetail,
  },
  'comments.reply': {
    input: SessionId.extend({ commentId: RecordId, text: RequiredText }),
    output: SessionDetail,
  },
  'comments.resolve': { input: SessionId.extend({ commentId: RecordId }), output: SessionDetail },
  'audit.list': {
    input: z.object({
      caseId: RecordId,
      filters: z
        .object({
          kind: AuditKind.optional(),
          by: ActorId.optional(),
          from: IsoDate.optional(),
          to: IsoDate.optional(),
          sessionId: RecordId.optional(),
        })
        .default({}),
    }),
    output: z.object({
      entries: z.array(AuditEntry),
      people: z.array(ActorId),
      verification: AuditVerificationSchema,
    }),
  },
  'conflicts.list': {
    input: z.object({ caseId: RecordId }),
    output: z.object({ conflicts: z.array(CaseConflict) }),
  },
  'conflicts.resolve': {
    input: z.discriminatedUnion('field', [
      z.object({ caseId: RecordId, field: z.literal('status'), value: CaseStatus }),
      z.object({
        caseId: RecordId,
        field: z.literal('referralStatus'),
        referralId: RecordId,
        value: ReferralStatus,
      }),
    ]),
    output: CaseDetail,
  },
} as const;
