import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../electron/core/log';
import type { SyncClient } from '../../../electron/core/sync';
import { TeamDocument } from '../../../electron/core/team/team-document';
import { TeamRoster } from '../../../electron/core/team/team-roster';
import { initSodium, sodium } from '../../../shared/crypto/sodium';

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
