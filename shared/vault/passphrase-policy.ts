import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

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

export interface PassphraseAssessment {
  score: PassphraseScore;
  acceptable: boolean;
  reason?: PassphraseProblem;
  suggestions: string[];
}

let checker: ZxcvbnFactory | undefined;

/** Building the ranked dictionaries costs tens of milliseconds: do it once, on first use. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  });
  return checker;
}

export function assessPassphrase(p: string, userInputs: string[] = []): PassphraseAssessment {
  const result: ZxcvbnResult = zxcvbn().check(p.slice(0, MAX_SCORED_LENGTH), userInputs);
  const score = result.score as PassphraseScore;
  const suggestions = [...result.feedback.suggestions];
  // Length is counted in code points, so a passphrase in any script is measured fairly.
  if ([...p].length < MIN_PASSPHRASE_LENGTH) {
    return { score, acceptable: false, reason: PassphraseProblem.tooShort, suggestions };
  }
  if (score < MIN_PASSPHRASE_SCORE) {
    return { score, acceptable: false, reason: PassphraseProblem.tooGuessable, suggestions };
  }
  return { score, acceptable: true, suggestions };
}
