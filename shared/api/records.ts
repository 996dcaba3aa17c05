import { z } from 'zod';
import { IntakeConflict, ProgressConflict } from './case-conflicts';
import {
  CaseIdentifying,
  CaseMeta,
  CaseStatus,
  ChecklistState,
  ChecklistTemplate,
  ConsentMethod,
  ContactFields,
  DirectoryContact,
  DirectorySharing,
  IsoDate,
  IsoDateTime,
  Label,
  ObservedCue,
  OutreachActivity,
  OutreachFollowUp,
  OutreachKind,
  Referral,
  ReferralStatus,
  ReferralTarget,
  ResilienceAssessment,
  RiskAction,
  RiskActionKind,
  RiskAnswers,
  RiskLevel,
  RiskReason,
  RiskResolution,
  ActorId,
  SafetyPlan,
  SessionChannel,
  SessionMeta,
  ConnectionProblem,
  RecordId,
  RequiredText,
  SessionReview,
  ChecklistId,
  Goal,
  GoalArea,
  GoalKind,
  GoalPriority,
  GoalStatus,
  IntakeAnswers,
  IntakeRecord,
  ProgressLevel,
  ProgressMark,
  GOAL_TEXT_MAX,
  HouseholdMemberIds,
} from '../domain';
import { ruleBroken } from './field-problems';
import { HouseholdView } from './household';
import { ResolveSessionConflict, SessionConflict } from './session-conflicts';

/**
 * The records API: cases, sessions and everything recorded about a client. Inputs carry what the
 * user typed; the core adds ids, authors and times. Bytes (Yjs updates) travel as base64.
 */
const Base64 = z.string().max(12 * 1024 * 1024);

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

const StageProgress = z.object({
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

export const SessionDetail = z.object({
  meta: SessionMeta,
  alias: z.string(),
  template: ChecklistTemplate,
  checklist: ChecklistState,
  currentStageId: z.string(),
  stages: z.array(StageProgress),
  risk: z.object({
    answers: RiskAnswers,
    level: RiskLevel,
    reasons: z.array(RiskReason),
    complete: z.boolean(),
    onlineCounselingSuitable: z.boolean(),
    actions: z.array(RiskAction),
    missingActions: z.array(RiskActionKind),
    /** When the screen's outcome was last set: actions before it do not count (screenHandling). */
    screenedAt: IsoDateTime.optional(),
  }),
  /** The session document's whole state, for the renderer's own copy (the note editor binds to it). */
  documentState: Base64,
  documentId: z.string(),
  /** The counselor's private note: a document encrypted to the writer alone. */
  privateDocumentState: Base64,
  privateDocumentId: z.string(),
  /** Review thread, comments, sign-off (verified now) and addenda (issue "Supervision"). */
  review: SessionReview,
  /**
   * Why the session's content cannot be changed now, if it cannot: signed off (corrections are
   * addenda), or its case waits to be erased (nothing at all, until the erasure is cancelled).
   */
  readOnly: z.enum(['signed', 'erasureWaiting']).optional(),
  /**
   * Who writes the note and who wrote what is in it (issue #12): whether this account may write
   * it (only the case's counselor), and the characters still in it per person and per sitting.
   */
  authorship: z
    .object({
      mayWrite: z.boolean(),
      writers: z.array(ActorId),
      authorId: ActorId.optional(),
      people: z.array(z.object({ by: ActorId, chars: z.number().int() })),
      unknownChars: z.number().int(),
      sittings: z.array(
        z.object({ by: ActorId, from: IsoDateTime, to: IsoDateTime, chars: z.number().int() }),
      ),
    })
    .optional(),
  /**
   * Ticks, risk answers and details set differently on two devices while apart (issue #13, item
   * 8): both values kept, with who and when, until a person chooses (sessions.resolveConflict).
   */
  conflicts: z.array(SessionConflict).default([]),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const CaseSort = z.enum(['risk', 'lastContact', 'alias', 'created']);
export type CaseSort = z.infer<typeof CaseSort>;

export const SearchHit = z.object({
  kind: z.enum(['case', 'session', 'referral', 'private', 'intake', 'goal', 'household']),
  caseId: RecordId,
  sessionId: RecordId.optional(),
  alias: z.string(),
  /** Text around the match; the UI highlights `match`. */
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * One thing waiting for the person on Home (issue #12, item 2). For a counselor: a session
 * returned for revision (with the reason), comments not yet answered, a follow-up due, risk not
 * handled. For a supervisor: a session waiting for review, or one sent back after revision.
 */
export const InboxKind = z.enum([
  'returned',
  'comments',
  'followUp',
  'risk',
  'waiting',
  'resubmitted',
]);
export type InboxKind = z.infer<typeof InboxKind>;

export const InboxItem = z.object({
  kind: InboxKind,
  caseId: RecordId,
  /** The session to open; absent for a follow-up (it opens the case's referrals). */
  sessionId: RecordId.optional(),
  alias: z.string(),
  /** When it arrived: the return, the latest comment, the screen, the submission; a follow-up's day. */
  at: z.string(),
  riskLevel: RiskLevel,
  /** The reason of a return, or the latest unanswered comment. */
  text: z.string().optional(),
  by: ActorId.optional(),
  /** Unanswered comments on the session. */
  count: z.number().int().optional(),
  referralId: RecordId.optional(),
  /** A follow-up: days past its date (0 when due today). */
  daysOverdue: z.number().int().optional(),
  /** Risk: the actions the session still lacks. */
  missing: z.array(RiskActionKind).optional(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const HomeInbox = z.object({
  counselor: z.array(InboxItem),
  /** Null when this person does not review (not a supervisor of a team). */
  supervisor: z.array(InboxItem).nullable(),
  /** Every session waiting for review; the list shows the first few. */
  waitingForReview: z.number().int().nonnegative(),
});
export type HomeInbox = z.infer<typeof HomeInbox>;

/** The numbers beside "Beranda" and "Tinjauan" in the navigation. */
export const InboxCounts = z.object({
  home: z.number().int().nonnegative(),
  review: z.number().int().nonnegative(),
});
export type InboxCounts = z.infer<typeof InboxCounts>;

export const HomeSummary = z.object({
  /** How many cases exist at all, so a new user is shown where to start. */
  caseCount: z.number().int().nonnegative(),
  today: z.array(SessionSummary),
  upcoming: z.array(SessionSummary),
  highRisk: z.array(CaseSummary),
  overdue: z.array(z.object({ referral: Referral, alias: z.string(), daysOverdue: z.number() })),
  inbox: HomeInbox,
});
export type HomeSummary = z.infer<typeof HomeSummary>;

/** The directory: contacts in use, archived ones, and whether the team shares it. */
export const DirectoryListing = z.object({
  contacts: z.array(DirectoryContact),
  archived: z.array(DirectoryContact),
  sharing: DirectorySharing,
});
export type DirectoryListing = z.infer<typeof DirectoryListing>;

/** The most text one chat import takes: about a year of daily chatting is 1 MB. */
export const CHAT_IMPORT_MAX_CHARS = 5 * 1024 * 1024;

const CaseId = z.object({ caseId: RecordId });
const SessionId = z.object({ sessionId: RecordId });

export const recordsMethods = {
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
      alias: RequiredText.max(200),
      identifying: CaseIdentifying.optional(),
      tags: z.array(RequiredText.max(60)).max(30).optional(),
    }),
    output: CaseDetail,
  },
  'cases.get': { input: CaseId, output: CaseDetail },
  'cases.update': {
    input: CaseId.extend({
      alias: RequiredText.max(200).optional(),
      identifying: CaseIdentifying.optional(),
      status: CaseStatus.optional(),
      tags: z.array(RequiredText.max(60)).max(30).optional(),
    }),
    output: CaseDetail,
  },
  'cases.resolveRisk': {
    input: CaseId.extend({ note: RequiredText.max(5000) }),
    output: CaseDetail,
  },
  'cases.saveSafetyPlan': {
    input: CaseId.extend({
      plan: SafetyPlan.omit({ id: true, caseId: true, createdAt: true, updatedAt: true, by: true }),
    }),
    output: CaseDetail,
  },
  'sessions.create': {
    input: CaseId.extend({
      startsAt: IsoDateTime,
      durationMinutes: z.number().int().min(0).max(1440),
      channel: SessionChannel,
      templateId: z.string().optional(),
    }),
    output: SessionDetail,
  },
  'sessions.get': { input: SessionId, output: SessionDetail },
  'sessions.update': {
    input: SessionId.extend({
      startsAt: IsoDateTime.optional(),
      durationMinutes: z.number().int().min(0).max(1440).optional(),
      channel: SessionChannel.optional(),
      connectionProblems: z.array(ConnectionProblem).optional(),
      cues: z.array(ObservedCue).max(50).optional(),
      /** The household members present, or whom the session was for (issue #13, item 3). */
      householdMemberIds: HouseholdMemberIds.optional(),
    }),
    output: SessionDetail,
  },
  'sessions.tick': {
    input: SessionId.extend({ itemId: z.string().max(200), checked: z.boolean() }),
    output: SessionDetail,
  },
  'sessions.answerRisk': {
    input: SessionId.extend({ answers: RiskAnswers }),
    output: SessionDetail,
  },
  'sessions.recordRiskAction': {
    input: SessionId.extend({
      kind: RiskActionKind,
      note: z.string().max(5000),
      referralId: RecordId.optional(),
    }),
    output: SessionDetail,
  },
  /** A person's choice between the values kept for one field of a session. */
  'sessions.resolveConflict': {
    input: SessionId.extend(ResolveSessionConflict.shape),
    output: SessionDetail,
  },
  /**
   * A WhatsApp chat export made into a session of channel 'whatsapp' (issue #14, item 2): the
   * core parses the text again with the person's choices, replaces the names and phone numbers
   * and writes the transcript into the note; the text itself is not kept.
   */
  'sessions.importChat': {
    input: CaseId.extend({
      text: z.string().min(1).max(CHAT_IMPORT_MAX_CHARS),
      dayOrder: z.enum(['dmy', 'mdy']),
      clientSender: z.string().min(1).max(300),
      counselorSender: z.string().min(1).max(300).optional(),
      /** Shorter names that also stand for the client (a first name), as the person confirmed. */
      clientNames: z.array(z.string().trim().min(2).max(300)).max(20).default([]),
      /** The words for the counselor and for anyone else, in the person's language. */
      counselorLabel: RequiredText.max(60),
      otherLabel: RequiredText.max(60),
      /** The device's offset from UTC: the export's times carry none. */
      utcOffsetMinutes: z.number().int().min(-840).max(840),
    }),
    output: SessionDetail,
  },
  /** An edit the renderer made to its copy of a session's (or private note's) document. */
  'documents.update': {
    input: z.object({ documentId: z.string().max(200), update: Base64 }),
    output: z.object({}),
  },
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
      text: RequiredText.max(GOAL_TEXT_MAX),
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
        .min(1)
        .max(100),
    }),
    output: CaseDetail,
  },
  'directory.list': {
    input: z.object({}),
    output: DirectoryListing,
  },
  /** Adds a contact (no id) or edits one; who and when are stamped by the core. */
  'directory.save': {
    input: ContactFields.extend({ id: RecordId.optional() }),
    output: DirectoryListing,
  },
  /** Archives a contact (or restores it): it leaves the pickers, referrals naming it stay. */
  'directory.archive': {
    input: z.object({ id: RecordId, archived: z.boolean() }),
    output: DirectoryListing,
  },
  'search.query': {
    input: z.object({
      text: z.string().max(200),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    output: z.object({ hits: z.array(SearchHit) }),
  },
  'home.summary': {
    input: z.object({ today: IsoDate }),
    output: HomeSummary,
  },
  'home.counts': {
    input: z.object({ today: IsoDate }),
    output: InboxCounts,
  },
} as const;
