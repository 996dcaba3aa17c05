import { z } from 'zod';
import { RISK_QUESTIONS, RiskQuestionId } from './questions';

export const RiskAnswer = z.enum(['yes', 'no', 'unanswered']);
export type RiskAnswer = z.infer<typeof RiskAnswer>;

/**
 * One session's answers. A missing key means unanswered, so a screen stored before a question
 * was added still validates.
 */
export const RiskAnswers = z.partialRecord(RiskQuestionId, RiskAnswer);
export type RiskAnswers = z.infer<typeof RiskAnswers>;

export function answerOf(answers: RiskAnswers, questionId: RiskQuestionId): RiskAnswer {
  return answers[questionId] ?? 'unanswered';
}

/** The skip logic: Q3–Q5 only after a yes to Q2, Q6b after a yes to Q6, and so on. */
export function isAsked(answers: RiskAnswers, questionId: RiskQuestionId): boolean {
  const condition = RISK_QUESTIONS.find((q) => q.questionId === questionId)?.askedIf;
  if (!condition) return true;
  return (
    answerOf(answers, condition.questionId) === condition.answer &&
    isAsked(answers, condition.questionId)
  );
}

/** The questions to show now, in order. */
export function askedQuestions(answers: RiskAnswers): RiskQuestionId[] {
  return RISK_QUESTIONS.map((q) => q.questionId).filter((id) => isAsked(answers, id));
}

/** Every question the skip logic asks has a yes or a no. */
export function isScreenComplete(answers: RiskAnswers): boolean {
  return askedQuestions(answers).every((id) => answerOf(answers, id) !== 'unanswered');
}

/**
 * Forget answers to questions no longer asked (Q2 changed from yes to no). The UI calls this when
 * an answer changes; triage itself never drops a recorded yes (see triage.ts).
 */
export function clearSkipped(answers: RiskAnswers): RiskAnswers {
  const kept: RiskAnswers = {};
  for (const id of askedQuestions(answers)) {
    const answer = answers[id];
    if (answer) kept[id] = answer;
  }
  return kept;
}
