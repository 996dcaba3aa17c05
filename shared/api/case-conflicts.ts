import { z } from 'zod';
import { ActorId, GOAL_TEXT_MAX, IsoDateTime, ProgressLevel, RecordId } from '../domain';

/**
 * Intake answers and goal progress set differently on two devices while apart (issue #13, item
 * 8): both values are kept, with who and when, until a person chooses, as for a session's ticks,
 * risk answers and details (shared/api/session-conflicts.ts).
 */

/** An intake answer as kept: the text, or null for no answer. */
export const IntakeAnswerValue = z.string().max(20_000).nullable();
export type IntakeAnswerValue = z.infer<typeof IntakeAnswerValue>;

export const IntakeConflict = z.object({
  itemId: z.string(),
  /** Newest first; at least two different values. */
  versions: z.array(z.object({ value: IntakeAnswerValue, by: ActorId, at: IsoDateTime })),
});
export type IntakeConflict = z.infer<typeof IntakeConflict>;

/** One session's mark on one goal, as kept: the level and its note. */
export const ProgressValue = z
  .object({ level: ProgressLevel, note: z.string().max(GOAL_TEXT_MAX).optional() })
  .strict();
export type ProgressValue = z.infer<typeof ProgressValue>;

export const ProgressConflict = z.object({
  goalId: RecordId,
  sessionId: RecordId,
  /** Newest first; at least two different values. */
  versions: z.array(z.object({ value: ProgressValue, by: ActorId, at: IsoDateTime })),
});
export type ProgressConflict = z.infer<typeof ProgressConflict>;
