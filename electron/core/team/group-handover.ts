import type { ScopeInfo } from '../../../shared/sync';
import { groupDocumentId } from '../records/document-ids';
import { GroupDocument } from '../records/group-document';
import type { RecordsContext } from '../records/records-context';

/** What carrying a group over needs of the sync client. */
export interface GroupHandoverClient {
  scopes(): ScopeInfo[];
  setScopeMembers(scopeId: string, members: number[], includeSupervisors?: boolean): Promise<void>;
  shareKey(
    envelope: NonNullable<ReturnType<RecordsContext['keyring']['envelopeKeyOf']>>,
    memberNo: number,
  ): void;
}

/** Whether a member reads a case scope on the relay as its owner or one of its listed members. */
function reads(scope: ScopeInfo | undefined, memberNo: number): boolean {
  return scope !== undefined && (scope.owner === memberNo || scope.members.includes(memberNo));
}

/**
 * Whether `memberNo` may read a group's shared part once they hold `caseId`: only if they
 * already hold every other participant's case (docs/security.md, "Group sessions"). The relay's
 * scope list is only a hint of who holds what; it can make this answer no (they read less), and
 * a yes gives them nothing their own cases would not show them but the shared note.
 */
export function holdsEveryOtherCase(
  scopes: readonly ScopeInfo[],
  participantCaseIds: readonly string[],
  caseId: string,
  memberNo: number,
): boolean {
  const byId = new Map(scopes.map((s) => [s.scopeId, s]));
  return participantCaseIds
    .filter((id) => id !== caseId)
    .every((id) => reads(byId.get(id), memberNo));
}

/**
 * A case is handed over (team-sync.ts handOver): its part in each group goes with the case key.
 * The shared part goes too, but only to a counselor who then holds every participant's case:
 * they are added to the group's scope on the relay and every key of its history is sealed to
 * them. Anyone else reads their client's part and not the others'.
 */
export async function carryGroupsOnHandover(
  records: RecordsContext,
  client: GroupHandoverClient,
  caseId: string,
  toMemberNo: number,
): Promise<void> {
  const { keyring, store } = records;
  const groups = new Set(
    records
      .index()
      .sessionsOfCase(caseId)
      .flatMap((s) => (s.groupId ? [s.groupId] : [])),
  );
  const scopes = client.scopes();
  for (const groupId of groups) {
    const docId = groupDocumentId(groupId);
    if (!store.documentKind(docId) || !keyring.scopeOf(docId)) continue;
    const participants = new GroupDocument(records.docs.open(docId))
      .participants()
      .map((p) => p.caseId);
    if (!holdsEveryOtherCase(scopes, participants, caseId, toMemberNo)) continue;
    const current = scopes.find((s) => s.scopeId === groupId)?.members ?? [];
    await client.setScopeMembers(groupId, [...new Set([...current, toMemberNo])], true);
    for (const keyId of keyring.keyIdsOf(groupId)) {
      const envelope = keyring.envelopeKeyOf(groupId, keyId);
      if (envelope) client.shareKey(envelope, toMemberNo);
    }
  }
}
