import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId, instantOf } from '../primitives';
import type { RiskLevel } from './triage';

import { RISK_ACTION_KINDS } from './action-labels';

export { RISK_ACTION_LABELS } from './action-labels';

export const RiskActionKind = z.enum(RISK_ACTION_KINDS);
export type RiskActionKind = z.infer<typeof RiskActionKind>;

/** What the counselor did about a moderate or high screen. */
export const RiskAction = z.object({
  kind: RiskActionKind,
  at: IsoDateTime,
  by: ActorId,
  note: z.string(),
  /** The referral record, when the action is a referral. */
  referralId: RecordId.optional(),
});
export type RiskAction = z.infer<typeof RiskAction>;

/**
 * What a screen's level demands (DOMAIN.md: a positive answer demands a face-to-face or
 * emergency referral). Following the C-SSRS triage bands: moderate risk needs a face-to-face
 * referral and a safety plan; high risk needs, in addition, an emergency contact the same day.
 * None and low need no action beyond the session itself.
 */
export const REQUIRED_ACTIONS: Record<RiskLevel, readonly RiskActionKind[]> = {
  none: [],
  low: [],
  moderate: ['faceToFaceReferral', 'safetyPlan'],
  high: ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'],
};

/** Required actions not yet recorded; with `since`, only actions at or after it count. */
export function missingRiskActions(
  level: RiskLevel,
  actions: readonly RiskAction[],
  since?: string,
): RiskActionKind[] {
  const from = since === undefined ? -Infinity : instantOf(since);
  const done = new Set(actions.filter((a) => instantOf(a.at) >= from).map((a) => a.kind));
  return REQUIRED_ACTIONS[level].filter((kind) => !done.has(kind));
}

export function riskActionSatisfied(
  level: RiskLevel,
  actions: readonly RiskAction[],
  since?: string,
): boolean {
  return missingRiskActions(level, actions, since).length === 0;
}
