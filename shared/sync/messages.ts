import { Writer } from './codec';
import { writeHeader, type EntryHeader } from './frames';

/**
 * The exact bytes that are signed or MACed. Each starts with its own domain string, so a
 * signature made for one purpose can never be presented as another (an auth signature is not an
 * entry signature, a join MAC is not an auth).
 */
export const DOMAIN = {
  auth: 'pendamping/sync/auth/v1',
  entry: 'pendamping/sync/entry/v1',
  inviteAuth: 'pendamping/sync/invite-auth/v1',
  inviteMac: 'pendamping/sync/invite-mac/v1',
  joinMac: 'pendamping/sync/join-mac/v1',
  fingerprint: 'pendamping/sync/fingerprint/v1',
  keyEnvelope: 'pendamping/sync/key-envelope/v1',
} as const;

export type AuthPurpose = 'auth' | 'create-team' | 'join';
const PURPOSE: Record<AuthPurpose, number> = { auth: 1, 'create-team': 2, join: 3 };

/**
 * What a device signs to answer a challenge: the server's identity and this connection's fresh
 * nonce, so a captured exchange is worthless on any other connection or server; the team, the
 * purpose and (for create/join) the keys and invite, so no field can be swapped by a relay.
 */
export function authMessage(input: {
  purpose: AuthPurpose;
  serverId: Uint8Array;
  nonce: Uint8Array;
  teamId: Uint8Array;
  signPk: Uint8Array;
  boxPk?: Uint8Array;
  inviteId?: Uint8Array;
  joinMac?: Uint8Array;
}): Uint8Array {
  const w = new Writer(256).str(DOMAIN.auth).u8(PURPOSE[input.purpose]);
  w.bytes(input.serverId).bytes(input.nonce).bytes(input.teamId).bytes(input.signPk);
  w.bytes(input.boxPk ?? new Uint8Array(0));
  w.bytes(input.inviteId ?? new Uint8Array(0));
  w.bytes(input.joinMac ?? new Uint8Array(0));
  return w.finish();
}

/** What an author signs for one entry: the team, the header in its wire order, the ciphertext. */
export function entryMessage(
  teamId: Uint8Array,
  header: EntryHeader,
  body: Uint8Array,
): Uint8Array {
  const w = new Writer(body.length + 160).str(DOMAIN.entry).bytes(teamId);
  writeHeader(w, header);
  return w.bytes(body).finish();
}

/** The joining device's keys, as MACed with the invite's secret (see identity in the docs). */
export function joinMacMessage(input: {
  teamId: Uint8Array;
  inviteId: Uint8Array;
  signPk: Uint8Array;
  boxPk: Uint8Array;
}): Uint8Array {
  return new Writer(160)
    .str(DOMAIN.joinMac)
    .bytes(input.teamId)
    .bytes(input.inviteId)
    .bytes(input.signPk)
    .bytes(input.boxPk)
    .finish();
}
