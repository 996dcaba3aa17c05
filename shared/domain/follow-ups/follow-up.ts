import { z } from 'zod';
import { ActorId, IsoDate, IsoDateTime, RecordId } from '../primitives';

/**
 * A follow-up meeting after the helping stage (WHO 2004, stage 4: "pertemuan tindak lanjut dengan
 * interval yang makin panjang"). One record per meeting in the case's document, so two people
 * changing different follow-ups while apart both keep theirs; done when the meeting took place,
 * ideally naming the session that was the follow-up.
 */
export const FOLLOW_UP_NOTE_MAX = 2000;

export const FollowUp = z.object({
  id: RecordId,
  dueDate: IsoDate,
  /** What to look at then ("cek KIP sudah keluar"): client data, searchable, never in a reminder. */
  note: z.string().max(FOLLOW_UP_NOTE_MAX).optional(),
  createdBy: ActorId,
  createdAt: IsoDateTime,
  changedBy: ActorId.optional(),
  changedAt: IsoDateTime.optional(),
  doneAt: IsoDateTime.optional(),
  doneBy: ActorId.optional(),
  /** The session that was this follow-up, when one was recorded. */
  sessionId: RecordId.optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** Where a follow-up stands on a given day. */
export type FollowUpState = 'done' | 'overdue' | 'today' | 'upcoming' | 'later';
