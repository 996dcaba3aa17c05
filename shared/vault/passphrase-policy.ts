import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as id from '@zxcvbn-ts/language-id';
import { INDONESIAN_EXTRA_WORDS, isWordWithDecoration } from './indonesian-words';

/**
 * The passphrase rule, shared by the core (which enforces it) and the renderer (which shows it
 * as the user types). Pure TypeScript: no Node, no DOM.
 *
 * We return codes, never sentences: the UI translates them (Bahasa Indonesia and English).
 * `suggestions` are zxcvbn's translation keys (e.g. 'useWords', 'anotherWord'), because we do
 * not load zxcvbn's English translations: the keys are what the UI's dictionaries translate.
 */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MIN_PASSPHRASE_SCORE = 3;

/** zxcvbn's own cap; longer input is not scored beyond it, and slows matching. */
const MAX_SCORED_LENGTH = 256;

export const PassphraseProblem = {
  tooShort: 'too_short',
  tooGuessable: 'too_guessable',
} as const;
export type PassphraseProblem = (typeof PassphraseProblem)[keyof typeof PassphraseProblem];

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

/**
 * The one verdict a person sees (issue #12, item 9): refused passphrases are only ever
 * "too short", "weak" or "easy to guess", so a meter can never say "enough" to what the core
 * refuses; accepted ones are "good" or "strong".
 */
export type PassphraseVerdict = 'tooShort' | 'weak' | 'guessable' | 'good' | 'strong';

export interface PassphraseAssessment {
  score: PassphraseScore;
  acceptable: boolean;
  reason?: PassphraseProblem;
  suggestions: string[];
  verdict: PassphraseVerdict;
}

/** Where a verdict sits on a 0–4 meter; refused verdicts stay below MIN_PASSPHRASE_SCORE. */
export const VERDICT_LEVEL: Record<PassphraseVerdict, PassphraseScore> = {
  tooShort: 0,
  weak: 1,
  guessable: 2,
  good: 3,
  strong: 4,
};

let checker: ZxcvbnFactory | undefined;

/** Building the ranked dictionaries costs tens of milliseconds: do it once, on first use. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    // Indonesian words, names and places (zxcvbn-ts's own list, from Indonesian Wikipedia and
    // subtitles) and a few it lacks; without them "Jakarta123!" scored as strong.
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      ...id.dictionary,
      'extra-id': INDONESIAN_EXTRA_WORDS,
    },
  });
  return checker;
}

/**
 * One known word dressed with digits and symbols ("Jakarta123!", "Surabaya2024!") is the first
 * thing a guesser tries; zxcvbn prices the decoration as random, so it is capped below the bar.
 */
function decoratedWordScore(p: string, score: PassphraseScore): PassphraseScore {
  if (score < MIN_PASSPHRASE_SCORE) return score;
  return isWordWithDecoration(p, (word) => isDictionaryWord(word))
    ? ((MIN_PASSPHRASE_SCORE - 1) as PassphraseScore)
    : score;
}

/** Whether zxcvbn reads `word` as one dictionary entry (any case, l33t, reversed). */
function isDictionaryWord(word: string): boolean {
  const { sequence } = zxcvbn().check(word);
  return sequence.length === 1 && sequence[0]?.pattern === 'dictionary';
}

function verdictOf(tooShort: boolean, score: PassphraseScore): PassphraseVerdict {
  if (tooShort) return 'tooShort';
  if (score <= 1) return 'weak';
  if (score < MIN_PASSPHRASE_SCORE) return 'guessable';
  return score === 4 ? 'strong' : 'good';
}

export function assessPassphrase(p: string, userInputs: string[] = []): PassphraseAssessment {
  const result: ZxcvbnResult = zxcvbn().check(p.slice(0, MAX_SCORED_LENGTH), userInputs);
  const score = decoratedWordScore(p, result.score as PassphraseScore);
  const suggestions = [...result.feedback.suggestions];
  // Length is counted in code points, so a passphrase in any script is measured fairly.
  const tooShort = [...p].length < MIN_PASSPHRASE_LENGTH;
  const verdict = verdictOf(tooShort, score);
  if (tooShort) {
    return { score, acceptable: false, reason: PassphraseProblem.tooShort, suggestions, verdict };
  }
  if (score < MIN_PASSPHRASE_SCORE) {
    return {
      score,
      acceptable: false,
      reason: PassphraseProblem.tooGuessable,
      suggestions,
      verdict,
    };
  }
  return { score, acceptable: true, suggestions, verdict };
}
