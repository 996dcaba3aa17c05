import { z } from 'zod';
import {
  ActorId,
  ChecklistState,
  ChecklistTemplate,
  ConnectionProblem,
  HouseholdMemberIds,
  IsoDateTime,
  ObservedCue,
  RecordId,
  RequiredText,
  RiskAction,
  RiskActionKind,
  RiskAnswers,
  RiskLevel,
  RiskReason,
  SessionChannel,
  SessionMinutes,
  SessionMeta,
  SessionReview,
} from '../domain';
import { CaseId, StageProgress } from './records-cases';
import { ResolveSessionConflict, SessionConflict } from './session-conflicts';

/** Sessions: one with its checklist, risk screen, note and review, and the methods on it. */

/** Bytes (Yjs updates) travel as base64. */
export const Base64 = z.string().max(12 * 1024 * 1024);

export const SessionDetail = z.object({
  meta: SessionMeta,
  alias: z.string(),
  template: ChecklistTemplate,
  checklist: ChecklistState,
  currentStageId: z.string(),
  stages: z.array(StageProgress),
  risk: z.object({
    answers: RiskAnswers,
    level: RiskLevel,
    reasons: z.array(RiskReason),
    complete: z.boolean(),
    onlineCounselingSuitable: z.boolean(),
    actions: z.array(RiskAction),
    missingActions: z.array(RiskActionKind),
    /** When the screen's outcome was last set: actions before it do not count (screenHandling). */
    screenedAt: IsoDateTime.optional(),
  }),
  /** The session document's whole state, for the renderer's own copy (the note editor binds to it). */
  documentState: Base64,
  documentId: z.string(),
  /** The counselor's private note: a document encrypted to the writer alone. */
  privateDocumentState: Base64,
  privateDocumentId: z.string(),
  /** Review thread, comments, sign-off (verified now) and addenda (issue "Supervision"). */
  review: SessionReview,
  /**
   * Why the session's content cannot be changed now, if it cannot: signed off (corrections are
   * addenda), or its case waits to be erased (nothing at all, until the erasure is cancelled).
   */
  readOnly: z.enum(['signed', 'erasureWaiting']).optional(),
  /**
   * Who writes the note and who wrote what is in it (issue #12): whether this account may write
   * it (only the case's counselor), and the characters still in it per person and per sitting.
   */
  authorship: z
    .object({
      mayWrite: z.boolean(),
      writers: z.array(ActorId),
      authorId: ActorId.optional(),
      people: z.array(z.object({ by: ActorId, chars: z.number().int() })),
      unknownChars: z.number().int(),
      sittings: z.array(
        z.object({ by: ActorId, from: IsoDateTime, to: IsoDateTime, chars: z.number().int() }),
      ),
    })
    .optional(),
  /**
   * Ticks, risk answers and details set differently on two devices while apart (issue #13, item
   * 8): both values kept, with who and when, until a person chooses (sessions.resolveConflict).
   */
  conflicts: z.array(SessionConflict).default([]),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

/** The most text one chat import takes: about a year of daily chatting is 1 MB. */
export const CHAT_IMPORT_MAX_CHARS = 5 * 1024 * 1024;

const SessionId = z.object({ sessionId: RecordId });

export const sessionMethods = {
  'sessions.create': {
    input: CaseId.extend({
      startsAt: IsoDateTime,
      durationMinutes: SessionMinutes,
      channel: SessionChannel,
      templateId: z.string().optional(),
    }),
    output: SessionDetail,
  },
  'sessions.get': { input: SessionId, output: SessionDetail },
  'sessions.update': {
    input: SessionId.extend({
      startsAt: IsoDateTime.optional(),
      durationMinutes: SessionMinutes.optional(),
      channel: SessionChannel.optional(),
      connectionProblems: z.array(ConnectionProblem).optional(),
      cues: z.array(ObservedCue).max(50).optional(),
      /** The household members present, or whom the session was for (issue #13, item 3). */
      householdMemberIds: HouseholdMemberIds.optional(),
    }),
    output: SessionDetail,
  },
  'sessions.tick': {
    input: SessionId.extend({ itemId: z.string().max(200), checked: z.boolean() }),
    output: SessionDetail,
  },
  'sessions.answerRisk': {
    input: SessionId.extend({ answers: RiskAnswers }),
    output: SessionDetail,
  },
  'sessions.recordRiskAction': {
    input: SessionId.extend({
      kind: RiskActionKind,
      note: z.string().max(5000),
      referralId: RecordId.optional(),
    }),
    output: SessionDetail,
  },
  /** A person's choice between the values kept for one field of a session. */
  'sessions.resolveConflict': {
    input: SessionId.extend(ResolveSessionConflict.shape),
    output: SessionDetail,
  },
  /**
   * A WhatsApp chat export made into a session of channel 'whatsapp' (issue #14, item 2): the
   * core parses the text again with the person's choices, replaces the names and phone numbers
   * and writes the transcript into the note; the text itself is not kept.
   */
  'sessions.importChat': {
    input: CaseId.extend({
      text: z.string().min(1).max(CHAT_IMPORT_MAX_CHARS),
      dayOrder: z.enum(['dmy', 'mdy']),
      clientSender: z.string().min(1).max(300),
      counselorSender: z.string().min(1).max(300).optional(),
      /** Shorter names that also stand for the client (a first name), as the person confirmed. */
      clientNames: z.array(z.string().trim().min(2).max(300)).max(20).default([]),
      /** The words for the counselor and for anyone else, in the person's language. */
      counselorLabel: RequiredText.max(60),
      otherLabel: RequiredText.max(60),
      /** The device's offset from UTC: the export's times carry none. */
      utcOffsetMinutes: z.number().int().min(-840).max(840),
    }),
    output: SessionDetail,
  },
  /** An edit the renderer made to its copy of a session's (or private note's) document. */
  'documents.update': {
    input: z.object({ documentId: z.string().max(200), update: Base64 }),
    output: z.object({}),
  },
} as const;
