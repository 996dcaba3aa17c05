import { describe, expect, it } from 'vitest';
import {
  askedQuestions,
  clearSkipped,
  higherRiskFirst,
  isAsked,
  maxRiskLevel,
  onlineCounselingSuitable,
  RISK_QUESTIONS,
  RiskAnswers,
  triageRisk,
  type RiskLevel,
} from '../../../shared/domain';

/** Every always-asked question answered no, then the given answers on top. */
function screen(answers: RiskAnswers): RiskAnswers {
  return {
    q1WishDead: 'no',
    q2SuicidalThoughts: 'no',
    q6Behaviour: 'no',
    harmOthers: 'no',
    psychosis: 'no',
    disoriented: 'no',
    ...answers,
  };
}

describe('the risk screen triage', () => {
  const table: [string, RiskAnswers, RiskLevel][] = [
    ['all no', {}, 'none'],
    ['a wish to be dead only', { q1WishDead: 'yes' }, 'low'],
    [
      'suicidal thoughts without method, intent or plan',
      {
        q1WishDead: 'yes',
        q2SuicidalThoughts: 'yes',
        q3Method: 'no',
        q4Intent: 'no',
        q5Plan: 'no',
      },
      'low',
    ],
    [
      'thoughts with a method',
      { q2SuicidalThoughts: 'yes', q3Method: 'yes', q4Intent: 'no', q5Plan: 'no' },
      'moderate',
    ],
    [
      'intent without a plan',
      { q2SuicidalThoughts: 'yes', q3Method: 'yes', q4Intent: 'yes', q5Plan: 'no' },
      'high',
    ],
    [
      'intent with a plan',
      { q2SuicidalThoughts: 'yes', q3Method: 'no', q4Intent: 'no', q5Plan: 'yes' },
      'high',
    ],
    ['behaviour within the past three months', { q6Behaviour: 'yes', q6bRecent: 'yes' }, 'high'],
    ['behaviour longer ago', { q6Behaviour: 'yes', q6bRecent: 'no' }, 'moderate'],
    ['behaviour of unknown recency', { q6Behaviour: 'yes' }, 'high'],
    ['thoughts of harming others', { harmOthers: 'yes', harmOthersImminent: 'no' }, 'moderate'],
    ['imminent harm to others', { harmOthers: 'yes', harmOthersImminent: 'yes' }, 'high'],
    ['signs of psychosis', { psychosis: 'yes' }, 'moderate'],
    ['a client not oriented', { disoriented: 'yes' }, 'moderate'],
    [
      'a wish to be dead and signs of psychosis',
      { q1WishDead: 'yes', psychosis: 'yes' },
      'moderate',
    ],
  ];

  it.each(table)('rates %s as %s', (_name, answers, level) => {
    expect(triageRisk(screen(answers)).level).toBe(level);
  });

  it('rates an empty screen none but incomplete', () => {
    expect(triageRisk({})).toEqual({ level: 'none', reasons: [], complete: false });
  });

  it('lists every rule that fired as a code, in question order', () => {
    const result = triageRisk(
      screen({
        q1WishDead: 'yes',
        q2SuicidalThoughts: 'yes',
        q3Method: 'yes',
        q4Intent: 'no',
        q5Plan: 'yes',
        q6Behaviour: 'yes',
        q6bRecent: 'no',
      }),
    );
    expect(result).toEqual({
      level: 'high',
      reasons: [
        'wish_dead',
        'suicidal_thoughts',
        'thoughts_with_method',
        'intent_with_plan',
        'behaviour_past',
      ],
      complete: true,
    });
  });

  it('does not count a yes to harm others as high unless the harm is imminent', () => {
    const result = triageRisk(screen({ harmOthers: 'yes', harmOthersImminent: 'no' }));
    expect(result.reasons).toEqual(['harm_others_thoughts']);
  });

  it('never drops a recorded yes, even to a question the skip logic no longer asks', () => {
    expect(triageRisk(screen({ q2SuicidalThoughts: 'no', q5Plan: 'yes' })).level).toBe('high');
  });
});

describe('the risk screen skip logic', () => {
  it('asks Q3 to Q5 only after a yes to Q2', () => {
    expect(isAsked({ q2SuicidalThoughts: 'no' }, 'q3Method')).toBe(false);
    expect(isAsked({}, 'q4Intent')).toBe(false);
    expect(isAsked({ q2SuicidalThoughts: 'yes' }, 'q5Plan')).toBe(true);
  });

  it('goes from a no to Q2 straight to Q6', () => {
    const asked = askedQuestions({ q1WishDead: 'yes', q2SuicidalThoughts: 'no' });
    expect(asked.slice(0, 3)).toEqual(['q1WishDead', 'q2SuicidalThoughts', 'q6Behaviour']);
  });

  it('asks about the past three months only after a yes to Q6', () => {
    expect(isAsked({ q6Behaviour: 'no' }, 'q6bRecent')).toBe(false);
    expect(isAsked({ q6Behaviour: 'yes' }, 'q6bRecent')).toBe(true);
  });

  it('asks about imminent harm only after a yes to harming others', () => {
    expect(isAsked({ harmOthers: 'no' }, 'harmOthersImminent')).toBe(false);
    expect(isAsked({ harmOthers: 'yes' }, 'harmOthersImminent')).toBe(true);
  });

  it('calls a screen complete when every asked question has an answer', () => {
    expect(triageRisk(screen({})).complete).toBe(true);
    expect(triageRisk(screen({ q2SuicidalThoughts: 'yes' })).complete).toBe(false);
    expect(triageRisk(screen({ q6Behaviour: 'yes', q6bRecent: 'unanswered' })).complete).toBe(
      false,
    );
  });

  it('clears answers that the skip logic no longer asks', () => {
    expect(clearSkipped({ q2SuicidalThoughts: 'no', q4Intent: 'yes', q1WishDead: 'yes' })).toEqual({
      q1WishDead: 'yes',
      q2SuicidalThoughts: 'no',
    });
  });

  it('marks exactly Q3–Q5, Q6b and imminent harm as conditional', () => {
    expect(RISK_QUESTIONS.filter((q) => q.askedIf).map((q) => q.questionId)).toEqual([
      'q3Method',
      'q4Intent',
      'q5Plan',
      'q6bRecent',
      'harmOthersImminent',
    ]);
  });

  it('validates answers as yes, no or unanswered', () => {
    expect(RiskAnswers.safeParse({ q1WishDead: 'unanswered' }).success).toBe(true);
    expect(RiskAnswers.safeParse({ q1WishDead: 'maybe' }).success).toBe(false);
    expect(RiskAnswers.safeParse({ q7: 'yes' }).success).toBe(false);
  });
});

describe('fitness for online counseling', () => {
  it('holds for none and low risk, not for moderate or high', () => {
    expect(onlineCounselingSuitable('none')).toBe(true);
    expect(onlineCounselingSuitable('low')).toBe(true);
    expect(onlineCounselingSuitable('moderate')).toBe(false);
    expect(onlineCounselingSuitable('high')).toBe(false);
  });
});

describe('the one risk ranking', () => {
  it('sorts the highest level first, and the highest of several is the maximum', () => {
    const levels: RiskLevel[] = ['low', 'high', 'none', 'moderate'];
    expect([...levels].sort(higherRiskFirst)).toEqual(['high', 'moderate', 'low', 'none']);
    expect(maxRiskLevel(levels)).toBe('high');
    expect(maxRiskLevel([])).toBe('none');
    expect(higherRiskFirst('moderate', 'moderate')).toBe(0);
  });
});
