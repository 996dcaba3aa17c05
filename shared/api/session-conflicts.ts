import { z } from 'zod';
import { ActorId, IsoDateTime } from '../domain';

/**
 * A structured field of a session that two people set differently while apart (issue #13, item
 * 8): both values are kept, with who and when, until a person chooses. Free text (the note)
 * merges instead and never appears here.
 */
export const SessionFieldKind = z.enum(['tick', 'risk', 'detail']);
export type SessionFieldKind = z.infer<typeof SessionFieldKind>;

/** The session details kept this way. */
export const SessionDetailField = z.enum([
  'startsAt',
  'durationMinutes',
  'channel',
  'connectionProblems',
  'cues',
]);
export type SessionDetailField = z.infer<typeof SessionDetailField>;

export const SessionFieldVersion = z.object({
  /**
   * A tick: whether the item is checked. A risk answer: 'yes', 'no', 'unanswered', or null for
   * no answer. A detail: the value of that field of the session's meta.
   */
  value: z.json(),
  by: ActorId,
  at: IsoDateTime,
});
export type SessionFieldVersion = z.infer<typeof SessionFieldVersion>;

export const SessionConflict = z.object({
  kind: SessionFieldKind,
  /** The checklist item id, the risk question id, or the detail field. */
  key: z.string(),
  /** Newest first; at least two different values. */
  versions: z.array(SessionFieldVersion),
});
export type SessionConflict = z.infer<typeof SessionConflict>;

/** A person's choice: the value (one of those kept, usually) supersedes every kept version. */
export const ResolveSessionConflict = z.object({
  kind: SessionFieldKind,
  key: z.string().max(200),
  value: z.json(),
});
