export {
  Caseload,
  caseload,
  CASELOAD_WEEKS,
  CaseloadWeek,
  LATE_FROM_HOUR,
  LATE_UNTIL_HOUR,
  type CaseloadCase,
  type CaseloadSession,
} from './caseload';
export {
  BAND_LIMITS,
  bandOf,
  scoreSelfCheck,
  WELLBEING_BAND_LABELS,
  WellbeingBand,
  type SelfCheckScore,
} from './score';
export {
  SELF_CHECK_ITEMS,
  SelfCheck,
  SelfCheckAnswers,
  SelfCheckItemId,
  type SelfCheckItem,
  type SelfCheckScale,
} from './self-check';
export { WellbeingSummary } from './summary';
export {
  TREND_STEP,
  trendBetween,
  WELLBEING_TREND_LABELS,
  wellbeingHistory,
  WellbeingTrend,
  type SelfCheckPoint,
  type WellbeingHistory,
} from './trend';
