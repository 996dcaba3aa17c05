import { z } from 'zod';
import type { CaseStatus } from '../sessions/case-meta';
import type { RiskLevel } from '../risk/triage';

/**
 * The caseload view (issue #13, item 7; seed 000 names among burnout's causes "tidak ada waktu
 * dan kesempatan untuk mengambil jarak"): sessions per week over the last eight weeks, the open
 * cases whose risk is high, and sessions started late at night per week. Computed from the
 * counselor's own records only (the caller passes those); weeks start on Monday in the
 * counselor's own time zone. An open case is one not closed (open or referred).
 */
export const CASELOAD_WEEKS = 8;
/** A session that starts at or after 21:00, or before 05:00, is late at night. */
export const LATE_FROM_HOUR = 21;
export const LATE_UNTIL_HOUR = 5;

export const CaseloadWeek = z.object({
  /** The Monday the week starts on (local date). */
  weekStart: z.string(),
  sessions: z.number().int().nonnegative(),
  lateSessions: z.number().int().nonnegative(),
});
export type CaseloadWeek = z.infer<typeof CaseloadWeek>;

export const Caseload = z.object({
  weeks: z.array(CaseloadWeek),
  highRiskOpen: z.number().int().nonnegative(),
});
export type Caseload = z.infer<typeof Caseload>;

export interface CaseloadSession {
  startsAt: string;
}

export interface CaseloadCase {
  id: string;
  status: CaseStatus;
  riskLevel: RiskLevel;
}

const DAY_MS = 24 * 3600 * 1000;

/** `offsetMinutes`: the counselor's time zone, east of UTC (Jakarta: 420). */
export function caseload(
  sessions: readonly CaseloadSession[],
  cases: readonly CaseloadCase[],
  now: Date,
  offsetMinutes: number,
): Caseload {
  const local = (ms: number) => new Date(ms + offsetMinutes * 60_000);
  // Monday 00:00 local of the current week, as a UTC instant.
  const today = local(now.getTime());
  const daysSinceMonday = (today.getUTCDay() + 6) % 7;
  const mondayLocal = Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate() - daysSinceMonday,
  );
  const firstStart = mondayLocal - (CASELOAD_WEEKS - 1) * 7 * DAY_MS;
  const weeks: CaseloadWeek[] = Array.from({ length: CASELOAD_WEEKS }, (_, i) => ({
    weekStart: new Date(firstStart + i * 7 * DAY_MS).toISOString().slice(0, 10),
    sessions: 0,
    lateSessions: 0,
  }));
  for (const session of sessions) {
    const at = Date.parse(session.startsAt);
    if (Number.isNaN(at)) continue;
    const localMs = at + offsetMinutes * 60_000;
    const index = Math.floor((localMs - firstStart) / (7 * DAY_MS));
    const week = weeks[index];
    if (!week || index < 0) continue;
    week.sessions += 1;
    const hour = new Date(localMs).getUTCHours();
    if (hour >= LATE_FROM_HOUR || hour < LATE_UNTIL_HOUR) week.lateSessions += 1;
  }
  const highRiskOpen = cases.filter((c) => c.status !== 'closed' && c.riskLevel === 'high').length;
  return { weeks, highRiskOpen };
}
