import { describe, expect, it } from 'vitest';
import { createReferral, type Referral } from '../../../../shared/domain';
import { NoConsentError, referralLetterContent } from '../../../../shared/domain/reports';

const AT = '2026-11-03T10:00:00+07:00';

function referral(consent: { given: boolean; scope: string }): Referral {
  return createReferral(
    {
      id: 'a'.repeat(32),
      caseId: 'b'.repeat(32),
      target: 'healthFacility',
      toWhom: 'Poli Jiwa, Puskesmas Kec. Cengkareng',
      reason: 'Perlu asesmen tatap muka',
      consent: { ...consent, recordedAt: AT, recordedBy: 'c'.repeat(32), method: 'written' },
      followUpDate: '2026-11-10',
    },
    'c'.repeat(32),
    AT,
  );
}

const IDENTIFYING = {
  name: 'Siti Rahmawati',
  phone: '081234567890',
  address: 'Jl. Kapuk Raya 12',
  nik: '3173010101010001',
};

describe('a referral letter', () => {
  it('carries the reason, the consent scope word for word and only the ticked details', () => {
    const letter = referralLetterContent(
      referral({ given: true, scope: 'Nama dan nomor telepon ke Puskesmas' }),
      IDENTIFYING,
      ['phone', 'name'],
    );
    expect(letter.client).toEqual([
      { item: 'name', value: 'Siti Rahmawati' },
      { item: 'phone', value: '081234567890' },
    ]);
    expect(letter.consent.scope).toBe('Nama dan nomor telepon ke Puskesmas');
    expect(JSON.stringify(letter)).not.toContain('3173010101010001');
    expect(JSON.stringify(letter)).not.toContain('Kapuk Raya');
  });

  it('leaves out a ticked detail the case does not hold', () => {
    const letter = referralLetterContent(referral({ given: true, scope: 'Nama' }), { name: ' ' }, [
      'name',
      'nik',
    ]);
    expect(letter.client).toEqual([]);
  });

  it('is refused when the client did not consent, whatever was ticked', () => {
    expect(() =>
      referralLetterContent(referral({ given: false, scope: '' }), IDENTIFYING, ['name']),
    ).toThrow(NoConsentError);
  });
});
