/**
 * A live invite and a presented secret's hash: 'burned' once it has seen `max` wrong secrets
 * (0: never), even for the right one, so guessing gets `max` tries per invite in all; 'wrong'
 * for a wrong secret (the caller counts it), 'ok' otherwise.
 */
export function inviteVerdict(
  failed: number,
  max: number,
  presented: Uint8Array,
  stored: Uint8Array,
): 'ok' | 'wrong' | 'burned' {
  if (max > 0 && failed >= max) return 'burned';
  return Buffer.from(presented).equals(stored) ? 'ok' : 'wrong';
}

/** What a join with a wrong secret answers, once it is counted: the last allowed one burns it. */
export function afterWrongSecret(failed: number, max: number): 'burned' | 'bad-invite' {
  return max > 0 && failed + 1 >= max ? 'burned' : 'bad-invite';
}
