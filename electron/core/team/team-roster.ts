import type { Role } from '../../../shared/sync';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sameBytes, verifyJoin } from '../../../shared/sync/identity';
import { signRosterEvent, type RosterChange } from '../../../shared/sync/roster';
import type { Logger } from '../log';
import type { SyncClient } from '../sync';
import type { AccountSecrets } from '../vault';
import { RosterKeeper } from './roster-keeper';
import type { TeamDocument } from './team-document';

export interface TeamRosterDeps {
  teamId: Uint8Array;
  memberNo: number;
  secrets: Pick<AccountSecrets, 'signKeyPair' | 'boxKeyPair'>;
  anchor: Uint8Array;
  team: () => TeamDocument;
  editTeam: (edit: (team: TeamDocument) => void) => void;
  nowSeconds: () => number;
  log: Logger;
}

/**
 * This device's part in the signed roster: it keeps and verifies the log (RosterKeeper), writes
 * the genesis when it founded the team, and, as a supervisor, adds the members who joined with
 * its invites once their keys check out against the invite's secret (verifyJoin), and signs
 * removals. Every event goes to the relay with the index it must take; a conflict means another
 * supervisor wrote first, and the next round tries again on the longer log.
 */
export class TeamRoster {
  readonly keeper: RosterKeeper;
  private relayLength = -1;
  private busy = false;
  private again = false;

  constructor(private readonly deps: TeamRosterDeps) {
    this.keeper = new RosterKeeper(
      deps.teamId,
      { signPk: deps.secrets.signKeyPair.publicKey, boxPk: deps.secrets.boxKeyPair.publicKey },
      deps.anchor,
      {
        load: () => deps.team().rosterEvents(),
        append: (events) => deps.editTeam((t) => t.appendRosterEvents(events)),
        forkAt: () => deps.team().rosterForkAt(),
        markFork: (index) => deps.editTeam((t) => t.markRosterFork(index)),
      },
    );
  }

  /** A `roster` frame from the relay; true when what this device trusts changed. */
  receive(frame: { from: number; total: number; events: Uint8Array[] }): boolean {
    this.relayLength = frame.total;
    const changed = this.keeper.receive(frame);
    if (this.keeper.trust().state !== 'verified' && this.keeper.trust().state !== 'waiting') {
      this.deps.log.warn(
        { trust: this.keeper.trust().state },
        'the relay served a roster this device cannot accept',
      );
    }
    return changed;
  }

  /** After a fork was resolved in person: forget the kept log and verify the relay's anew. */
  startOver(client: SyncClient | undefined): void {
    this.deps.editTeam((t) => t.resetRoster());
    this.keeper.reset();
    this.relayLength = -1;
    void client?.pullRoster().catch(() => undefined);
  }

  /** Keeps an invite's secret until its joiner is checked and added (or the invite expires). */
  rememberInvite(inviteId: Uint8Array, secret: Uint8Array, role: Role, expiresAt: number): void {
    this.deps.editTeam((t) =>
      t.keepInvite(toHex(inviteId), { secret: toHex(secret), role, expiresAt }),
    );
  }

  /**
   * One round of roster work, after the relay said something new: the founder's genesis, then
   * the joiners this device invited. Returns whether the roster changed.
   */
  async tend(client: SyncClient): Promise<boolean> {
    // One round at a time; news that arrives during a round asks for one more after it.
    if (this.busy) {
      this.again = true;
      return false;
    }
    this.busy = true;
    let changed = false;
    try {
      this.forgetExpiredInvites();
      do {
        this.again = false;
        if (await this.writeGenesis(client)) changed = true;
        if (await this.addJoiners(client)) changed = true;
      } while (this.again);
      return changed;
    } finally {
      this.busy = false;
    }
  }

  /**
   * An invite past its expiry cannot be redeemed (the relay refuses it): its secret has no use
   * left, so it is forgotten. A day's grace covers a join the relay took just before expiry.
   */
  private forgetExpiredInvites(): void {
    const cutoff = this.deps.nowSeconds() - 24 * 3600;
    const expired = this.deps
      .team()
      .invites()
      .filter((i) => i.expiresAt < cutoff && !i.tampered);
    if (expired.length === 0) return;
    this.deps.editTeam((t) => expired.forEach((i) => t.forgetInvite(i.inviteId)));
  }

  /** A supervisor removes a member by a signed event; the relay ends their access on it. */
  async remove(client: SyncClient, memberNo: number): Promise<boolean> {
    // Whatever of theirs the relay numbers after what this device has reached is refused.
    return this.append(client, { type: 'remove', memberNo, afterSeq: client.cursor });
  }

  private async writeGenesis(client: SyncClient): Promise<boolean> {
    const { signKeyPair, boxKeyPair } = this.deps.secrets;
    const founder = sameBytes(this.deps.anchor, signKeyPair.publicKey);
    // Only on a relay that says it has no roster yet, and only before we hold one.
    if (!founder || this.relayLength !== 0 || this.keeper.heldLength() > 0) return false;
    return this.append(client, {
      type: 'genesis',
      member: {
        memberNo: this.deps.memberNo,
        role: 'supervisor',
        signPk: signKeyPair.publicKey,
        boxPk: boxKeyPair.publicKey,
      },
    });
  }

  private async addJoiners(client: SyncClient): Promise<boolean> {
    const roster = this.keeper.verified();
    if (!this.keeper.sharingAllowed()) return false;
    if (!roster.isCurrentSupervisor(this.deps.secrets.signKeyPair.publicKey)) return false;
    let added = false;
    for (const claimed of client.members()) {
      if (claimed.removed || roster.member(claimed.memberNo)) continue;
      const inviteId = toHex(claimed.inviteId);
      const invite = this.deps.team().invite(inviteId);
      if (!invite || invite.tampered) continue;
      if (roster.memberBySignPk(claimed.signPk)) {
        this.deps.editTeam((t) => t.forgetInvite(inviteId));
        continue;
      }
      if (!verifyJoin(fromHex(invite.secret), this.deps.teamId, claimed)) {
        // The relay shows keys the joiner did not MAC: a substitution. Nothing is added.
        this.deps.log.warn(
          { member: claimed.memberNo },
          'a joiner whose keys the invite does not vouch for',
        );
        this.deps.editTeam((t) => t.keepInvite(inviteId, { ...invite, tampered: true }));
        continue;
      }
      const ok = await this.append(client, {
        type: 'add',
        member: {
          memberNo: claimed.memberNo,
          role: invite.role,
          signPk: claimed.signPk,
          boxPk: claimed.boxPk,
        },
        inviteId: claimed.inviteId,
      });
      if (!ok) break;
      this.deps.editTeam((t) => t.forgetInvite(inviteId));
      added = true;
    }
    return added;
  }

  private async append(client: SyncClient, change: RosterChange): Promise<boolean> {
    const { index, prev } = this.keeper.next();
    const bytes = signRosterEvent(
      { teamId: this.deps.teamId, index, prev, at: this.deps.nowSeconds(), change },
      this.deps.secrets.signKeyPair,
    );
    const code = await client.appendRoster(index, bytes);
    if (code !== 0) {
      this.deps.log.info({ code, index }, 'roster event not appended; will try again');
      return false;
    }
    this.keeper.appended(index, bytes);
    return true;
  }
}
