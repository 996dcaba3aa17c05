import { z } from 'zod';

/**
 * Whether a sign-off carries a supervisor's authority (issue #6, "Supervision"). A signature
 * verifies for any Ed25519 key, so who holds the key is decided apart, from what this device
 * knows of its team:
 * - supervisor: a current supervisor of the team (or this account, enrolled as one);
 * - formerSupervisor: a supervisor the signed roster has since removed; the sign-off still
 *   counts, and is shown as a former supervisor's;
 * - unverified: the signer cannot be checked against the team's signed roster, because this
 *   device holds no verified roster (no team, or it joined and the inviter has not yet confirmed
 *   it). The roster is kept on the device, so being offline is no reason. An unverified sign-off
 *   is shown as such and never counts as signed, nor locks the session (issue #10);
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
  /** The members of the verified, signed roster (kept on the device); absent while it has none. */
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

/** Only a sign-off checked against the signed roster locks the session and counts as signed. */
export function carriesAuthority(authority: SignerAuthority): boolean {
  return authority === 'supervisor' || authority === 'formerSupervisor';
}

/** Only a current supervisor signs; the core refuses everyone else before anything is written. */
export function maySign(team: TeamKnowledge): boolean {
  return team.self !== '' && signerAuthority(team, team.self) === 'supervisor';
}
