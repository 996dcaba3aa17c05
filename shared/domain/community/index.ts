export {
  CommunityActivity,
  CommunityActivityFields,
  PeopleReached,
  SocialMapping,
} from './activity';
export { areaName, AreaFields, CommunityArea, NeighbourhoodNumber } from './area';
export {
  countActivities,
  inRange,
  totalsBy,
  type CommunityCount,
  type CountOptions,
  type CountTotal,
} from './counts';
export { COMMUNITY_ACTIVITY_KIND_LABELS, CommunityActivityKind } from './kinds';
