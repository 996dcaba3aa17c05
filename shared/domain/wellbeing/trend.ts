import { z } from 'zod';
import type { Label } from '../label';
import { scoreSelfCheck, type SelfCheckScore } from './score';
import type { SelfCheck } from './self-check';

export const WellbeingTrend = z.enum(['first', 'better', 'steady', 'worse']);
export type WellbeingTrend = z.infer<typeof WellbeingTrend>;

export const WELLBEING_TREND_LABELS: Record<WellbeingTrend, Label> = {
  first: { id: 'Pemeriksaan pertama', en: 'First check' },
  better: { id: 'Membaik', en: 'Better' },
  steady: { id: 'Stabil', en: 'Steady' },
  worse: { id: 'Memburuk', en: 'Worse' },
};

/**
 * A change smaller than this share of the scale is steady: one sign moving one step on the
 * 13-item scale is about 0.04–0.07, so two or more signs must move before the trend says so.
 */
export const TREND_STEP = 0.1;

export interface SelfCheckPoint extends SelfCheckScore {
  checkId: string;
  at: string;
}

export interface WellbeingHistory {
  /** Oldest first, for the chart. */
  points: SelfCheckPoint[];
  latest: SelfCheckPoint | undefined;
  trend: WellbeingTrend | undefined;
}

/** The latest check against the one before it (ordered by time, then id, on every device). */
export function wellbeingHistory(checks: readonly SelfCheck[]): WellbeingHistory {
  const points = [...checks]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .map((c) => ({ checkId: c.id, at: c.at, ...scoreSelfCheck(c.answers) }));
  const latest = points.at(-1);
  const previous = points.at(-2);
  return { points, latest, trend: latest && trendBetween(previous, latest) };
}

export function trendBetween(
  previous: Pick<SelfCheckScore, 'load'> | undefined,
  latest: Pick<SelfCheckScore, 'load'>,
): WellbeingTrend {
  if (!previous) return 'first';
  const change = latest.load - previous.load;
  if (change <= -TREND_STEP) return 'better';
  if (change >= TREND_STEP) return 'worse';
  return 'steady';
}
