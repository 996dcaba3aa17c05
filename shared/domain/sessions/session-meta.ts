import { z } from 'zod';
import { ChecklistId } from '../checklists/template';
import { IsoDateTime, RecordId } from '../primitives';
import { SessionChannel } from './channels';
import { ConnectionProblem } from './connection';
import { ObservedCue } from './cues';
import { HouseholdMemberIds } from '../household/member';

/**
 * How long a session (one client's or a group's) lasts: a whole number of minutes within a day,
 * with the form's words for a refusal (issue #15, item 2).
 */
const DURATION_WORDS = 'cases.validation.duration';
export const SessionMinutes = z
  .number(DURATION_WORDS)
  .int(DURATION_WORDS)
  .min(0, DURATION_WORDS)
  .max(24 * 60, DURATION_WORDS);

/** The structured part of a session; the note text itself lives in the session's document. */
export const SessionMeta = z.object({
  id: RecordId,
  caseId: RecordId,
  startsAt: IsoDateTime,
  durationMinutes: SessionMinutes,
  channel: SessionChannel,
  connectionProblems: z
    .array(ConnectionProblem)
    .refine((list) => new Set(list).size === list.length, 'each problem once'),
  cues: z.array(ObservedCue),
  /** The checklist template version the session was written with; it never changes after. */
  templateId: ChecklistId,
  templateVersion: z.number().int().min(1),
  /**
   * Which publication of that version, when a supervisor published it for the team: two can
   * share a number (published while apart). Absent for built-in versions and older sessions.
   */
  templatePublicationId: z.string().optional(),
  submittedForReview: z.boolean().optional(),
  /**
   * The group session this is one participant's part of (issue #13, item 4): the shared part is
   * the group's own document, readable only by those who hold every participant's case.
   */
  groupId: RecordId.optional(),
  /** The household members present or the session was for (issue #13, item 3). */
  householdMemberIds: HouseholdMemberIds.optional(),
});
export type SessionMeta = z.infer<typeof SessionMeta>;
