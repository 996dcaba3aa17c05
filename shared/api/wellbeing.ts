import { z } from 'zod';
import {
  ActorId,
  Caseload,
  Frequency,
  IsoDateTime,
  RecordId,
  SelfCheckAnswers,
  SelfCheckItemId,
  WellbeingBand,
  WellbeingSummary,
  WellbeingTrend,
} from '../domain';

/**
 * The counselor's own wellbeing (issue #13, item 7). The checks and the reflections stay in a
 * document of this account that never leaves the device; only a summary the counselor chooses to
 * share reaches the team, and a supervisor sees only what was shared.
 */
export const SelfCheckView = z.object({
  id: RecordId,
  at: IsoDateTime,
  answers: SelfCheckAnswers,
  burnout: z.number(),
  compassionFatigue: z.number(),
  load: z.number(),
  band: WellbeingBand,
});
export type SelfCheckView = z.infer<typeof SelfCheckView>;

export const Reflection = z.object({ id: RecordId, at: IsoDateTime, text: z.string() });
export type Reflection = z.infer<typeof Reflection>;

export const WellbeingOverview = z.object({
  /** Oldest first. */
  checks: z.array(SelfCheckView),
  trend: WellbeingTrend.nullable(),
  caseload: Caseload,
  /** Newest first. */
  reflections: z.array(Reflection),
  /** What this account last shared with the team (null: nothing, or sharing was stopped). */
  shared: WellbeingSummary.nullable(),
  /**
   * Whether a summary can reach the team now: 'alone' (no team), 'waiting' (in a team, the
   * team-wide key has not reached this device yet), 'ready'.
   */
  sharing: z.enum(['alone', 'waiting', 'ready']),
});
export type WellbeingOverview = z.infer<typeof WellbeingOverview>;

/** One member's shared summary, as a supervisor's device verified it. */
export const TeamWellbeingEntry = z.object({
  actorId: ActorId,
  displayName: z.string().optional(),
  summary: WellbeingSummary,
});
export type TeamWellbeingEntry = z.infer<typeof TeamWellbeingEntry>;

/**
 * A check as the form sends it: "every sign answered" is said once, at `answers`, with the words
 * the form shows (a record keyed by an enum would name each missing sign instead).
 */
const CheckAnswers = z
  .partialRecord(SelfCheckItemId, Frequency)
  .refine(
    (answers) => SelfCheckItemId.options.every((id) => answers[id] !== undefined),
    'wellbeing.check.incomplete',
  )
  .pipe(SelfCheckAnswers);

const ReflectionText = z.string().trim().min(1).max(20_000);

export const wellbeingMethods = {
  'wellbeing.overview': { input: z.object({}), output: WellbeingOverview },
  'wellbeing.saveCheck': {
    input: z.object({ answers: CheckAnswers }),
    output: WellbeingOverview,
  },
  'wellbeing.addReflection': {
    input: z.object({ text: ReflectionText }),
    output: WellbeingOverview,
  },
  'wellbeing.removeReflection': {
    input: z.object({ reflectionId: RecordId }),
    output: WellbeingOverview,
  },
  /** Shares the summary now (the latest check, the caseload), asking for a debrief or not. */
  'wellbeing.share': {
    input: z.object({ debriefRequested: z.boolean() }),
    output: WellbeingOverview,
  },
  /** Takes the shared summary back: the team's document no longer holds it. */
  'wellbeing.stopSharing': { input: z.object({}), output: WellbeingOverview },
  /** The summaries members shared (a supervisor's "Kesejahteraan tim"); empty when alone. */
  'wellbeing.team': { input: z.object({}), output: z.array(TeamWellbeingEntry) },
} as const;
