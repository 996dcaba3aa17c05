import { z } from 'zod';
import {
  ActorId,
  HouseholdMember,
  HouseholdNeed,
  HouseholdRelation,
  IsoDate,
  IsoDateTime,
  MEMBER_ALIAS_MAX,
  MEMBER_NOTE_MAX,
  MemberField,
  MemberIdentifying,
  RecordId,
  RequiredText,
} from '../domain';
import { localDay, systemClock } from '../clock';

/**
 * The client's household (issue #13, item 3): members under aliases with their relation and
 * needs, identifying details optional, all in the case's encrypted document. Each field a person
 * sets is kept as a conflict-keeping register: two values set apart are both kept, with who and
 * when, until a person chooses; a removal never drops a member's data (it can be undone).
 */
export const MemberFieldVersion = z.object({ value: z.json(), by: ActorId, at: IsoDateTime });
export type MemberFieldVersion = z.infer<typeof MemberFieldVersion>;

export const MemberConflict = z.object({
  field: MemberField,
  /** Newest first; at least two different values. */
  versions: z.array(MemberFieldVersion),
});
export type MemberConflict = z.infer<typeof MemberConflict>;

export const HouseholdMemberView = z.object({
  member: HouseholdMember,
  conflicts: z.array(MemberConflict),
  /** Removed, yet someone changed it after the removal (apart, unaware): shown, not hidden. */
  changedAfterRemoval: z.boolean(),
});
export type HouseholdMemberView = z.infer<typeof HouseholdMemberView>;

export const HouseholdView = z.object({
  /** In the order they were added. */
  members: z.array(HouseholdMemberView),
  /** Removed members keep their data and can be restored; sessions that name them still do. */
  removed: z.array(HouseholdMemberView),
});
export type HouseholdView = z.infer<typeof HouseholdView>;

const Alias = RequiredText.max(MEMBER_ALIAS_MAX);
const Needs = z.array(HouseholdNeed).max(HouseholdNeed.options.length);
const NeedsNote = z.string().trim().max(MEMBER_NOTE_MAX);
const CaseMember = z.object({ caseId: RecordId, memberId: RecordId });

/**
 * Identifying details as a person enters them: a birth date is not after today, the device's
 * own day (the form's rule, now the core's too). Only on the way in: a stored date is never
 * refused later because a clock was wrong when it was written.
 */
const EnteredIdentifying = MemberIdentifying.extend({
  birthDate: IsoDate.refine(
    (day) => day <= localDay(systemClock.now()),
    'household.validation.birthDate',
  ).optional(),
});

export const householdMethods = {
  'household.list': { input: z.object({ caseId: RecordId }), output: HouseholdView },
  'household.add': {
    input: z.object({
      caseId: RecordId,
      alias: Alias,
      relation: HouseholdRelation,
      needs: Needs.default([]),
      needsNote: NeedsNote.default(''),
      identifying: EnteredIdentifying.optional(),
    }),
    output: HouseholdView,
  },
  /** Changes what is given; `identifying: {}` clears the identifying details. */
  'household.update': {
    input: CaseMember.extend({
      alias: Alias.optional(),
      relation: HouseholdRelation.optional(),
      needs: Needs.optional(),
      needsNote: NeedsNote.optional(),
      identifying: EnteredIdentifying.optional(),
    }),
    output: HouseholdView,
  },
  /** Removes the member from the household list (their data stays, restorable). */
  'household.remove': { input: CaseMember, output: HouseholdView },
  'household.restore': { input: CaseMember, output: HouseholdView },
  /** A person's choice between the values kept for one field of a member. */
  'household.resolveConflict': {
    input: CaseMember.extend({ field: MemberField, value: z.json() }),
    output: HouseholdView,
  },
} as const;
