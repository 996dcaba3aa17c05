import { casesEn } from '../cases/en';
import { attachmentsEn } from '../attachments/en';
import { sessionEn } from '../session/en';
import { syncEn } from '../sync/en';
import { reviewEn } from '../review/en';
import { erasureEn } from '../erasure/en';
import { inboxEn } from '../inbox/en';
import { wellbeingEn } from '../wellbeing/en';
import { groupsEn } from '../groups/en';
import { householdEn } from '../household/en';
import { communityEn } from '../community/en';
import { libraryEn } from '../library/en';
import { followUpsEn } from '../follow-ups/en';
import { exportsEn } from '../exports/en';
import type { WorkspaceCatalog } from './id';

export const workspaceEn: WorkspaceCatalog = {
  cases: casesEn,
  session: sessionEn,
  sync: syncEn,
  review: reviewEn,
  erasure: erasureEn,
  inbox: inboxEn,
  wellbeing: wellbeingEn,
  groups: groupsEn,
  household: householdEn,
  community: communityEn,
  library: libraryEn,
  attachments: attachmentsEn,
  followUps: followUpsEn,
  exports: exportsEn,
};
