import { toHex } from '../../../shared/encoding/hex';
import type { RosterMember } from '../../../shared/sync/roster';

export interface KeyShare {
  scopeId: string;
  keyId: string;
  memberNo: number;
}

export interface KeySharingInput {
  /** The verified roster's current members, or undefined while it cannot be trusted. */
  members: readonly RosterMember[] | undefined;
  /** This account's signing key. */
  self: Uint8Array;
  /** Our role in the team (the team scope's key goes out only from a supervisor). */
  role: 'supervisor' | 'counselor' | undefined;
  teamScope: string | undefined;
  /** Every scope this device holds a key for, with its current key id and whether it is a case. */
  scopes: ReadonlyArray<{ scopeId: string; keyId: string; isCase: boolean }>;
  /** Verified once, but the roster now shows other keys: they get nothing until verified again. */
  keyChanged: (member: RosterMember) => boolean;
  alreadyShared: (share: KeyShare) => boolean;
}

/**
 * Which current keys to seal to whom (issue #10): only to members of a verified, consistent
 * roster, never on the relay's word. Case keys go to the team's supervisors (the relay lets them
 * fetch a counselor's cases; the key lets them read them); the team-wide key goes from a
 * supervisor to every member. Each key id goes to each member once.
 */
export function planKeyShares(input: KeySharingInput): KeyShare[] {
  if (!input.members) return [];
  const me = toHex(input.self);
  const others = input.members.filter(
    (m) => !m.removed && toHex(m.signPk) !== me && !input.keyChanged(m),
  );
  const supervisors = others.filter((m) => m.role === 'supervisor');
  const out: KeyShare[] = [];
  for (const { scopeId, keyId, isCase } of input.scopes) {
    const isTeamScope = scopeId === input.teamScope;
    if (isTeamScope ? input.role !== 'supervisor' : !isCase) continue;
    for (const m of isTeamScope ? others : supervisors) {
      const share = { scopeId, keyId, memberNo: m.memberNo };
      if (!input.alreadyShared(share)) out.push(share);
    }
  }
  return out;
}
