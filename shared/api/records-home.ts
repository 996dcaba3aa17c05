import { z } from 'zod';
import {
  ActorId,
  ContactFields,
  DirectoryContact,
  DirectorySharing,
  IsoDate,
  RecordId,
  Referral,
  RiskActionKind,
  RiskLevel,
} from '../domain';
import { CaseSummary, SessionSummary } from './records-cases';

/** Home, search and the directory: what is waiting, what matches, whom to refer to. */

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

export const homeMethods = {
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
