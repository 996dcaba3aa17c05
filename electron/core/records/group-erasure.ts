import { groupDocumentId } from './document-ids';
import { GroupDocument } from './group-document';
import { forgetGroupNoteEntry } from './group-search';
import type { RecordsContext } from './records-context';

/**
 * The groups a case takes part in, read from its own sessions before they are shredded (the
 * index may lag behind a session that just arrived).
 */
export function groupsOfCase(ctx: RecordsContext, sessionIds: Iterable<string>): Set<string> {
  const groups = new Set<string>();
  for (const sessionId of sessionIds) {
    try {
      const groupId = ctx.sessionDocument(sessionId).meta()?.groupId;
      if (groupId) groups.add(groupId);
    } catch {
      // not on this device: nothing to leave
    }
  }
  return groups;
}

/**
 * Erasure of a participant's case: their part was a session of the case and is shredded with it;
 * here the case leaves each group's participant list, on a device that can read the group (a
 * supervisor's, or the counselor's who holds every case). The other participants' parts and the
 * shared note stay. The removal syncs like any edit; a device that cannot read the group has
 * nothing of this participant in it to remove.
 */
export function leaveGroups(ctx: RecordsContext, caseId: string, groups: Set<string>): void {
  for (const groupId of groups) {
    forgetGroupNoteEntry(ctx, groupId, caseId);
    const docId = groupDocumentId(groupId);
    if (!ctx.store.documentKind(docId) || !ctx.keyring.scopeOf(docId)) continue;
    ctx.docs.transact(docId, (doc) => new GroupDocument(doc).removeParticipant(caseId));
  }
}
