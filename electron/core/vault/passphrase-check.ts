import { CoreError } from '../errors';

type Policy = typeof import('../../../shared/vault/passphrase-policy');

let policy: Policy | undefined;
let loading: Promise<Policy> | undefined;

/**
 * The passphrase rule's dictionaries (zxcvbn's word lists) take a few tenths of a second to load
 * and only a new passphrase needs them, so the core loads them on the first create, change or
 * recovery instead of at start, when the window is waiting for its first answers.
 */
export function loadPassphrasePolicy(): Promise<Policy> {
  loading ??= import('../../../shared/vault/passphrase-policy').then(
    (loaded) => (policy = loaded),
    (error: unknown) => {
      loading = undefined; // tried again by the next request that needs it
      throw error;
    },
  );
  return loading;
}

/** The message is the policy's reason code ('too_short' | 'too_guessable') for the UI to translate. */
export function assertAcceptable(passphrase: string): void {
  if (!policy) throw new CoreError('internal', 'the passphrase rule is not loaded yet');
  const assessment = policy.assessPassphrase(passphrase);
  if (!assessment.acceptable) {
    throw new CoreError('weak_passphrase', assessment.reason ?? 'too_guessable');
  }
}
