import type { CommunityActivity } from './activity';
import type { CommunityActivityKind } from './kinds';

/**
 * Counts of community work by area, kind and period (issue #13, item 5): the team's view, and
 * what an agency report reuses (issue #14, "outreach by kind … by area"). Pure, so it runs in the
 * renderer offline and in the core alike.
 */
export interface CountOptions {
  /** First and last day included ('YYYY-MM-DD'); either may be left open. */
  from?: string;
  to?: string;
  /** 'month': one period per calendar month ('2026-11'); 'range': the whole range as one. */
  period: 'month' | 'range';
}

export interface CommunityCount {
  areaId: string;
  kind: CommunityActivityKind;
  /** 'YYYY-MM', or 'all' for a whole range. */
  period: string;
  activities: number;
  people: number;
  households: number;
}

type Counted = Pick<CommunityActivity, 'areaId' | 'kind' | 'date' | 'reached'>;

export function inRange(date: string, from?: string, to?: string): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

/**
 * One row per area, kind and period with at least one activity, ordered by period, then area,
 * then kind, so two devices holding the same activities list the same rows.
 */
export function countActivities(
  activities: readonly Counted[],
  options: CountOptions,
): CommunityCount[] {
  const rows = new Map<string, CommunityCount>();
  for (const a of activities) {
    if (!inRange(a.date, options.from, options.to)) continue;
    const period = options.period === 'month' ? a.date.slice(0, 7) : 'all';
    const key = `${period}\n${a.areaId}\n${a.kind}`;
    const row = rows.get(key) ?? {
      areaId: a.areaId,
      kind: a.kind,
      period,
      activities: 0,
      people: 0,
      households: 0,
    };
    row.activities += 1;
    row.people += a.reached.people;
    row.households += a.reached.households ?? 0;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      a.areaId.localeCompare(b.areaId) ||
      a.kind.localeCompare(b.kind),
  );
}

export interface CountTotal {
  key: string;
  activities: number;
  people: number;
  households: number;
}

/** Rows added up by one of their columns: per area, per kind or per period. */
export function totalsBy(
  rows: readonly CommunityCount[],
  column: 'areaId' | 'kind' | 'period',
): CountTotal[] {
  const out = new Map<string, CountTotal>();
  for (const row of rows) {
    const key = row[column];
    const total = out.get(key) ?? { key, activities: 0, people: 0, households: 0 };
    total.activities += row.activities;
    total.people += row.people;
    total.households += row.households;
    out.set(key, total);
  }
  return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
}
