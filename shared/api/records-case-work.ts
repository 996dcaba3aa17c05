import { z } from 'zod';
import {
  ChecklistId,
  ConsentMethod,
  GOAL_TEXT_MAX,
  GoalArea,
  GoalKind,
  GoalPriority,
  GoalStatus,
  HouseholdMemberIds,
  IntakeAnswers,
  IsoDate,
  OutreachFollowUp,
  OutreachKind,
  ProgressLevel,
  RecordId,
  ReferralStatus,
  ReferralTarget,
  RequiredText,
  ResilienceAssessment,
} from '../domain';
import { ruleBroken } from './field-problems';
import { CaseDetail, CaseId } from './records-cases';

/** What a case records beside its sessions: referrals, outreach, resilience, intake, care plan. */
export const caseWorkMethods = {
  'referrals.create': {
    input: CaseId.extend({
      target: ReferralTarget,
      contactId: RecordId.optional(),
      toWhom: RequiredText.max(500),
      reason: RequiredText.max(5000),
      consent: z.object({ given: z.boolean(), scope: z.string().max(2000), method: ConsentMethod }),
      followUpDate: IsoDate,
      householdMemberIds: HouseholdMemberIds.optional(),
    }).superRefine((input, ctx) => {
      // Consent given to share "something" must say what: the letter shares that and no more.
      if (input.consent.given && input.consent.scope.trim() === '') {
        ruleBroken(ctx, ['consent', 'scope'], 'cases.validation.consentScope');
      }
    }),
    output: CaseDetail,
  },
  'referrals.transition': {
    input: CaseId.extend({
      referralId: RecordId,
      to: ReferralStatus,
      note: z.string().max(5000).optional(),
    }),
    output: CaseDetail,
  },
  'outreach.create': {
    input: CaseId.extend({
      date: IsoDate,
      kind: OutreachKind,
      counterpart: RequiredText.max(500),
      outcome: z.string().max(5000),
      // A follow-up written down needs its date: without one nobody is reminded of it.
      followUp: OutreachFollowUp.extend({
        date: z.iso.date({ error: 'cases.validation.followUpDate' }),
      }).optional(),
      householdMemberIds: HouseholdMemberIds.optional(),
    }),
    output: CaseDetail,
  },
  'resilience.create': {
    input: ResilienceAssessment.omit({ id: true, assessedBy: true }).superRefine((input, ctx) => {
      const groups = [input.capacities, input.symptoms, input.burnout, input.compassionFatigue];
      if (groups.every((group) => Object.keys(group).length === 0)) {
        ruleBroken(ctx, [], 'cases.validation.nothingAnswered');
      }
    }),
    output: CaseDetail,
  },
  /** Fills in or changes the case's intake; the first save pins the latest intake version. */
  'intake.save': {
    input: CaseId.extend({
      firstContactDate: IsoDate,
      answers: IntakeAnswers,
      templateId: ChecklistId.optional(),
    }),
    output: CaseDetail,
  },
  'carePlan.addGoal': {
    input: CaseId.extend({
      kind: GoalKind,
      area: GoalArea,
      text: z.string().trim().min(1, 'cases.carePlan.textRequired').max(GOAL_TEXT_MAX),
      priority: GoalPriority,
    }),
    output: CaseDetail,
  },
  /** Rewords, reprioritises, achieves, drops or reopens a goal. */
  'carePlan.updateGoal': {
    input: CaseId.extend({
      goalId: RecordId,
      text: RequiredText.max(GOAL_TEXT_MAX).optional(),
      priority: GoalPriority.optional(),
      status: GoalStatus.optional(),
      note: z.string().max(GOAL_TEXT_MAX).optional(),
    }),
    output: CaseDetail,
  },
  /** One session's progress on some of the case's open goals. */
  'carePlan.markProgress': {
    input: CaseId.extend({
      sessionId: RecordId,
      marks: z
        .array(
          z.object({
            goalId: RecordId,
            level: ProgressLevel,
            note: z.string().max(GOAL_TEXT_MAX).optional(),
          }),
        )
        .min(1, 'cases.carePlan.nothingMarked')
        .max(100),
    }),
    output: CaseDetail,
  },
} as const;
