import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/api/contract';
import { fieldProblems } from '../../../shared/api/field-problems';
import { catalogs } from '../../../shared/i18n';
import { PASSPHRASE, startCore } from '../support/core-harness';

/**
 * Issue #15, item 2: a rule between fields lives in the schema, so the core refuses what the
 * form refuses, naming the field and the words that say why.
 */
async function newCase() {
  const started = await startCore();
  await started.call('vault.create', { passphrase: PASSPHRASE });
  const created = await started.call('cases.create', { alias: 'Mawar' });
  return { ...started, caseId: created.meta.id };
}

function wordsOf(key: string, language: 'id' | 'en'): unknown {
  return key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], catalogs[language]);
}

describe('rules in the schema', () => {
  it('refuses a referral whose consent was given to share nothing named, at consent.scope', async () => {
    const { call, caseId } = await newCase();
    await expect(
      call('referrals.create', {
        caseId,
        target: 'hospital',
        toWhom: 'Puskesmas Cengkareng',
        reason: 'Pemeriksaan kesehatan',
        consent: { given: true, scope: '   ', method: 'verbal' },
        followUpDate: '2026-12-20',
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: { 'consent.scope': 'cases.validation.consentScope' },
    });
    // Without consent, nothing is shared and nothing needs naming.
    const referred = await call('referrals.create', {
      caseId,
      target: 'hospital',
      toWhom: 'Puskesmas Cengkareng',
      reason: 'Pemeriksaan kesehatan',
      consent: { given: false, scope: '', method: 'verbal' },
      followUpDate: '2026-12-20',
    });
    expect(referred.referrals).toHaveLength(1);
  });

  it('refuses an outreach follow-up written without its date, at followUp.date', async () => {
    const { call, caseId } = await newCase();
    await expect(
      call('outreach.create', {
        caseId,
        date: '2026-12-01',
        kind: 'healthFacility',
        counterpart: 'Bidan kelurahan',
        outcome: '',
        followUp: { date: '', note: 'Telepon lagi minggu depan' },
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: { 'followUp.date': 'cases.validation.followUpDate' },
    });
  });

  it('refuses a resilience assessment with nothing answered, for the form as a whole', async () => {
    const { call, caseId } = await newCase();
    await expect(
      call('resilience.create', {
        caseId,
        date: '2026-12-01',
        capacities: {},
        symptoms: {},
        burnout: {},
        compassionFatigue: {},
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: { '': 'cases.validation.nothingAnswered' },
    });
  });

  it('names every refused field with words both catalogs have', () => {
    const inputs: Array<[keyof typeof methods, unknown]> = [
      ['referrals.create', { caseId: '', consent: { given: true, scope: '' }, followUpDate: 'x' }],
      ['outreach.create', { caseId: 'c', date: '', counterpart: ' ', followUp: { note: 'n' } }],
      [
        'resilience.create',
        {
          caseId: 'c',
          date: 'soon',
          capacities: {},
          symptoms: {},
          burnout: {},
          compassionFatigue: {},
        },
      ],
    ];
    for (const [method, input] of inputs) {
      const parsed = methods[method].input.safeParse(input);
      expect(parsed.success).toBe(false);
      if (parsed.success) continue;
      for (const key of Object.values(fieldProblems(parsed.error))) {
        expect(typeof wordsOf(key, 'id'), key).toBe('string');
        expect(typeof wordsOf(key, 'en'), key).toBe('string');
      }
    }
  });

  it('never sends a key a person typed back in an error, only field names', () => {
    const parsed = methods['intake.save'].input.safeParse({
      caseId: 'c',
      firstContactDate: '2026-12-01',
      answers: { 'Nama ibu Siti Aminah': 42 },
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const paths = Object.keys(fieldProblems(parsed.error)).join(' ');
    expect(paths).not.toContain('Siti');
  });
});
