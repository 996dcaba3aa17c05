import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDate, IsoDateTime, RecordId, RequiredText } from '../primitives';
import { Nik } from '../sessions/case-meta';

/**
 * A member of the client's household (issue #13, item 3). Jakarta's social workers accompany
 * survivors *and their families* — daily needs, health, the kelurahan (seed 002) — so the people
 * at home are recorded too, under aliases, like the client.
 */
export const HouseholdRelation = z.enum([
  'parent',
  'child',
  'spouse',
  'sibling',
  'grandparent',
  'relative',
  'other',
]);
export type HouseholdRelation = z.infer<typeof HouseholdRelation>;

export const HOUSEHOLD_RELATION_LABELS: Record<HouseholdRelation, Label> = {
  parent: { id: 'Orang tua', en: 'Parent' },
  child: { id: 'Anak', en: 'Child' },
  spouse: { id: 'Suami/istri', en: 'Spouse' },
  sibling: { id: 'Saudara kandung', en: 'Sibling' },
  grandparent: { id: 'Kakek/nenek', en: 'Grandparent' },
  relative: { id: 'Kerabat lain', en: 'Other relative' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** The needs seed 002 names for the families it accompanies. */
export const HouseholdNeed = z.enum(['dailyNeeds', 'health', 'schooling', 'documents']);
export type HouseholdNeed = z.infer<typeof HouseholdNeed>;

export const HOUSEHOLD_NEED_LABELS: Record<HouseholdNeed, Label> = {
  dailyNeeds: { id: 'Kebutuhan sehari-hari', en: 'Daily needs' },
  health: { id: 'Kesehatan', en: 'Health' },
  schooling: { id: 'Sekolah', en: 'Schooling' },
  documents: { id: 'Dokumen kependudukan', en: 'Identity documents' },
};

export const MEMBER_ALIAS_MAX = 200;
export const MEMBER_NOTE_MAX = 5000;

/**
 * Identifying details of a member: every field optional, kept in the case's encrypted document
 * exactly as the client's own (CaseIdentifying), never in the index or a log.
 */
export const MemberIdentifying = z.object({
  name: z.string().trim().min(1).max(300).optional(),
  birthDate: IsoDate.optional(),
  nik: Nik.optional(),
});
export type MemberIdentifying = z.infer<typeof MemberIdentifying>;

const unique = <T>(list: readonly T[]): boolean => new Set(list).size === list.length;

/** What a person sets about a member; each is a conflict-keeping field in the document. */
export const MemberFields = z.object({
  alias: RequiredText.max(MEMBER_ALIAS_MAX),
  relation: HouseholdRelation,
  needs: z.array(HouseholdNeed).refine(unique, { message: 'each need once' }),
  needsNote: z.string().max(MEMBER_NOTE_MAX),
  identifying: MemberIdentifying.optional(),
});
export type MemberFields = z.infer<typeof MemberFields>;

/** Who removed a member, and when; the member's data stays, so a removal can be undone. */
export const MemberRemoval = z.object({ by: ActorId, at: IsoDateTime });
export type MemberRemoval = z.infer<typeof MemberRemoval>;

export const HouseholdMember = MemberFields.extend({
  id: RecordId,
  addedBy: ActorId,
  addedAt: IsoDateTime,
  updatedBy: ActorId,
  updatedAt: IsoDateTime,
  removed: MemberRemoval.nullable(),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/** The fields kept as conflict-keeping registers, in the order the UI shows them. */
export const MemberField = z.enum([
  'alias',
  'relation',
  'needs',
  'needsNote',
  'identifying',
  'removed',
]);
export type MemberField = z.infer<typeof MemberField>;

/** The schema each field's value meets (a removed identifying block is `null`). */
export const MEMBER_FIELD_VALUES: Record<MemberField, z.ZodType> = {
  alias: MemberFields.shape.alias,
  relation: HouseholdRelation,
  needs: MemberFields.shape.needs,
  needsNote: MemberFields.shape.needsNote,
  identifying: MemberIdentifying.nullable(),
  removed: MemberRemoval.nullable(),
};

/** Member ids a session, referral or outreach names ("who was present / for whom"). */
export const HouseholdMemberIds = z
  .array(RecordId)
  .max(50)
  .refine(unique, { message: 'each member once' });
export type HouseholdMemberIds = z.infer<typeof HouseholdMemberIds>;

/** Identifying details with the empty fields dropped; `undefined` when nothing is left. */
export function cleanMemberIdentifying(
  identifying: MemberIdentifying | undefined,
): MemberIdentifying | undefined {
  if (!identifying) return undefined;
  const out: MemberIdentifying = {};
  if (identifying.name?.trim()) out.name = identifying.name.trim();
  if (identifying.birthDate) out.birthDate = identifying.birthDate;
  if (identifying.nik) out.nik = identifying.nik;
  return Object.keys(out).length > 0 ? out : undefined;
}
