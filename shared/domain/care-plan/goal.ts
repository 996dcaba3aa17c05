import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDateTime, RecordId, RequiredText } from '../primitives';

/**
 * The client's goals and needs, with a priority (WHO 2004, stage 2: "memaparkan dan memperjelas
 * tujuan dan kebutuhan klien", "menyusun prioritas tujuan dan kebutuhan klien"), who set them and
 * when; stage 3 monitors progress on them ("monitoring perbaikan tujuan yang teridentifikasi").
 */
export const GoalKind = z.enum(['goal', 'need']);
export type GoalKind = z.infer<typeof GoalKind>;

export const GoalPriority = z.enum(['high', 'medium', 'low']);
export type GoalPriority = z.infer<typeof GoalPriority>;

/** Open while being worked on; achieved or dropped closes it (and either may be reopened). */
export const GoalStatus = z.enum(['open', 'achieved', 'dropped']);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** The areas seed 002 names for survivors and their families, plus the counseling itself. */
export const GoalArea = z.enum([
  'psychosocial',
  'dailyNeeds',
  'health',
  'family',
  'documents',
  'work',
  'safety',
  'other',
]);
export type GoalArea = z.infer<typeof GoalArea>;

export const GOAL_TEXT_MAX = 2000;

export const Goal = z.object({
  id: RecordId,
  kind: GoalKind,
  area: GoalArea,
  text: RequiredText.max(GOAL_TEXT_MAX),
  priority: GoalPriority,
  status: GoalStatus,
  setBy: ActorId,
  setAt: IsoDateTime,
  /** The latest status change (or edit), and why when a reason was given. */
  changedBy: ActorId.optional(),
  changedAt: IsoDateTime.optional(),
  statusNote: z.string().max(GOAL_TEXT_MAX).optional(),
});
export type Goal = z.infer<typeof Goal>;

/**
 * Progress on a goal as marked in one session, 0–4: a scale short enough to mark in the last
 * minutes of a session, with a word for every step so two counselors mean the same thing.
 */
export const ProgressLevel = z.number().int().min(0).max(4);
export type ProgressLevel = z.infer<typeof ProgressLevel>;

export const PROGRESS_SCALE: readonly { level: ProgressLevel; label: Label }[] = [
  { level: 0, label: { id: 'Belum dimulai', en: 'Not started' } },
  { level: 1, label: { id: 'Mulai', en: 'Started' } },
  { level: 2, label: { id: 'Sebagian', en: 'Partly there' } },
  { level: 3, label: { id: 'Hampir tercapai', en: 'Nearly there' } },
  { level: 4, label: { id: 'Tercapai', en: 'Achieved' } },
];

/** One goal's progress in one session; marking the same session again replaces it. */
export const ProgressMark = z.object({
  goalId: RecordId,
  sessionId: RecordId,
  /** When the session took place: the chart's time axis. */
  sessionAt: IsoDateTime,
  level: ProgressLevel,
  note: z.string().max(GOAL_TEXT_MAX).optional(),
  by: ActorId,
  at: IsoDateTime,
});
export type ProgressMark = z.infer<typeof ProgressMark>;

/** The key of a mark in the case document: one per goal and session. */
export const progressKey = (goalId: string, sessionId: string): string => `${goalId}:${sessionId}`;
