import { casesId } from '../cases/id';
import { attachmentsId } from '../attachments/id';
import { sessionId } from '../session/id';
import { syncId } from '../sync/id';
import { reviewId } from '../review/id';
import { erasureId } from '../erasure/id';
import { inboxId } from '../inbox/id';
import { wellbeingId } from '../wellbeing/id';
import { groupsId } from '../groups/id';
import { householdId } from '../household/id';
import { communityId } from '../community/id';
import { libraryId } from '../library/id';
import { followUpsId } from '../follow-ups/id';
import { exportsId } from '../exports/id';
import type { Widen } from '../start/id';

/** The words of an unlocked workspace: loaded after the unlock screen shows (../start). */
export const workspaceId = {
  cases: casesId,
  session: sessionId,
  sync: syncId,
  review: reviewId,
  erasure: erasureId,
  inbox: inboxId,
  wellbeing: wellbeingId,
  groups: groupsId,
  household: householdId,
  community: communityId,
  library: libraryId,
  attachments: attachmentsId,
  followUps: followUpsId,
  exports: exportsId,
};

export type WorkspaceCatalog = Widen<typeof workspaceId>;
