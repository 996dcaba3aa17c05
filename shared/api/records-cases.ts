import { z } from 'zod';
import { IntakeConflict, ProgressConflict } from './case-conflicts';
import {
  CaseArea,
  CaseIdentifying,
  CaseMeta,
  CaseStatus,
  ChecklistTemplate,
  Goal,
  IntakeAnswers,
  IntakeRecord,
  IsoDate,
  IsoDateTime,
  Label,
  OutreachActivity,
  ProgressMark,
  RecordId,
  Referral,
  RequiredText,
  ResilienceAssessment,
  RiskActionKind,
  RiskLevel,
  RiskResolution,
  SafetyPlan,
  SessionChannel,
} from '../domain';
import { HouseholdView } from './household';

/** Cases: the list, a case with everything recorded about it, and the methods on the case. */

export const CaseSummary = z.object({
  id: RecordId,
  alias: z.string(),
  status: CaseStatus,
  tags: z.array(z.string()),
  createdAt: IsoDateTime,
  lastSessionAt: IsoDateTime.optional(),
  nextSessionAt: IsoDateTime.optional(),
  riskFlagged: z.boolean(),
  /** The level that keeps the case flagged, or the latest screen's level when not flagged. */
  riskLevel: RiskLevel,
  overdueFollowUps: z.number().int().nonnegative(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const SessionSummary = z.object({
  id: RecordId,
  caseId: RecordId,
  alias: z.string(),
  startsAt: IsoDateTime,
  durationMinutes: z.number(),
  channel: SessionChannel,
  riskLevel: RiskLevel,
  stageTitle: Label.optional(),
  /** Part of a group session (issue #13, item 4): the list marks it. */
  groupId: RecordId.optional(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const StageProgress = z.object({
  stageId: z.string(),
  title: Label,
  done: z.number().int(),
  total: z.number().int(),
});

export const CaseRisk = z.object({
  flagged: z.boolean(),
  unresolvedLevel: RiskLevel,
  flaggedSince: z.string().nullable(),
  latestLevel: RiskLevel.nullable(),
  lastResolvedAt: z.string().nullable(),
  resolutions: z.array(RiskResolution),
  /** The screens that keep the case flagged, with the actions each session still lacks. */
  unhandled: z.array(
    z.object({
      sessionId: RecordId.optional(),
      at: z.string(),
      level: RiskLevel,
      missing: z.array(RiskActionKind),
    }),
  ),
});

/** The case's intake (issue #13, item 1): null template when its version has not arrived yet. */
export const IntakeView = z.object({
  record: IntakeRecord,
  answers: IntakeAnswers,
  template: ChecklistTemplate.nullable(),
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Answers set differently on two devices while apart, kept until a person chooses. */
  conflicts: z.array(IntakeConflict).default([]),
});
export type IntakeView = z.infer<typeof IntakeView>;

/** The care plan (issue #13, item 2): open goals first, by priority, each with its marks. */
export const CarePlanView = z.object({
  goals: z.array(
    z.object({ goal: Goal, marks: z.array(ProgressMark), latest: ProgressMark.nullable() }),
  ),
  openCount: z.number().int().nonnegative(),
  /** Marks set differently on two devices while apart, kept until a person chooses. */
  conflicts: z.array(ProgressConflict).default([]),
});
export type CarePlanView = z.infer<typeof CarePlanView>;

export const CaseDetail = z.object({
  meta: CaseMeta,
  sessions: z.array(SessionSummary),
  referrals: z.array(Referral),
  /**
   * The sessions whose face-to-face referral action names a referral (issue #13, item 9): the
   * referral shows the session it came from.
   */
  referralSources: z
    .array(z.object({ referralId: RecordId, sessionId: RecordId, startsAt: IsoDateTime }))
    .default([]),
  outreach: z.array(OutreachActivity),
  resilience: z.array(ResilienceAssessment),
  safetyPlan: SafetyPlan.nullable(),
  risk: CaseRisk,
  progress: z
    .object({
      templateId: z.string(),
      version: z.number().int(),
      sessionCount: z.number().int(),
      currentStageId: z.string(),
      stages: z.array(StageProgress),
    })
    .nullable(),
  intake: IntakeView.nullable().optional(),
  carePlan: CarePlanView.optional(),
  /** The client's household (issue #13, item 3). */
  household: HouseholdView.optional(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseSort = z.enum(['risk', 'lastContact', 'alias', 'created']);
export type CaseSort = z.infer<typeof CaseSort>;

export const CaseId = z.object({ caseId: RecordId });

/** What the counselor calls the client: the one thing a case must have. */
const Alias = z.string().trim().min(1, 'cases.validation.aliasRequired').max(200);

export const caseMethods = {
  'templates.list': {
    input: z.object({}),
    output: z.object({
      templates: z.array(ChecklistTemplate),
      defaultTemplateId: z.string(),
      /**
       * Every version published under a template's latest number when there are several
       * (supervisors published while apart), for the editor to show; `templates` holds the one
       * new sessions use.
       */
      concurrent: z.array(ChecklistTemplate),
    }),
  },
  'cases.list': {
    input: z.object({
      status: CaseStatus.optional(),
      flaggedOnly: z.boolean().optional(),
      /** Cases with no session since this day (or none at all). */
      noContactSince: IsoDate.optional(),
      tag: z.string().optional(),
      sort: CaseSort.default('risk'),
    }),
    output: z.object({ cases: z.array(CaseSummary) }),
  },
  'cases.create': {
    input: z.object({
      alias: Alias,
      identifying: CaseIdentifying.optional(),
      tags: z.array(RequiredText.max(60)).max(30).optional(),
      area: CaseArea.optional(),
    }),
    output: CaseDetail,
  },
  'cases.get': { input: CaseId, output: CaseDetail },
  'cases.update': {
    input: CaseId.extend({
      alias: Alias.optional(),
      identifying: CaseIdentifying.optional(),
      status: CaseStatus.optional(),
      tags: z.array(RequiredText.max(60)).max(30).optional(),
      /** Null clears it. */
      area: CaseArea.nullable().optional(),
    }),
    output: CaseDetail,
  },
  'cases.resolveRisk': {
    // Every resolution says what was done: the note is required for each one.
    input: CaseId.extend({ note: z.string().trim().min(1, 'cases.risk.noteRequired').max(5000) }),
    output: CaseDetail,
  },
  'cases.saveSafetyPlan': {
    input: CaseId.extend({
      plan: SafetyPlan.omit({ id: true, caseId: true, createdAt: true, updatedAt: true, by: true }),
    }),
    output: CaseDetail,
  },
} as const;
