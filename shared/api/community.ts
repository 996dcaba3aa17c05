import { z } from 'zod';
import {
  ActorId,
  AreaFields,
  CommunityActivity,
  CommunityActivityFields,
  CommunityArea,
  IsoDateTime,
  RecordId,
} from '../domain';

/**
 * Community work not tied to one client (issue #13, item 5): areas (kelurahan, RT/RW) and the
 * activities done in them, the team's record. Counts by area and period are computed from the
 * activities with shared/domain/community/counts.ts, on the device, offline.
 */
export const CommunityAreaView = CommunityArea.extend({
  changedBy: ActorId,
  changedAt: IsoDateTime,
});
export type CommunityAreaView = z.infer<typeof CommunityAreaView>;

/**
 * Where the records are: 'alone' (this device's own document), 'waiting' (in a team whose key has
 * not reached this device yet: kept here, sent once it has), 'team' (the team's document).
 */
export const CommunitySharing = z.enum(['alone', 'waiting', 'team']);
export type CommunitySharing = z.infer<typeof CommunitySharing>;

export const CommunityOverview = z.object({
  areas: z.array(CommunityAreaView),
  /** Newest first. */
  activities: z.array(CommunityActivity),
  sharing: CommunitySharing,
});
export type CommunityOverview = z.infer<typeof CommunityOverview>;

export const communityMethods = {
  'community.overview': { input: z.object({}), output: CommunityOverview },
  /** Adds an area, or changes one (any member may correct an area's name). */
  'community.saveArea': {
    input: z.object({ id: RecordId.optional(), area: AreaFields }),
    output: CommunityOverview,
  },
  /** Records an activity, or changes one this person recorded. */
  'community.saveActivity': {
    input: z.object({ id: RecordId.optional(), activity: CommunityActivityFields }),
    output: CommunityOverview,
  },
  /** Removes an activity this person recorded. */
  'community.removeActivity': {
    input: z.object({ id: RecordId }),
    output: CommunityOverview,
  },
} as const;
