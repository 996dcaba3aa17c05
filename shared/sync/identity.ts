import { FrameError, Reader, Writer } from './codec';
import { ID_BYTES, type EntryHeader, type MemberInfo, type OutEntry } from './frames';
import { authMessage, DOMAIN, entryMessage, joinMacMessage, type AuthPurpose } from './messages';
import { randomBytes } from '../crypto/random';
import { decodeCode, encodeCode, InviteCodeError } from './invite-code';
import { sodium } from '../crypto/sodium';

/**
 * Identity and membership crypto shared by the client and the server (docs/sync-protocol.md,
 * "Identity"). Runtime-neutral: the relay imports the verifying half, the core all of it.
 */
const text = new TextEncoder();

function hash(bytes: Uint8Array, key?: Uint8Array, length = 32): Uint8Array {
  return sodium().crypto_generichash(length, bytes, key ?? null);
}

// Re-exported: the sync client and the relay reach hex through here (shared/encoding/hex).
export { fromHex, toHex } from '../encoding/hex';

export function newId(): Uint8Array {
  return randomBytes(ID_BYTES);
}

export function signDetached(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return sodium().crypto_sign_detached(message, secretKey);
}

export function verifyDetached(
  sig: Uint8Array,
  message: Uint8Array,
  publicKey: Uint8Array,
): boolean {
  try {
    return sodium().crypto_sign_verify_detached(sig, message, publicKey);
  } catch {
    return false;
  }
}

/** Constant-time comparison of equal-length byte strings. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && sodium().memcmp(a, b);
}

export function signAuth(
  input: Parameters<typeof authMessage>[0],
  secretKey: Uint8Array,
): Uint8Array {
  return signDetached(authMessage(input), secretKey);
}

export function verifyAuth(input: Parameters<typeof authMessage>[0], sig: Uint8Array): boolean {
  return verifyDetached(sig, authMessage(input), input.signPk);
}

export type { AuthPurpose };

export function signEntry(
  teamId: Uint8Array,
  header: EntryHeader,
  body: Uint8Array,
  secretKey: Uint8Array,
): Uint8Array {
  return signDetached(entryMessage(teamId, header, body), secretKey);
}

export function verifyEntry(teamId: Uint8Array, entry: OutEntry, publicKey: Uint8Array): boolean {
  return verifyDetached(entry.sig, entryMessage(teamId, entry, entry.body), publicKey);
}

/*
 * Invites. The inviter draws a one-time 32-byte secret and derives two independent keys from it
 * with keyed BLAKE2b: `auth`, which the joiner shows the server to be let in (the server stores
 * only its hash), and `mac`, which never leaves the two devices. The joiner MACs its own public
 * keys with `mac`; the server stores the MAC beside the keys and hands both to every member. The
 * inviter (holding the secret) recomputes the MAC: a server that substituted its own keys for the
 * joiner's cannot produce it, because knowing `auth` reveals nothing about `mac`.
 */
export function inviteKeys(secret: Uint8Array): { auth: Uint8Array; mac: Uint8Array } {
  return {
    auth: hash(text.encode(DOMAIN.inviteAuth), secret),
    mac: hash(text.encode(DOMAIN.inviteMac), secret),
  };
}

/** What the server keeps to recognise an invite's `auth` key. */
export function inviteAuthHash(auth: Uint8Array): Uint8Array {
  return hash(auth);
}

export function computeJoinMac(
  secret: Uint8Array,
  input: { teamId: Uint8Array; inviteId: Uint8Array; signPk: Uint8Array; boxPk: Uint8Array },
): Uint8Array {
  return hash(joinMacMessage(input), inviteKeys(secret).mac);
}

/**
 * True when `member`'s keys are the ones the device holding the invite's secret joined with. The
 * inviter calls this before sealing a case key to a new member.
 */
export function verifyJoin(
  secret: Uint8Array,
  teamId: Uint8Array,
  member: Pick<MemberInfo, 'inviteId' | 'signPk' | 'boxPk' | 'joinMac'>,
): boolean {
  const expected = computeJoinMac(secret, {
    teamId,
    inviteId: member.inviteId,
    signPk: member.signPk,
    boxPk: member.boxPk,
  });
  return sameBytes(expected, member.joinMac);
}

/**
 * A member's key fingerprint for reading aloud or comparing on two screens: BLAKE2b over both
 * public keys, shown as 10 groups of 5 digits (each group is 24 bits of the hash reduced mod
 * 10^5: about 166 bits in all, in the manner of Signal's safety numbers). Any change of either
 * key changes it.
 */
export function keyFingerprint(signPk: Uint8Array, boxPk: Uint8Array): string {
  const digest = hash(
    new Writer(96).str(DOMAIN.fingerprint).bytes(signPk).bytes(boxPk).finish(),
    undefined,
    30,
  );
  const groups: string[] = [];
  for (let i = 0; i < 30; i += 3) {
    const n = ((digest[i] ?? 0) << 16) | ((digest[i + 1] ?? 0) << 8) | (digest[i + 2] ?? 0);
    groups.push(String(n % 100000).padStart(5, '0'));
  }
  return groups.join(' ');
}

/**
 * The safety number two members compare face to face or on a call (after Signal's): each side's
 * 30 digits come from its own public keys, and the two halves are put in a fixed order, so both
 * screens show the same 60 digits, computed by each device from its own keys and the other's keys
 * in the signed roster. A relay that swapped either key changes the number on one screen only.
 */
export function safetyNumber(
  a: { signPk: Uint8Array; boxPk: Uint8Array },
  b: { signPk: Uint8Array; boxPk: Uint8Array },
): string {
  const half = (k: { signPk: Uint8Array; boxPk: Uint8Array }): string =>
    keyFingerprint(k.signPk, k.boxPk).split(' ').slice(0, 6).join(' ');
  const [first, second] = [half(a), half(b)].sort();
  return `${first} ${second}`;
}

/** An invite code: everything a counselor's device needs to join, as one copyable string. */
export interface Invite {
  serverUrl: string;
  teamId: Uint8Array;
  inviteId: Uint8Array;
  secret: Uint8Array;
  /** The inviter's Ed25519 key, so the joiner can check the supervisor the server names. */
  inviterSignPk: Uint8Array;
}

const INVITE_VERSION = 1;
const LEGACY_PREFIX = 'PDMP1-';
const INVITE_PREFIX = 'PDMP2-';
/** version, team id, invite id, secret, inviter's key, and an address of at least `ws://x`. */
const MIN_INVITE_PAYLOAD = 1 + ID_BYTES * 2 + 32 + 32 + 1 + 6;

export function encodeInvite(invite: Invite): string {
  const bytes = new Writer(160)
    .u8(INVITE_VERSION)
    .raw(invite.teamId)
    .raw(invite.inviteId)
    .raw(invite.secret)
    .raw(invite.inviterSignPk)
    .str(invite.serverUrl)
    .finish();
  return encodeCode(INVITE_PREFIX, bytes);
}

/**
 * Reads an invite code as pasted or typed. Throws InviteCodeError saying whether it is not an
 * invite, incomplete, or mistyped; codes of the first format (PDMP1-, base64url) still work.
 */
export function decodeInvite(code: string): Invite {
  const trimmed = code.trim();
  let raw: Uint8Array;
  if (trimmed.startsWith(LEGACY_PREFIX)) {
    try {
      raw = sodium().from_base64(
        trimmed.slice(LEGACY_PREFIX.length),
        sodium().base64_variants.URLSAFE_NO_PADDING,
      );
    } catch {
      throw new InviteCodeError('mistyped', 'the invite code is incomplete or mistyped');
    }
  } else {
    raw = decodeCode(INVITE_PREFIX, trimmed, MIN_INVITE_PAYLOAD);
  }
  try {
    const r = new Reader(raw);
    if (r.u8() !== INVITE_VERSION) throw new FrameError('bad-version', 'unknown invite version');
    const invite = {
      teamId: r.fixed(ID_BYTES).slice(),
      inviteId: r.fixed(ID_BYTES).slice(),
      secret: r.fixed(32).slice(),
      inviterSignPk: r.fixed(32).slice(),
      serverUrl: r.str(2048),
    };
    r.end();
    if (!/^wss?:\/\//.test(invite.serverUrl)) throw new FrameError('malformed', 'bad address');
    return invite;
  } catch (error) {
    if (error instanceof FrameError) {
      throw new InviteCodeError('mistyped', 'the invite code is incomplete or mistyped');
    }
    throw error;
  }
}

/** A case key as it travels in an envelope: which scope, which id, and its place in the chain. */
export interface EnvelopeKey {
  scopeId: string;
  keyId: string;
  key: Uint8Array;
  /**
   * Chosen by the device that made the key: 1 for a scope's first key, and one more than the
   * highest it held for a rotation. The scope's current key is the highest generation a device
   * holds, never the newest to arrive (issue 10, item 2); sealed with the key, so the relay
   * cannot change it.
   */
  generation: number;
}

/*
 * Key envelopes: a case key sealed to one member's X25519 key (crypto_box_seal). The sealed text
 * names the scope and key id, so a relay cannot present a key as another scope's, and ends with
 * the key's generation. An envelope of the first format (no generation) reads as generation 0.
 */
export function sealKeyEnvelope(envelope: EnvelopeKey, recipientBoxPk: Uint8Array): Uint8Array {
  const { scopeId, keyId, key, generation } = envelope;
  const plain = new Writer(128)
    .str(DOMAIN.keyEnvelope)
    .str(scopeId)
    .str(keyId)
    .bytes(key)
    .uint(generation)
    .finish();
  try {
    return sodium().crypto_box_seal(plain, recipientBoxPk);
  } finally {
    sodium().memzero(plain);
  }
}

export function openKeyEnvelope(
  body: Uint8Array,
  scopeId: string,
  keyId: string,
  boxKeyPair: { publicKey: Uint8Array; privateKey: Uint8Array },
): { key: Uint8Array; generation: number } | undefined {
  let plain: Uint8Array;
  try {
    plain = sodium().crypto_box_seal_open(body, boxKeyPair.publicKey, boxKeyPair.privateKey);
  } catch {
    return undefined;
  }
  try {
    const r = new Reader(plain);
    if (r.str(64) !== DOMAIN.keyEnvelope || r.str(128) !== scopeId || r.str(64) !== keyId) {
      return undefined;
    }
    const key = r.bytes(64).slice();
    const generation = r.remaining === 0 ? 0 : r.uint();
    r.end();
    return { key, generation };
  } catch {
    return undefined;
  } finally {
    sodium().memzero(plain);
  }
}
