import { describe, expect, it } from 'vitest';
import {
  cleanMemberIdentifying,
  HOUSEHOLD_NEED_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  HouseholdMemberIds,
  HouseholdNeed,
  HouseholdRelation,
  MemberFields,
  MemberIdentifying,
} from '../../../shared/domain';

describe('household members in the domain', () => {
  it('names every relation and need in Bahasa Indonesia and English', () => {
    for (const r of HouseholdRelation.options) {
      expect(HOUSEHOLD_RELATION_LABELS[r].id).toBeTruthy();
      expect(HOUSEHOLD_RELATION_LABELS[r].en).toBeTruthy();
    }
    for (const n of HouseholdNeed.options) {
      expect(HOUSEHOLD_NEED_LABELS[n].id).toBeTruthy();
      expect(HOUSEHOLD_NEED_LABELS[n].en).toBeTruthy();
    }
  });

  it('refuses a need twice, an empty alias and a NIK that is not 16 digits, naming the field', () => {
    const base = { alias: 'Adik', relation: 'child', needs: [], needsNote: '' };
    expect(MemberFields.safeParse(base).success).toBe(true);
    const twice = MemberFields.safeParse({ ...base, needs: ['health', 'health'] });
    expect(twice.error?.issues[0]?.path).toEqual(['needs']);
    expect(MemberFields.safeParse({ ...base, alias: '  ' }).error?.issues[0]?.path).toEqual([
      'alias',
    ]);
    expect(MemberIdentifying.safeParse({ nik: '12345' }).success).toBe(false);
    expect(MemberIdentifying.safeParse({ birthDate: '2015-02-30' }).success).toBe(false);
  });

  it('names each member once in a session, referral or outreach', () => {
    expect(HouseholdMemberIds.safeParse(['a', 'b']).success).toBe(true);
    expect(HouseholdMemberIds.safeParse(['a', 'a']).success).toBe(false);
  });

  it('keeps only the identifying details given; none at all is no block', () => {
    expect(cleanMemberIdentifying({ name: '  ' })).toBeUndefined();
    expect(cleanMemberIdentifying({ name: ' Sari ', birthDate: '2010-01-01' })).toEqual({
      name: 'Sari',
      birthDate: '2010-01-01',
    });
  });
});
