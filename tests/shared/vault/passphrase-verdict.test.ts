import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import {
  assessPassphrase,
  MIN_PASSPHRASE_SCORE,
  VERDICT_LEVEL,
} from '../../../shared/vault/passphrase-policy';
import { loadVault, tempDir } from '../../core/vault/helpers';

/** Short, patterned, Indonesian, English and random passphrases: the meter's whole range. */
const SWEEP = [
  '',
  'abc',
  'Abc123!',
  'x7#Qp!2z',
  'kucing1',
  'password123',
  '1234567890',
  'Jakarta123!',
  'Surabaya2024!',
  'Bismillah123!',
  'Sayangku123!',
  'Merdeka1945!',
  'Rahasia@2024',
  'indonesiaraya',
  'Indonesia1945',
  'Xkqzvbnwpt12!',
  'kucing makan ikan di pasar pagi',
  'hujan turun deras sepanjang malam',
  'correct horse battery staple',
];

describe('the passphrase verdict', () => {
  beforeAll(initSodium);

  it('says "can be used" for exactly the passphrases the vault accepts, for a sweep of inputs', () => {
    const vault = loadVault(tempDir());
    for (const p of SWEEP) {
      const { verdict, acceptable } = assessPassphrase(p);
      let accepted = true;
      try {
        vault.create(p);
      } catch {
        accepted = false;
      }
      if (accepted) vault.lock();
      const usable = verdict === 'good' || verdict === 'strong';
      expect({ p, usable, acceptable }).toEqual({ p, usable: accepted, acceptable: accepted });
      if (accepted) break; // a vault is made once; the rest is checked against the policy below
    }
    for (const p of SWEEP) {
      const { verdict, acceptable } = assessPassphrase(p);
      expect({ p, green: VERDICT_LEVEL[verdict] >= MIN_PASSPHRASE_SCORE }).toEqual({
        p,
        green: acceptable,
      });
    }
  });

  it('never shows a refused 7-character passphrase as enough', () => {
    for (const p of ['Abc123!', 'x7#Qp!z', 'kucing1']) {
      const assessment = assessPassphrase(p);
      expect(assessment).toMatchObject({ acceptable: false, verdict: 'tooShort' });
      expect(VERDICT_LEVEL[assessment.verdict]).toBeLessThan(MIN_PASSPHRASE_SCORE);
    }
  });

  it('does not rate "Jakarta123!" or another Indonesian word with digits and a symbol as strong', () => {
    for (const p of [
      'Jakarta123!',
      'Surabaya2024!',
      'Bismillah123!',
      'Merdeka1945!',
      'Rahasia@2024',
    ]) {
      expect(assessPassphrase(p)).toMatchObject({ acceptable: false, reason: 'too_guessable' });
    }
  });

  it('knows Indonesian words, places and phrases people type as one word', () => {
    for (const p of ['indonesiaraya', 'assalamualaikum', 'Palangkaraya', 'pekerjasosial']) {
      expect(assessPassphrase(p).acceptable).toBe(false);
    }
  });

  it('still accepts a few random Indonesian words', () => {
    expect(assessPassphrase('kucing makan ikan di pasar pagi').verdict).toBe('strong');
  });
});
