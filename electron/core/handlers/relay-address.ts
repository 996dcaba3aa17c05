import { classifyRelayAddress } from '../../../shared/sync/relay-address';
import { sodium } from '../crypto';
import { CoreError } from '../errors';
import { decodeInvite } from '../sync';

/**
 * The address the app will use for a relay, or CoreError('relay_address', problem): plain ws://
 * to another machine only when the person allowed it for a trial (issue 10).
 */
export function acceptRelayAddress(address: string, allowInsecure = false): string {
  const verdict = classifyRelayAddress(address, { allowInsecure });
  if (!verdict.ok) throw new CoreError('relay_address', verdict.problem);
  return verdict.url;
}

/**
 * Holds the relay address inside an invite code to the same rule, before anything is sent to it.
 * A code that does not decode is left to the join itself, which says so.
 */
export function acceptInviteAddress(code: string, allowInsecure = false): void {
  let invite: ReturnType<typeof decodeInvite>;
  try {
    invite = decodeInvite(code);
  } catch {
    return;
  }
  sodium().memzero(invite.secret);
  acceptRelayAddress(invite.serverUrl, allowInsecure);
}
