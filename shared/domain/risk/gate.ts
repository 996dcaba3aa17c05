import { z } from 'zod';
import { ActorId, IsoDateTime, instantOf } from '../primitives';
import { RiskActionKind, type RiskAction } from './actions';
import { screenHandling, type ScreenHandling } from './handling';
import type { RiskLevel } from './triage';

/** The fewest characters an override's reason may have: a sentence, not "ok" (issue #13, item 9). */
export const RISK_OVERRIDE_MIN_CHARS = 20;

/**
 * A counselor's statement that the missing actions were not taken, and why: it lets the session
 * go to review (and be signed) without them. Kept in the session's review data with who and
 * when, audited in the case's trail, and shown to the supervisor beside the sign control.
 */
export const RiskOverride = z.object({
  reason: z.string().trim().min(RISK_OVERRIDE_MIN_CHARS).max(5000),
  /** The actions that were missing when it was given. */
  missing: z.array(RiskActionKind),
  by: ActorId,
  at: IsoDateTime,
});
export type RiskOverride = z.infer<typeof RiskOverride>;

/**
 * Whether a session may go to review or be signed off (issue #13, item 9), the one rule the core
 * enforces and the session page explains:
 * - the screen is handled (screenHandling), or an override was given for this outcome (at or
 *   after `screenedAt`, as actions are counted: a later, higher screen needs its own);
 * - for signing, no structured field still holds two kept values (issue #13, item 8).
 */
export interface ReviewGate {
  handling: ScreenHandling;
  /** The override that answers this outcome's missing actions, if any. */
  override?: RiskOverride;
  /** Actions still missing with no override: what blocks submitting and signing. */
  blocking: RiskActionKind[];
  /** Fields with kept values still to choose: what blocks signing. */
  openConflicts: number;
  maySubmit: boolean;
  maySign: boolean;
}

export function reviewGate(input: {
  level: RiskLevel;
  actions: readonly RiskAction[];
  screenedAt?: string | undefined;
  overrides: readonly RiskOverride[];
  openConflicts: number;
}): ReviewGate {
  const handling = screenHandling(input.level, input.actions, input.screenedAt);
  const from = input.screenedAt === undefined ? -Infinity : instantOf(input.screenedAt);
  const override = handling.unhandled
    ? input.overrides.filter((o) => instantOf(o.at) >= from).at(-1)
    : undefined;
  const blocking = override ? [] : handling.missing;
  return {
    handling,
    ...(override ? { override } : {}),
    blocking,
    openConflicts: input.openConflicts,
    maySubmit: blocking.length === 0,
    maySign: blocking.length === 0 && input.openConflicts === 0,
  };
}
