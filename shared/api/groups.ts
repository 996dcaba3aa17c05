import { z } from 'zod';
import {
  GroupCaseIds,
  GroupSessionMeta,
  IsoDateTime,
  RecordId,
  ReviewStatus,
  RiskActionKind,
  RiskLevel,
  SessionChannel,
  SessionMinutes,
} from '../domain';

/**
 * Group sessions (issue #13, item 4): one meeting with clients from several cases. The shared
 * note is the group's own document; each participant's part (note, risk screen, checklist,
 * review) is an ordinary session of their case, opened with `sessions.get`.
 */
const Base64 = z.string().max(12 * 1024 * 1024);
const GroupId = z.object({ groupId: RecordId });
const Text = z.string().max(5000);

/** One participant as this device can see them: their part is readable where the case is. */
export const GroupParticipantView = z.object({
  caseId: RecordId,
  sessionId: RecordId,
  alias: z.string(),
  /** Whether this device holds the participant's case (their part can be opened). */
  readable: z.boolean(),
  riskLevel: RiskLevel,
  /** The actions this participant's risk screen still lacks (the gate applies per participant). */
  missingActions: z.array(RiskActionKind),
  reviewStatus: ReviewStatus,
});
export type GroupParticipantView = z.infer<typeof GroupParticipantView>;

export const GroupSessionDetail = z.object({
  meta: GroupSessionMeta,
  participants: z.array(GroupParticipantView),
  /** The shared part's whole state, for the renderer's own copy (the note editor binds to it). */
  documentState: Base64,
  documentId: z.string(),
  /** Only whoever started the group writes the shared note, as a session note has one writer. */
  mayWrite: z.boolean(),
  /** Why the shared note cannot change now: a participant's part is signed off, or erased soon. */
  readOnly: z.enum(['signed', 'erasureWaiting']).optional(),
});
export type GroupSessionDetail = z.infer<typeof GroupSessionDetail>;

export const groupMethods = {
  /** Starts a group session: one part in each case, and the shared part under a key of its own. */
  'groups.create': {
    input: z.object({
      caseIds: GroupCaseIds,
      startsAt: IsoDateTime,
      durationMinutes: SessionMinutes,
      channel: SessionChannel,
      templateId: z.string().optional(),
    }),
    output: GroupSessionDetail,
  },
  /** The shared part; `not_found` where this device does not hold every participant's case. */
  'groups.get': { input: GroupId, output: GroupSessionDetail },
  /** Another client joins: a part in their case, and a new key for the shared part from now on. */
  'groups.addParticipant': {
    input: GroupId.extend({ caseId: RecordId }),
    output: GroupSessionDetail,
  },
  /** An edit the renderer made to its copy of the shared note. */
  'groups.updateNote': {
    input: GroupId.extend({ update: Base64 }),
    output: z.object({}),
  },
  /**
   * Sends every participant's part for review (a returned one is sent again). Refused as a whole,
   * naming the participants, while any part's risk screen lacks its actions with no override.
   */
  'groups.submit': {
    input: GroupId.extend({ text: Text.optional() }),
    output: GroupSessionDetail,
  },
} as const;
