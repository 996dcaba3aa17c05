import { toHex } from '../../../shared/encoding/hex';
import type { KeyCustody } from '../keys/key-custody';
import { isRecordScope } from '../records/group-scope';
import type { SyncClient } from '../sync';
import { escrowKeys } from './key-escrow';
import { planKeyShares } from './key-sharing';
import { verificationOf } from './member-trust';
import type { TeamAccess } from './team-access';
import { teamScopeId } from './team-enrollment';
import type { TeamRoster } from './team-roster';

/** Which keys this device seals to which members (key-sharing.ts plans it), and when. */
export class KeyDistribution {
  /** Sealing a key changes the client's status, whose listener shares keys again: not meanwhile. */
  private sharing = false;

  constructor(
    private readonly access: TeamAccess,
    private readonly custody: () => KeyCustody | undefined,
  ) {}

  /**
   * Every case key this device holds is sealed to each supervisor once (per key id): the server
   * lets supervisors fetch a counselor's cases, and the key lets them read what they fetch.
   * Supervisors' keys are the ones the relay lists; their fingerprints are on the Sync screen.
   */
  shareWithSupervisors(): void {
    const client = this.access.client();
    const keeper = this.access.roster()?.keeper;
    if (!client || !keeper || this.sharing) return;
    const team = this.access.team();
    const enrollment = team.enrollment();
    const teamScope = enrollment ? teamScopeId(enrollment) : undefined;
    const { keyring, store } = this.access.records;
    const todo = planKeyShares({
      members: keeper.sharingAllowed() ? keeper.verified().current() : undefined,
      self: this.access.secrets.signKeyPair.publicKey,
      role: enrollment?.role,
      teamScope,
      scopes: keyring.scopes().map((scopeId) => ({
        scopeId,
        keyId: keyring.currentKeyOf(scopeId).keyId,
        // A group session's key travels as a case's does (records/group-scope.ts).
        isCase: isRecordScope(store, scopeId),
      })),
      keyChanged: (m) => verificationOf(team, m).keyChanged,
      alreadyShared: (x) => team.keyShared(x.scopeId, x.keyId, x.memberNo),
    });
    if (!keeper.sharingAllowed()) return;
    this.sharing = true;
    try {
      for (const { scopeId, keyId, memberNo } of todo) {
        const envelope = keyring.envelopeKeyOf(scopeId, keyId);
        if (envelope) client.shareKey(envelope, memberNo);
      }
      // Every key is also sealed to this device itself, so backups can leave it out.
      const self = keeper.verified().memberBySignPk(this.access.secrets.signKeyPair.publicKey);
      const own = { selfNo: self?.removed ? undefined : self?.memberNo, teamScope };
      const sent = (scope: string, key: string, m: number): boolean =>
        team.keyShared(scope, key, m);
      const custody = this.custody();
      if (custody) todo.push(...escrowKeys(client, this.access.records, custody, own, sent));
      if (todo.length > 0) {
        this.access.editTeam((t) =>
          todo.forEach((x) => t.markKeyShared(x.scopeId, x.keyId, x.memberNo)),
        );
      }
    } finally {
      this.sharing = false;
    }
  }

  /**
   * After `memberNo` is removed, every case key this device holds is rotated, so what is written
   * next is sealed under keys they never had, and the new key is sealed to the case's other
   * readers. The team-wide key rotates too; shareWithSupervisors sends it to every member left.
   */
  rotateAfterRemoval(client: SyncClient, roster: TeamRoster, memberNo: number): void {
    const { keyring, store } = this.access.records;
    const enrollment = this.access.team().enrollment();
    const teamScope = enrollment && teamScopeId(enrollment);
    if (teamScope && keyring.keyIdsOf(teamScope).length > 0) keyring.rotate(teamScope);
    const scopes = new Map(client.scopes().map((s) => [s.scopeId, s]));
    for (const scopeId of keyring.scopes()) {
      if (!isRecordScope(store, scopeId)) continue;
      const envelope = keyring.envelopeKeyOf(scopeId, keyring.rotate(scopeId));
      const scope = scopes.get(scopeId);
      const readers = new Set([...(scope ? [scope.owner, ...scope.members] : [])]);
      const me = toHex(this.access.secrets.signKeyPair.publicKey);
      for (const m of roster.keeper.verified().current()) {
        if (m.memberNo === memberNo || toHex(m.signPk) === me) continue;
        if (readers.has(m.memberNo) && envelope) client.shareKey(envelope, m.memberNo);
      }
    }
  }
}
