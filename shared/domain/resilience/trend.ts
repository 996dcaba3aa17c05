import type { ResilienceAssessment } from './assessment';
import { CapacityId } from './capacities';
import { scoreAssessment } from './score';

/** One point of the chart series. */
export interface TrendPoint {
  date: string;
  assessmentId: string;
  capacityMean: number | null;
  capacities: Record<CapacityId, number | null>;
  symptomLoad: number | null;
  burnoutLoad: number | null;
  compassionFatigueLoad: number | null;
}

export type TrendMetric = 'capacityMean' | 'symptomLoad' | 'burnoutLoad' | 'compassionFatigueLoad';

const METRICS: readonly TrendMetric[] = [
  'capacityMean',
  'symptomLoad',
  'burnoutLoad',
  'compassionFatigueLoad',
];

/**
 * Last minus first, taken over the points where the value exists (a metric not assessed in the
 * first session starts at its first assessment); null with fewer than two such points.
 */
export interface TrendChange {
  capacityMean: number | null;
  symptomLoad: number | null;
  burnoutLoad: number | null;
  compassionFatigueLoad: number | null;
  capacities: Record<CapacityId, number | null>;
}

export interface ResilienceTrend {
  series: TrendPoint[];
  change: TrendChange;
}

function changeOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  const first = present[0];
  const last = present.at(-1);
  return present.length < 2 || first === undefined || last === undefined ? null : last - first;
}

/** The series for charts, oldest first, and the change between the first and last assessments. */
export function trend(assessments: readonly ResilienceAssessment[]): ResilienceTrend {
  const series = [...assessments]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((a): TrendPoint => {
      const s = scoreAssessment(a);
      return {
        date: a.date,
        assessmentId: a.id,
        capacityMean: s.capacityMean,
        capacities: s.capacities,
        symptomLoad: s.symptomLoad,
        burnoutLoad: s.burnoutLoad,
        compassionFatigueLoad: s.compassionFatigueLoad,
      };
    });
  const metricChanges = Object.fromEntries(
    METRICS.map((m) => [m, changeOf(series.map((p) => p[m]))]),
  ) as Record<TrendMetric, number | null>;
  const capacities = Object.fromEntries(
    CapacityId.options.map((id) => [id, changeOf(series.map((p) => p.capacities[id]))]),
  ) as Record<CapacityId, number | null>;
  return { series, change: { ...metricChanges, capacities } };
}
