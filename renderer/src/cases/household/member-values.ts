import type { HouseholdMember, HouseholdNeed, HouseholdRelation } from '../../../../shared/domain';

/** What the member form holds while a person types. */
export interface MemberValues {
  alias: string;
  relation: HouseholdRelation;
  needs: HouseholdNeed[];
  needsNote: string;
  name: string;
  birthDate: string;
  nik: string;
}

export const EMPTY_MEMBER: MemberValues = {
  alias: '',
  relation: 'child',
  needs: [],
  needsNote: '',
  name: '',
  birthDate: '',
  nik: '',
};

export function memberValues(member: HouseholdMember): MemberValues {
  return {
    alias: member.alias,
    relation: member.relation,
    needs: member.needs,
    needsNote: member.needsNote,
    name: member.identifying?.name ?? '',
    birthDate: member.identifying?.birthDate ?? '',
    nik: member.identifying?.nik ?? '',
  };
}

/** The fields as the API takes them; an empty identifying block clears the details. */
export function memberInput(v: MemberValues) {
  return {
    alias: v.alias.trim(),
    relation: v.relation,
    needs: v.needs,
    needsNote: v.needsNote.trim(),
    identifying: {
      ...(v.name.trim() ? { name: v.name.trim() } : {}),
      ...(v.birthDate ? { birthDate: v.birthDate } : {}),
      ...(v.nik.trim() ? { nik: v.nik.trim() } : {}),
    },
  };
}
