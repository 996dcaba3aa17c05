import { z } from 'zod';
import { IsoDate, IsoDateTime, RecordId, RequiredText } from '../primitives';
import { HouseholdMemberIds } from '../household/member';
import { OutreachKind } from './kinds';

export const OutreachFollowUp = z.object({
  date: IsoDate,
  note: z.string(),
});
export type OutreachFollowUp = z.infer<typeof OutreachFollowUp>;

/** One piece of outreach work: a date, a kind, a counterpart, an outcome, a follow-up. */
export const OutreachActivity = z.object({
  id: RecordId,
  /** The case it was done for; some outreach (mapping a kelurahan) belongs to no case. */
  caseId: RecordId.optional(),
  date: IsoDate,
  kind: OutreachKind,
  /** Who was reached: "Puskesmas Kec. Cengkareng", "Ketua RW 05". */
  counterpart: RequiredText,
  outcome: z.string(),
  followUp: OutreachFollowUp.optional(),
  createdAt: IsoDateTime,
  /** The household members it was for (issue #13, item 3). */
  householdMemberIds: HouseholdMemberIds.optional(),
});
export type OutreachActivity = z.infer<typeof OutreachActivity>;
