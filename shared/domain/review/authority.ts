import { z } from 'zod';

/**
 * Whether a sign-off carries a supervisor's authority (issue #6, "Supervision"). A signature
 * verifies for any Ed25519 key, so who holds the key is decided apart, from what this device
 * knows of its team:
 * - supervisor: a current supervisor of the team (or this account, enrolled as one);
 * - formerSupervisor: a supervisor the team has since removed. The relay lists no removal time,
 *   but it refuses a removed member's uploads, so a sign-off of theirs that reached us was sent
 *   while they were a supervisor; it still counts, and is shown as a former supervisor's;
 * - unverified: the member list is not known (no team on this device, or the relay has not
 *   answered since start, e.g. offline in the field). The sign-off still locks the session and
 *   counts as signed: unlocking a legitimate supervisor's record because the device is offline
 *   would be worse than waiting to learn the member list;
 * - refused: the key is known not to be a supervisor's (a counselor, or no member at all). The
 *   sign-off neither locks the session nor counts as signed; it stays visible, as refused.
 */
export const SignerAuthority = z.enum(['supervisor', 'formerSupervisor', 'unverified', 'refused']);
export type SignerAuthority = z.infer<typeof SignerAuthority>;

export interface RosterMember {
  /** Ed25519 public key, hex. */
  signPublicKey: string;
  role: 'supervisor' | 'counselor';
  removed: boolean;
}

/** What a device knows of its team when it judges a signer. */
export interface TeamKnowledge {
  /** This account's signing key, hex. */
  self: string;
  /** The role this device enrolled with; absent when it is in no team. */
  enrolledAs?: 'supervisor' | 'counselor' | undefined;
  /** The members as the relay last listed them; absent until it has (it is not kept on disk). */
  members?: readonly RosterMember[] | undefined;
}

export const NO_TEAM: TeamKnowledge = { self: '' };

export function signerAuthority(team: TeamKnowledge, signerPublicKey: string): SignerAuthority {
  if (team.members && team.members.length > 0) {
    const member = team.members.find((m) => m.signPublicKey === signerPublicKey);
    if (member?.role !== 'supervisor') return 'refused';
    return member.removed ? 'formerSupervisor' : 'supervisor';
  }
  // Without the member list, only this account's own enrolment is certain.
  if (signerPublicKey === team.self && team.enrolledAs) {
    return team.enrolledAs === 'supervisor' ? 'supervisor' : 'refused';
  }
  return 'unverified';
}

/** A sign-off whose key is not refused locks the session and counts as signed. */
export function carriesAuthority(authority: SignerAuthority): boolean {
  return authority !== 'refused';
}

/** Only a current supervisor signs; the core refuses everyone else before anything is written. */
export function maySign(team: TeamKnowledge): boolean {
  return team.self !== '' && signerAuthority(team, team.self) === 'supervisor';
}
