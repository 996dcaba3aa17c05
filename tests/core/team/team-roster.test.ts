import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import type { SyncClient } from '../../../electron/core/sync';
import { TeamDocument } from '../../../electron/core/team/team-document';
import { TeamRoster } from '../../../electron/core/team/team-roster';
import { initSodium, sodium } from '../../../shared/crypto/sodium';
import type { MemberInfo } from '../../../shared/sync';
import { computeJoinMac } from '../../../shared/sync/identity';

beforeAll(async () => {
  await initSodium();
});

function roster(now: number): { roster: TeamRoster; team: TeamDocument } {
  const doc = new Y.Doc();
  const team = new TeamDocument(doc);
  const sign = sodium().crypto_sign_keypair();
  const box = sodium().crypto_box_keypair();
  const r = new TeamRoster({
    teamId: new Uint8Array(16).fill(1),
    memberNo: 1,
    secrets: {
      signKeyPair: sign,
      boxKeyPair: box,
    },
    anchor: sign.publicKey,
    team: () => team,
    editTeam: (edit) => doc.transact(() => edit(team)),
    nowSeconds: () => now,
    log: silentLogger(),
  });
  return { roster: r, team };
}

const noRelay = { members: () => [] } as unknown as SyncClient;

describe("the inviter's device and its invites", () => {
  it("keeps an invite's secret until it expires, then forgets it (a tampered one stays shown)", async () => {
    const now = 1_800_000_000;
    const { roster: r, team } = roster(now);
    const id = (n: number): Uint8Array => new Uint8Array(16).fill(n);
    r.rememberInvite(id(1), new Uint8Array(32).fill(7), 'counselor', now + 3600);
    r.rememberInvite(id(2), new Uint8Array(32).fill(8), 'counselor', now - 3 * 86400);
    r.rememberInvite(id(3), new Uint8Array(32).fill(9), 'supervisor', now - 3 * 86400);
    const tampered = team.invites().find((i) => i.role === 'supervisor');
    if (tampered) team.keepInvite(tampered.inviteId, { ...tampered, tampered: true });
    await r.tend(noRelay);
    expect(
      team
        .invites()
        .map((i) => i.role)
        .sort(),
    ).toEqual(['counselor', 'supervisor']);
    expect(team.invites().find((i) => i.role === 'counselor')?.expiresAt).toBe(now + 3600);
  });
});

const TEAM = new Uint8Array(16).fill(1);

/**
 * A relay as TeamRoster sees it: it says the log is empty, lists `joiners` as members, and
 * takes every roster event it is sent (kept in `appended`).
 */
function relayListing(joiners: MemberInfo[]): { client: SyncClient; appended: Uint8Array[] } {
  const appended: Uint8Array[] = [];
  const client = {
    members: () => joiners,
    appendRoster: async (_index: number, event: Uint8Array) => {
      appended.push(event);
      return 0;
    },
  } as unknown as SyncClient;
  return { client, appended };
}

function joiner(memberNo: number, inviteId: Uint8Array, secret: Uint8Array, lie = false) {
  const signPk = sodium().crypto_sign_keypair().publicKey;
  const boxPk = sodium().crypto_box_keypair().publicKey;
  const joinMac = computeJoinMac(secret, { teamId: TEAM, inviteId, signPk, boxPk });
  // A lying relay shows its own box key beside the MAC the joiner made over theirs.
  const shown = lie ? sodium().crypto_box_keypair().publicKey : boxPk;
  return {
    memberNo,
    role: 'counselor' as const,
    signPk,
    boxPk: shown,
    inviteId,
    joinMac,
    removed: false,
  };
}

describe('adding joiners to the signed roster', () => {
  it('adds a joiner whose keys the kept invite secret vouches for, with the role the inviter chose', async () => {
    const { roster: r, team } = roster(1_800_000_000);
    const inviteId = new Uint8Array(16).fill(4);
    const secret = new Uint8Array(32).fill(5);
    r.rememberInvite(inviteId, secret, 'supervisor', 1_800_003_600);
    const { client, appended } = relayListing([joiner(2, inviteId, secret)]);
    r.receive({ from: 0, total: 0, events: [] });
    await r.tend(client);
    expect(appended).toHaveLength(2); // the genesis, then the joiner
    expect(r.keeper.member(2)?.role).toBe('supervisor');
    expect(team.invites()).toEqual([]);
  });

  it('adds nobody whose keys the relay swapped, and marks the invite as tampered', async () => {
    const { roster: r, team } = roster(1_800_000_000);
    const inviteId = new Uint8Array(16).fill(4);
    const secret = new Uint8Array(32).fill(5);
    r.rememberInvite(inviteId, secret, 'counselor', 1_800_003_600);
    const { client, appended } = relayListing([joiner(2, inviteId, secret, true)]);
    r.receive({ from: 0, total: 0, events: [] });
    await r.tend(client);
    expect(appended).toHaveLength(1); // the genesis only
    expect(r.keeper.member(2)).toBeUndefined();
    expect(team.invites()[0]?.tampered).toBe(true);
  });

  it('adds nobody who redeems a cancelled invite', async () => {
    const { roster: r, team } = roster(1_800_000_000);
    const inviteId = new Uint8Array(16).fill(4);
    const secret = new Uint8Array(32).fill(5);
    r.rememberInvite(inviteId, secret, 'counselor', 1_800_003_600);
    const cancelled = team.invites()[0]?.inviteId as string;
    team.forgetInvite(cancelled);
    const { client, appended } = relayListing([joiner(2, inviteId, secret)]);
    r.receive({ from: 0, total: 0, events: [] });
    await r.tend(client);
    expect(appended).toHaveLength(1);
    expect(r.keeper.member(2)).toBeUndefined();
  });
});
