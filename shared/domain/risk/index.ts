export {
  missingRiskActions,
  REQUIRED_ACTIONS,
  RISK_ACTION_LABELS,
  RiskAction,
  RiskActionKind,
  riskActionSatisfied,
} from './actions';
export {
  answerOf,
  askedQuestions,
  clearSkipped,
  isAsked,
  isScreenComplete,
  RiskAnswer,
  RiskAnswers,
} from './answers';
export { caseRiskState, RiskResolution, RiskScreenRecord, type CaseRiskState } from './case-flag';
export {
  CRISIS_CONTACT_KINDS,
  crisisContacts,
  NATIONAL_CRISIS_LINE,
  NATIONAL_CRISIS_TEL,
  type CrisisContact,
} from './emergency';
export { screenHandling, type ScreenHandling } from './handling';
export { RISK_OVERRIDE_MIN_CHARS, reviewGate, RiskOverride, type ReviewGate } from './gate';
export { RISK_QUESTIONS, RiskQuestionId, type RiskQuestion } from './questions';
export {
  emptySafetyPlanSteps,
  PlanPerson,
  PlanProfessional,
  SAFETY_PLAN_STEPS,
  SafetyPlan,
  SafetyPlanStepId,
  type SafetyPlanStep,
} from './safety-plan';
export {
  higherRiskFirst,
  maxRiskLevel,
  onlineCounselingSuitable,
  RISK_LEVEL_LABELS,
  RiskLevel,
  RiskReason,
  triageRisk,
  type RiskTriage,
} from './triage';
