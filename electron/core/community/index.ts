export {
  COMMUNITY_DOCUMENT,
  COMMUNITY_KIND,
  CommunityService,
  teamCommunityDocumentId,
  type TeamForCommunity,
} from './community-service';
export { readCommunity, activityIdFor } from './community-records';
export { signEntry, writeEntry, SignedEntry, entriesOf } from './signed-entries';
