import { z } from 'zod';
import {
  FOLLOW_UP_NOTE_MAX,
  FollowUp,
  IsoDate,
  MAX_FOLLOW_UP_INTERVAL,
  RecordId,
  RiskLevel,
} from '../domain';
import { method } from './method';

/**
 * Follow-ups and reminders (issue #13, item 6): a plan of follow-up meetings per case at growing
 * intervals, Home's overdue and coming ones, and a reminder that names no client.
 */
const Note = z.string().trim().max(FOLLOW_UP_NOTE_MAX);
const Interval = z.number().int().min(1).max(MAX_FOLLOW_UP_INTERVAL);

/** A case's plan, oldest date first, with the date one more meeting would get by default. */
export const CaseFollowUps = z.object({
  caseId: RecordId,
  items: z.array(FollowUp),
  suggestedNext: IsoDate,
});
export type CaseFollowUps = z.infer<typeof CaseFollowUps>;

/** One line of Home's follow-up lists: enough to show and to open the case, from the index. */
export const DueFollowUp = z.object({
  caseId: RecordId,
  followUpId: RecordId,
  alias: z.string(),
  dueDate: IsoDate,
  riskLevel: RiskLevel,
});
export type DueFollowUp = z.infer<typeof DueFollowUp>;

export const HomeFollowUps = z.object({
  overdue: z.array(DueFollowUp),
  upcoming: z.array(DueFollowUp),
});
export type HomeFollowUps = z.infer<typeof HomeFollowUps>;

/** A reminder, in counts only: the operating system may show it on a lock screen. */
export const FollowUpReminder = z.strictObject({
  dueToday: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type FollowUpReminder = z.infer<typeof FollowUpReminder>;

const Target = { caseId: RecordId, followUpId: RecordId };

export const followUpMethods = {
  'followUps.ofCase': method(() => ({
    input: z.object({ caseId: RecordId, today: IsoDate }),
    output: CaseFollowUps,
  })),
  /** Adds one meeting per interval, each counted from the one before, starting from `from`. */
  'followUps.plan': method(() => ({
    input: z.object({
      caseId: RecordId,
      today: IsoDate,
      from: IsoDate,
      intervals: z.array(Interval).min(1).max(12),
    }),
    output: CaseFollowUps,
  })),
  'followUps.add': method(() => ({
    input: z.object({ caseId: RecordId, today: IsoDate, dueDate: IsoDate, note: Note.optional() }),
    output: CaseFollowUps,
  })),
  'followUps.update': method(() => ({
    input: z.object({
      ...Target,
      today: IsoDate,
      dueDate: IsoDate.optional(),
      note: Note.optional(),
    }),
    output: CaseFollowUps,
  })),
  'followUps.remove': method(() => ({
    input: z.object({ ...Target, today: IsoDate }),
    output: CaseFollowUps,
  })),
  /** Done (naming the session that was the follow-up, when there was one), or not done again. */
  'followUps.setDone': method(() => ({
    input: z
      .object({ ...Target, today: IsoDate, done: z.boolean(), sessionId: RecordId.optional() })
      .refine((v) => v.done || v.sessionId === undefined, {
        path: ['sessionId'],
        message: 'a follow-up not done names no session',
      }),
    output: CaseFollowUps,
  })),
  /** Home's lists: overdue, and due today or in the next seven days, across every case. */
  'followUps.due': method(() => ({ input: z.object({ today: IsoDate }), output: HomeFollowUps })),
} as const;

export const followUpEvents = {
  'followUps.reminder': FollowUpReminder,
} as const;
