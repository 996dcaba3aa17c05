import {
  REQUIRED_ACTIONS,
  missingRiskActions,
  type RiskAction,
  type RiskActionKind,
} from './actions';
import type { RiskLevel } from './triage';

/**
 * Whether one session's risk screen has been handled: the one rule the session page, the case's
 * flag, the safety plan and Home all read (issue #12, item 6). Before it, the session said "all
 * actions recorded" while the case and Home still said "high risk — not handled" and asked for a
 * separate statement; now recording the actions the level demands is the handling.
 *
 * Only actions recorded at or after the screen's outcome count (`screenedAt`): a referral made for
 * a moderate screen does not answer a later high one.
 */
export interface ScreenHandling {
  level: RiskLevel;
  /** What the level demands (shared/domain/risk/actions.ts), in the order to show them. */
  required: readonly RiskActionKind[];
  /** Required actions not yet recorded for this outcome. */
  missing: RiskActionKind[];
  /** The level demands actions at all (moderate or high). */
  needsActions: boolean;
  /** The level demands actions and every one of them is recorded. */
  handled: boolean;
  /** The level demands actions and some are missing: "not handled" everywhere. */
  unhandled: boolean;
}

export function screenHandling(
  level: RiskLevel,
  actions: readonly RiskAction[],
  screenedAt?: string,
): ScreenHandling {
  const required = REQUIRED_ACTIONS[level];
  const missing = missingRiskActions(level, actions, screenedAt);
  const needsActions = required.length > 0;
  return {
    level,
    required,
    missing,
    needsActions,
    handled: needsActions && missing.length === 0,
    unhandled: needsActions && missing.length > 0,
  };
}
