import type { TrendMetric } from '../../../../shared/domain';

/** The chart's lines: the capacity mean on its 1–5 axis, the loads as a share of the maximum. */
export const METRICS: readonly { metric: TrendMetric; axis: 'capacity' | 'load'; color: string }[] =
  [
    { metric: 'capacityMean', axis: 'capacity', color: 'var(--color-accent)' },
    { metric: 'symptomLoad', axis: 'load', color: 'var(--color-warning)' },
    { metric: 'burnoutLoad', axis: 'load', color: 'var(--color-danger)' },
    { metric: 'compassionFatigueLoad', axis: 'load', color: 'var(--color-fatigue)' },
  ];
