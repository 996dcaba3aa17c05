import { z } from 'zod';
import { IsoDateTime, RecordId } from '../primitives';
import { SessionChannel } from './channels';
import { SessionMinutes } from './session-meta';

/**
 * A group session (IPSPI 2020, `000_…`: counseling "in an individual or group setting"; issue
 * #13, item 4). One meeting with several clients, each from a case of their own. What belongs to
 * the meeting (when, how, the shared note) is one document under a key of its own; what belongs
 * to one participant (their note, risk screen, checklist, review) is an ordinary session of their
 * case, under their case's key, which names the group it was part of. docs/security.md,
 * "Group sessions", says why.
 */
export const GROUP_MIN_PARTICIPANTS = 2;
export const GROUP_MAX_PARTICIPANTS = 30;

/** The meeting itself: no participant's words, no alias. */
export const GroupSessionMeta = z.object({
  id: RecordId,
  startsAt: IsoDateTime,
  durationMinutes: SessionMinutes,
  channel: SessionChannel,
  createdBy: z.string(),
  createdAt: IsoDateTime,
});
export type GroupSessionMeta = z.infer<typeof GroupSessionMeta>;

/** One participant: their case and the session in it that holds their part. */
export const GroupParticipant = z.object({
  caseId: RecordId,
  sessionId: RecordId,
  addedAt: IsoDateTime,
});
export type GroupParticipant = z.infer<typeof GroupParticipant>;

/** The cases a new group session starts with: distinct, at least two, at most thirty. */
export const GroupCaseIds = z
  .array(RecordId)
  .min(GROUP_MIN_PARTICIPANTS, 'groups.atLeastTwo')
  .max(GROUP_MAX_PARTICIPANTS)
  .refine((ids) => new Set(ids).size === ids.length, {
    message: 'each case takes part once',
    path: [],
  });
