import type { Clock } from '../clock';
import { CoreError } from '../errors';

/**
 * Back-off after wrong passphrases: the first FREE_ATTEMPTS failures cost nothing, then each
 * further failure doubles the wait (2 s, 4 s, 8 s …) up to MAX_DELAY_SECONDS.
 *
 * The counter lives in vault.json, so quitting the app does not reset it. This slows someone
 * guessing at the lock screen; it cannot slow an attacker who copies vault.json and runs
 * Argon2id themselves: that is what the Argon2id cost is for.
 */
export { systemClock, type Clock } from '../clock';

export interface AttemptRecord {
  failures: number;
  /** Milliseconds since the epoch, per the injected clock; null when there is no failure. */
  lastFailureAt: number | null;
}

export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

export const noAttempts = (): AttemptRecord => ({ failures: 0, lastFailureAt: null });

/** Seconds to wait after `failures` consecutive wrong passphrases. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

/** Whole seconds before the next attempt is accepted (0: now). */
export function retryAfterSeconds(record: AttemptRecord, clock: Clock): number {
  const delay = delayAfter(record.failures);
  if (delay === 0 || record.lastFailureAt === null) return 0;
  const elapsedMs = clock.now() - record.lastFailureAt;
  // A clock set backwards must not lengthen the wait beyond the delay itself.
  const remainingMs = Math.min(delay * 1000, delay * 1000 - elapsedMs);
  return remainingMs <= 0 ? 0 : Math.ceil(remainingMs / 1000);
}

/** Throws too_many_attempts, before any Argon2id work, while the delay runs. */
export function assertAttemptAllowed(record: AttemptRecord, clock: Clock): void {
  const wait = retryAfterSeconds(record, clock);
  if (wait > 0) {
    throw new CoreError(
      'too_many_attempts',
      `too many wrong passphrases: try again in ${wait} s`,
      wait,
    );
  }
}

export function withFailure(record: AttemptRecord, clock: Clock): AttemptRecord {
  return { failures: record.failures + 1, lastFailureAt: clock.now() };
}
