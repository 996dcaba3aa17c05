import type { TeamMember } from '../../../shared/api/sync';
import type { MemberInfo } from '../../../shared/sync';
import { toHex } from '../../../shared/encoding/hex';
import { keyFingerprint, safetyNumber } from '../../../shared/sync/identity';
import type { RosterMember } from '../../../shared/sync/roster';
import { actorIdOf } from '../keys/actor-id';
import type { TeamDocument } from './team-document';

type Keys = { signPk: Uint8Array; boxPk: Uint8Array };

const keysOf = (m: Keys): string => `${toHex(m.signPk)}:${toHex(m.boxPk)}`;

/**
 * Whether this device marked the member verified after comparing safety numbers, and whether
 * the roster now shows other keys than the ones it verified (then nothing is shared with them).
 */
export function verificationOf(
  team: TeamDocument,
  m: RosterMember,
): { verified: boolean; keyChanged: boolean } {
  const seen = team.verifiedKeys(m.memberNo);
  if (seen === undefined) return { verified: false, keyChanged: false };
  const same = seen === keysOf(m);
  return { verified: same, keyChanged: !same };
}

export function markVerified(team: TeamDocument, m: RosterMember, verified: boolean): void {
  team.setVerified(m.memberNo, verified ? keysOf(m) : undefined);
}

/** The members as the Sync screen shows them: from the signed roster, with safety numbers. */
export function memberViews(
  team: TeamDocument,
  members: readonly RosterMember[],
  self: Keys,
  names: Map<string, string>,
): TeamMember[] {
  const me = toHex(self.signPk);
  return members.map((m) => {
    const isMe = toHex(m.signPk) === me;
    return {
      memberNo: m.memberNo,
      role: m.role,
      fingerprint: keyFingerprint(m.signPk, m.boxPk),
      actorId: actorIdOf(m.signPk),
      me: isMe,
      removed: m.removed,
      displayName: names.get(toHex(m.signPk)),
      ...(isMe ? {} : { safetyNumber: safetyNumber(self, m) }),
      ...verificationOf(team, m),
    };
  });
}

/** Members the relay lists that the signed roster does not hold: being checked, trusted with nothing. */
export function joiningMembers(
  relayList: readonly MemberInfo[],
  verified: readonly RosterMember[],
): Array<{ memberNo: number; role: MemberInfo['role'] }> {
  const known = new Set(verified.map((m) => m.memberNo));
  return relayList
    .filter((m) => !m.removed && !known.has(m.memberNo))
    .map((m) => ({ memberNo: m.memberNo, role: m.role }));
}
