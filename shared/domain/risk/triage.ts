import { z } from 'zod';
import type { Label } from '../label';
import { answerOf, isScreenComplete, type RiskAnswers } from './answers';
import type { RiskQuestionId } from './questions';

export const RiskLevel = z.enum(['none', 'low', 'moderate', 'high']);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const RISK_LEVEL_LABELS: Record<RiskLevel, Label> = {
  none: { id: 'tidak ada', en: 'none' },
  low: { id: 'rendah', en: 'low' },
  moderate: { id: 'sedang', en: 'moderate' },
  high: { id: 'tinggi', en: 'high' },
};

/** The one risk ranking (issue #15): every list that puts risk first sorts by this. */
const RANK: Record<RiskLevel, number> = { none: 0, low: 1, moderate: 2, high: 3 };

/** Descending, for lists that show the highest risk first. */
export function higherRiskFirst(a: RiskLevel, b: RiskLevel): number {
  return RANK[b] - RANK[a];
}

export function maxRiskLevel(levels: readonly RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((max, l) => (RANK[l] > RANK[max] ? l : max), 'none');
}

/** Why a level was reached. Codes, not sentences: the UI translates them. */
export const RiskReason = z.enum([
  'wish_dead',
  'suicidal_thoughts',
  'thoughts_with_method',
  'intent_without_plan',
  'intent_with_plan',
  'behaviour_recent',
  'behaviour_past',
  'behaviour_recency_unknown',
  'harm_others_thoughts',
  'harm_others_imminent',
  'psychosis_signs',
  'disoriented',
]);
export type RiskReason = z.infer<typeof RiskReason>;

export interface RiskTriage {
  level: RiskLevel;
  /** Every rule that fired, in question order (not only the one that set the level). */
  reasons: RiskReason[];
  /** Every question the skip logic asks has been answered. */
  complete: boolean;
}

interface Rule {
  reason: RiskReason;
  level: RiskLevel;
  fires: (yes: (id: RiskQuestionId) => boolean, a: RiskAnswers) => boolean;
}

/**
 * The triage rules, in the usual C-SSRS screener bands:
 *
 * - high: yes to Q4 (intent) or Q5 (intent with plan); or suicidal behaviour (Q6) within the
 *   past three months (Q6b yes). A yes to Q6 whose recency is not yet known counts as recent:
 *   the counselor must ask before the case can drop a band.
 * - moderate: yes to Q3 (thoughts with method); or behaviour more than three months ago
 *   (Q6 yes, Q6b no).
 * - low: yes only to Q1 and/or Q2.
 * - none: no yes at all (an incomplete screen says so in `complete`, not in the level).
 *
 * Beyond the screener (seed 003: severe cases are not fit for online counseling):
 * - harm to others: thoughts → moderate; imminent intent or plan → high.
 * - signs of severe mental disorder (psychosis, disorientation) → moderate.
 *
 * A recorded yes always counts, even for a question the skip logic would not ask now (Q4 yes
 * then Q2 changed to no): a stale yes that over-warns is safer than a real one dropped.
 */
const RULES: readonly Rule[] = [
  { reason: 'wish_dead', level: 'low', fires: (yes) => yes('q1WishDead') },
  { reason: 'suicidal_thoughts', level: 'low', fires: (yes) => yes('q2SuicidalThoughts') },
  { reason: 'thoughts_with_method', level: 'moderate', fires: (yes) => yes('q3Method') },
  { reason: 'intent_without_plan', level: 'high', fires: (yes) => yes('q4Intent') },
  { reason: 'intent_with_plan', level: 'high', fires: (yes) => yes('q5Plan') },
  {
    reason: 'behaviour_recent',
    level: 'high',
    fires: (yes) => yes('q6Behaviour') && yes('q6bRecent'),
  },
  {
    reason: 'behaviour_past',
    level: 'moderate',
    fires: (yes, a) => yes('q6Behaviour') && answerOf(a, 'q6bRecent') === 'no',
  },
  {
    reason: 'behaviour_recency_unknown',
    level: 'high',
    fires: (yes, a) => yes('q6Behaviour') && answerOf(a, 'q6bRecent') === 'unanswered',
  },
  { reason: 'harm_others_thoughts', level: 'moderate', fires: (yes) => yes('harmOthers') },
  { reason: 'harm_others_imminent', level: 'high', fires: (yes) => yes('harmOthersImminent') },
  { reason: 'psychosis_signs', level: 'moderate', fires: (yes) => yes('psychosis') },
  { reason: 'disoriented', level: 'moderate', fires: (yes) => yes('disoriented') },
];

export function triageRisk(answers: RiskAnswers): RiskTriage {
  const yes = (id: RiskQuestionId) => answerOf(answers, id) === 'yes';
  const fired = RULES.filter((rule) => rule.fires(yes, answers));
  return {
    level: maxRiskLevel(fired.map((r) => r.level)),
    reasons: fired.map((r) => r.reason),
    complete: isScreenComplete(answers),
  };
}

/** Seeds 003 and 004: severe cases and suicide risk are not fit for online counseling. */
export function onlineCounselingSuitable(level: RiskLevel): boolean {
  return level === 'none' || level === 'low';
}
