import type { TrendMetric } from '../../../../shared/domain';

/** The chart's lines: the capacity mean on its 1–5 axis, the loads as a share of the maximum. */
export const METRICS: readonly { metric: TrendMetric; axis: 'capacity' | 'load'; color: string }[] =
  [
    { metric: 'capacityMean', axis: 'capacity', color: '#0b6e4f' },
    { metric: 'symptomLoad', axis: 'load', color: '#b54708' },
    { metric: 'burnoutLoad', axis: 'load', color: '#b42318' },
    { metric: 'compassionFatigueLoad', axis: 'load', color: '#6941c6' },
  ];
