import { z } from 'zod';
import { ActorId, IsoDateTime, RecordId, RequiredText, instantOf } from '../primitives';
import { REQUIRED_ACTIONS, RiskActionKind } from './actions';
import { RiskLevel, maxRiskLevel } from './triage';

/** The outcome of one session's screen, as the case sees it. */
export const RiskScreenRecord = z.object({
  sessionId: RecordId.optional(),
  at: IsoDateTime,
  level: RiskLevel,
  /**
   * Required actions still missing for this outcome (handling.ts: screenHandling). Absent when not
   * known (an index entry written before this was kept): then every required action counts as
   * missing, which over-warns rather than hides.
   */
  missing: z.array(RiskActionKind).optional(),
});
export type RiskScreenRecord = z.infer<typeof RiskScreenRecord>;

/** A counselor's statement that the risk found so far has been dealt with. */
export const RiskResolution = z.object({
  at: IsoDateTime,
  by: ActorId,
  note: RequiredText,
});
export type RiskResolution = z.infer<typeof RiskResolution>;

export interface CaseRiskState {
  /** A moderate or high screen that no later resolution covers: top of the supervisor's queue. */
  flagged: boolean;
  /** The highest level among the unresolved moderate/high screens; 'none' when not flagged. */
  unresolvedLevel: RiskLevel;
  /** The earliest unresolved moderate/high screen. */
  flaggedSince: string | null;
  /** The level of the most recent screen, resolved or not; null before any screen. */
  latestLevel: RiskLevel | null;
  lastResolvedAt: string | null;
  /** The screens that keep the case flagged, oldest first, with the actions each still lacks. */
  unhandled: Array<{ sessionId?: string; at: string; level: RiskLevel; missing: RiskActionKind[] }>;
}

const serious = (level: RiskLevel) => level === 'moderate' || level === 'high';

/** A serious screen's missing actions: what it records, else everything its level demands. */
function missingOf(screen: RiskScreenRecord): RiskActionKind[] {
  return screen.missing ?? [...REQUIRED_ACTIONS[screen.level]];
}

/**
 * A moderate or high screen is handled when the session records every action its level demands
 * (handling.ts), or when a counselor records a resolution strictly after it (handling that did
 * not fit the session's actions: the client moved away, another service took over). A later
 * screen of 'none' does not clear it: a quiet session is not a decision. A resolution covers
 * every screen before it, so a new serious screen raises the flag again.
 */
export function caseRiskState(input: {
  screens: readonly RiskScreenRecord[];
  resolutions: readonly RiskResolution[];
}): CaseRiskState {
  const screens = [...input.screens].sort((a, b) => instantOf(a.at) - instantOf(b.at));
  const lastResolved = input.resolutions.reduce<RiskResolution | null>(
    (latest, r) => (latest === null || instantOf(r.at) > instantOf(latest.at) ? r : latest),
    null,
  );
  const resolvedUntil = lastResolved ? instantOf(lastResolved.at) : -Infinity;
  // A resolution at the same instant as a screen does not cover it: "after" means strictly after.
  const unresolved = screens.filter(
    (s) => serious(s.level) && instantOf(s.at) >= resolvedUntil && missingOf(s).length > 0,
  );
  return {
    flagged: unresolved.length > 0,
    unresolvedLevel: maxRiskLevel(unresolved.map((s) => s.level)),
    flaggedSince: unresolved[0]?.at ?? null,
    latestLevel: screens.at(-1)?.level ?? null,
    lastResolvedAt: lastResolved?.at ?? null,
    unhandled: unresolved.map((s) => ({
      ...(s.sessionId ? { sessionId: s.sessionId } : {}),
      at: s.at,
      level: s.level,
      missing: missingOf(s),
    })),
  };
}
