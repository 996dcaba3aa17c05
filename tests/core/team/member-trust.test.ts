import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { markVerified, verificationOf } from '../../../electron/core/team/member-trust';
import { TeamDocument } from '../../../electron/core/team/team-document';
import { initSodium } from '../../../shared/crypto/sodium';
import type { RosterMember } from '../../../shared/sync/roster';

beforeAll(async () => {
  await initSodium();
});

const member = (boxByte: number): RosterMember => ({
  memberNo: 2,
  role: 'counselor',
  signPk: new Uint8Array(32).fill(2),
  boxPk: new Uint8Array(32).fill(boxByte),
  removed: false,
  addedAt: 1,
  addedBy: new Uint8Array(32).fill(1),
});

describe('a member marked verified after comparing safety numbers', () => {
  it('stays verified while the roster shows the keys that were compared', () => {
    const team = new TeamDocument(new Y.Doc());
    expect(verificationOf(team, member(3))).toEqual({ verified: false, keyChanged: false });
    markVerified(team, member(3), true);
    expect(verificationOf(team, member(3))).toEqual({ verified: true, keyChanged: false });
  });

  it('is shown as changed, and no longer verified, when the roster shows other keys', () => {
    const team = new TeamDocument(new Y.Doc());
    markVerified(team, member(3), true);
    expect(verificationOf(team, member(4))).toEqual({ verified: false, keyChanged: true });
    markVerified(team, member(4), false);
    expect(verificationOf(team, member(4))).toEqual({ verified: false, keyChanged: false });
  });
});
