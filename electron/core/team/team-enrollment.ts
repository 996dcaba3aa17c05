import { errorMessage } from '../../../shared/errors/describe';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { InviteCodeError } from '../../../shared/sync/invite-code';
import { CoreError } from '../errors';
import { createTeam, joinTeam } from '../sync';
import type { AccountSecrets } from '../vault';
import type { Enrollment } from './team-document';

/** Founds a team on the relay at `serverUrl`; this device is its first member. */
export async function foundTeam(serverUrl: string, secrets: AccountSecrets): Promise<Enrollment> {
  const created = await createTeam({ url: serverUrl, secrets });
  return {
    serverUrl,
    teamId: toHex(created.teamId),
    memberNo: created.memberNo,
    role: created.role,
    // The founder trusts its own genesis; everyone else trusts through it.
    anchor: toHex(secrets.signKeyPair.publicKey),
  };
}

/** Joins the team an invite code names, with the keys of this account. */
export async function joinByInvite(code: string, secrets: AccountSecrets): Promise<Enrollment> {
  let joined: Awaited<ReturnType<typeof joinTeam>>;
  try {
    joined = await joinTeam({ code, secrets });
  } catch (error) {
    // A code that cannot be read says why (incomplete, mistyped), in the person's language.
    if (error instanceof InviteCodeError) throw new CoreError('invite_code', error.problem);
    throw new CoreError('sync_failed', `could not join: ${errorMessage(error)}`);
  }
  if (!joined.inviterPresent) {
    throw new CoreError('sync_failed', 'the supervisor who invited you is not in this team');
  }
  return {
    serverUrl: joined.serverUrl,
    teamId: toHex(joined.teamId),
    memberNo: joined.memberNo,
    role: joined.role,
    // Our trust in the roster hangs on the supervisor whose key is in the code we were handed.
    anchor: toHex(joined.inviterSignPk),
  };
}

/** The scope every member of the team may read: the published templates live in it. */
export function teamScopeId(enrollment: Enrollment): string {
  return `team-${enrollment.teamId}`;
}

/**
 * Whose key anchors this device's trust in the roster. Enrolments from before the signed roster
 * have none: the founder (member 1, a supervisor) anchors on itself; any other device waits,
 * trusting nothing, until it joins again.
 */
export function anchorOf(enrollment: Enrollment, ownSignPk: Uint8Array): Uint8Array {
  if (enrollment.anchor) return fromHex(enrollment.anchor);
  if (enrollment.memberNo === 1 && enrollment.role === 'supervisor') return ownSignPk;
  return new Uint8Array(32);
}
