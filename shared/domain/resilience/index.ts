export { ResilienceAssessment } from './assessment';
export { CAPACITIES, CAPACITY_SCALE, CapacityId, CapacityScore, type Capacity } from './capacities';
export { scoreAssessment, type ResilienceScore } from './score';
export {
  BURNOUT_SIGNS,
  BurnoutSignId,
  COMPASSION_FATIGUE_SIGNS,
  CompassionFatigueSignId,
  Frequency,
  FREQUENCY_SCALE,
  SymptomId,
  SYMPTOMS,
  type Sign,
} from './signs';
export {
  trend,
  type ResilienceTrend,
  type TrendChange,
  type TrendMetric,
  type TrendPoint,
} from './trend';
