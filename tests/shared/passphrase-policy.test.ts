import { describe, expect, it } from 'vitest';
import { assessPassphrase } from '../../shared/vault/passphrase-policy';

describe('the passphrase policy', () => {
  it('accepts a long passphrase of several words', () => {
    const result = assessPassphrase('kucing makan ikan di pasar pagi');
    expect(result).toMatchObject({ acceptable: true, score: 4 });
    expect(result.reason).toBeUndefined();
  });

  it('refuses anything under 10 characters as too_short, however random', () => {
    expect(assessPassphrase('x7#Qp!2z')).toMatchObject({ acceptable: false, reason: 'too_short' });
  });

  it('refuses common or patterned passphrases as too_guessable', () => {
    for (const p of ['password123', 'qwertyuiopasdf', 'aaaaaaaaaaaa', '1234567890']) {
      expect(assessPassphrase(p)).toMatchObject({ acceptable: false, reason: 'too_guessable' });
    }
  });

  it('counts the user’s own details against the passphrase', () => {
    const p = 'sitinurhaliza1990';
    expect(assessPassphrase(p, ['sitinurhaliza', '1990']).score).toBeLessThan(
      assessPassphrase(p).score,
    );
  });

  it('returns suggestion codes for the UI to translate, not English sentences', () => {
    const { suggestions } = assessPassphrase('aaaaaaaaaaaa');
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s).toMatch(/^[a-zA-Z0-9]+$/);
  });
});
