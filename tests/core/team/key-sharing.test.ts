import { beforeAll, describe, expect, it } from 'vitest';
import { planKeyShares, type KeySharingInput } from '../../../electron/core/team/key-sharing';
import { initSodium } from '../../../shared/crypto/sodium';
import type { RosterMember } from '../../../shared/sync/roster';

const key = (n: number): Uint8Array => new Uint8Array(32).fill(n);

function member(
  memberNo: number,
  role: 'supervisor' | 'counselor',
  over: Partial<RosterMember> = {},
): RosterMember {
  return {
    memberNo,
    role,
    signPk: key(memberNo),
    boxPk: key(100 + memberNo),
    removed: false,
    addedAt: memberNo - 1,
    addedBy: key(1),
    ...over,
  };
}

const team = [member(1, 'supervisor'), member(2, 'counselor'), member(3, 'supervisor')];

function input(over: Partial<KeySharingInput> = {}): KeySharingInput {
  return {
    members: team,
    self: key(2),
    role: 'counselor',
    teamScope: 'team-x',
    scopes: [
      { scopeId: 'case-a', keyId: 'k1', isCase: true },
      { scopeId: 'team-x', keyId: 't1', isCase: false },
      { scopeId: 'other', keyId: 'o1', isCase: false },
    ],
    keyChanged: () => false,
    alreadyShared: () => false,
    ...over,
  };
}

beforeAll(async () => {
  await initSodium();
});

describe('which keys a device seals to whom', () => {
  it('seals a case key to every supervisor of the verified roster, and to nobody else', () => {
    expect(planKeyShares(input())).toEqual([
      { scopeId: 'case-a', keyId: 'k1', memberNo: 1 },
      { scopeId: 'case-a', keyId: 'k1', memberNo: 3 },
    ]);
  });

  it('seals nothing while the roster cannot be trusted', () => {
    expect(planKeyShares(input({ members: undefined }))).toEqual([]);
  });

  it('gives the team-wide key to every other member, only from a supervisor', () => {
    const shares = planKeyShares(input({ self: key(1), role: 'supervisor' }));
    expect(shares.filter((s) => s.scopeId === 'team-x').map((s) => s.memberNo)).toEqual([2, 3]);
  });

  it('leaves out removed members, members whose keys changed since verified, and keys already sent', () => {
    const shares = planKeyShares(
      input({
        members: [
          member(1, 'supervisor', { removed: true }),
          member(2, 'counselor'),
          member(3, 'supervisor'),
        ],
        keyChanged: (m) => m.memberNo === 3,
      }),
    );
    expect(shares).toEqual([]);
    const sent = planKeyShares(input({ alreadyShared: (s) => s.memberNo === 1 }));
    expect(sent).toEqual([{ scopeId: 'case-a', keyId: 'k1', memberNo: 3 }]);
  });
});
