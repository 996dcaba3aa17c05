import { z } from 'zod';
import { ActorId, IsoDate, IsoDateTime, RecordId } from '../primitives';
import { CommunityActivityKind } from './kinds';

const PEOPLE_WORDS = 'community.errors.people';

/** How many people an activity reached: counts only, never who (the record names no client). */
export const PeopleReached = z.object({
  people: z.number(PEOPLE_WORDS).int(PEOPLE_WORDS).min(0, PEOPLE_WORDS).max(100_000, PEOPLE_WORDS),
  households: z.number().int().min(0).max(100_000).optional(),
});
export type PeopleReached = z.infer<typeof PeopleReached>;

const MappingText = z.string().trim().max(4_000);

/**
 * What a social mapping observed in the area: resources (a posyandu, a mosque's food bank),
 * contacts (the RW head, a kader), needs (clean water, birth certificates). Roles and
 * institutions, not clients.
 */
export const SocialMapping = z.object({
  resources: MappingText,
  contacts: MappingText,
  needs: MappingText,
});
export type SocialMapping = z.infer<typeof SocialMapping>;

/**
 * What a person fills in. A social mapping must say at least one thing it observed; any other
 * kind carries no mapping (it would count as a mapping in no report).
 */
export const CommunityActivityFields = z
  .object({
    areaId: RecordId,
    kind: CommunityActivityKind,
    // IsoDate, with the form's words for a missing date.
    date: z.iso.date('community.errors.date'),
    reached: PeopleReached,
    notes: z.string().trim().max(4_000),
    mapping: SocialMapping.optional(),
  })
  .superRefine((a, ctx) => {
    const observed = a.mapping && (a.mapping.resources || a.mapping.contacts || a.mapping.needs);
    if (a.kind === 'socialMapping' && !observed) {
      ctx.addIssue({
        code: 'custom',
        path: ['mapping', 'resources'],
        message: 'community.errors.mappingNeeded',
      });
    }
    if (a.kind !== 'socialMapping' && a.mapping) {
      ctx.addIssue({ code: 'custom', path: ['mapping'], message: 'mappingOnlyForMapping' });
    }
  });
export type CommunityActivityFields = z.infer<typeof CommunityActivityFields>;

export const CommunityActivity = z.object({
  id: RecordId,
  areaId: RecordId,
  kind: CommunityActivityKind,
  date: IsoDate,
  reached: PeopleReached,
  notes: z.string(),
  mapping: SocialMapping.optional(),
  /** Who recorded it: the signer of the entry, never a claim of the entry itself. */
  recordedBy: ActorId,
  recordedAt: IsoDateTime,
});
export type CommunityActivity = z.infer<typeof CommunityActivity>;
