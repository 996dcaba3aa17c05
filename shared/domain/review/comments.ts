import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId } from '../primitives';

/**
 * Comments anchored to what they are about (issue "Supervision", part 2): a passage of the note
 * (two Yjs relative positions, so the anchor follows the text as it is edited), a checklist item
 * or a risk answer. Replies thread under a comment; a comment is resolved, never deleted.
 */
export const NoteAnchor = z.object({
  kind: z.literal('note'),
  /** Y.encodeRelativePosition of the start and end, base64. */
  start: z.string().min(1).max(2000),
  end: z.string().min(1).max(2000),
  /** The words as they were when commented on, shown if the passage is later deleted. */
  quote: z.string().max(2000),
});

export const CommentAnchor = z.discriminatedUnion('kind', [
  NoteAnchor,
  z.object({ kind: z.literal('checklist'), itemId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('risk'), questionId: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('session') }),
]);
export type CommentAnchor = z.infer<typeof CommentAnchor>;

export const CommentReply = z.object({
  id: RecordId,
  text: z.string().trim().min(1).max(20_000),
  by: ActorId,
  at: IsoDateTime,
});
export type CommentReply = z.infer<typeof CommentReply>;

export const ReviewComment = z.object({
  id: RecordId,
  anchor: CommentAnchor,
  text: z.string().trim().min(1).max(20_000),
  by: ActorId,
  at: IsoDateTime,
  replies: z.array(CommentReply),
  resolved: z.object({ by: ActorId, at: IsoDateTime }).optional(),
  /** For a note anchor: where the passage is now. Absent when its words were deleted. */
  current: z
    .object({
      quote: z.string(),
      /** Offsets in the note's plain text (noteText: one block per line). */
      from: z.number().int().nonnegative(),
      to: z.number().int().nonnegative(),
    })
    .optional(),
});
export type ReviewComment = z.infer<typeof ReviewComment>;
