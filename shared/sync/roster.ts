import { sodium } from '../crypto/sodium';
import { FrameError, Reader, Writer } from './codec';
import { toHex } from '../encoding/hex';
import { sameBytes, verifyDetached } from './identity';
import {
  BOX_PK_BYTES,
  ID_BYTES,
  MAX_ROSTER_EVENT_BYTES,
  SIG_BYTES,
  SIGN_PK_BYTES,
  type Role,
} from './frames';

/*
 * The team roster as a signed, hash-chained log (issue #10, docs/sync-protocol.md "Roster").
 *
 * The relay's idea of who is in a team is for routing only. Who may receive a key, sign off,
 * erase or rotate is decided by this log, which every device verifies itself: the founding
 * supervisor signs its genesis; every later event (add a member with role and both public keys,
 * change a role, remove) is signed by a supervisor who is one at that point of the chain and
 * names the hash of the event before it. The relay stores and serves the bytes; it cannot forge
 * an event, reorder two, or cut one out of the middle without the hashes showing it. What it can
 * still do (serve an older prefix, or different suffixes to different devices) is caught by the
 * devices: each keeps what it has verified and refuses a history that does not extend it.
 */

export const ROSTER_VERSION = 1;
const HASH_BYTES = 32;
const DOMAIN_SIGN = 'pendamping/roster/event/v1';
const DOMAIN_HASH = 'pendamping/roster/hash/v1';
const ZERO_HASH = new Uint8Array(HASH_BYTES);

export interface RosterMemberKeys {
  memberNo: number;
  role: Role;
  signPk: Uint8Array;
  boxPk: Uint8Array;
}

export type RosterChange =
  /** The founding supervisor: index 0 only, signed by the member it names. */
  | { type: 'genesis'; member: RosterMemberKeys }
  /** A member joined with `inviteId`; the inviter's device checked their keys against the secret. */
  | { type: 'add'; member: RosterMemberKeys; inviteId: Uint8Array }
  /**
   * `afterSeq`: the relay's sequence number the removing supervisor's device had reached; entries
   * of the removed member numbered after it are refused by every device (absent: no cutoff).
   */
  | { type: 'remove'; memberNo: number; afterSeq?: number }
  | { type: 'role'; memberNo: number; role: Role };

export interface RosterEvent {
  teamId: Uint8Array;
  index: number;
  prev: Uint8Array;
  /** The signer's clock, unix seconds: shown, never trusted for order (the chain orders). */
  at: number;
  signer: Uint8Array;
  change: RosterChange;
  sig: Uint8Array;
  /** The event as it travels and is stored. */
  bytes: Uint8Array;
  /** What the next event names as `prev`. */
  hash: Uint8Array;
}

export interface RosterMember extends RosterMemberKeys {
  removed: boolean;
  /** For a removed member: the last relay sequence number of theirs that still counts. */
  removedAfterSeq?: number;
  /** The index of the event that added the member (0 for the founder). */
  addedAt: number;
  /** Who signed that event (the inviter). */
  addedBy: Uint8Array;
}

export type RosterFault =
  | 'malformed'
  | 'wrong-team'
  | 'out-of-order'
  | 'broken-chain'
  | 'bad-signature'
  | 'not-supervisor'
  | 'bad-change';

/** A roster event that does not verify: the device acts on nothing it says. */
export class RosterError extends Error {
  constructor(
    readonly fault: RosterFault,
    message: string,
  ) {
    super(message);
    this.name = 'RosterError';
  }
}

const TYPE = { genesis: 1, add: 2, remove: 3, role: 4 } as const;
const ROLE_CODE: Record<Role, number> = { supervisor: 1, counselor: 2 };

function roleOf(code: number): Role {
  if (code === 1) return 'supervisor';
  if (code === 2) return 'counselor';
  throw new RosterError('malformed', `unknown role ${code}`);
}

function writeUnsigned(
  w: Writer,
  e: Pick<RosterEvent, 'teamId' | 'index' | 'prev' | 'at' | 'signer' | 'change'>,
): Writer {
  w.u8(ROSTER_VERSION).raw(e.teamId).uint(e.index).raw(e.prev).uint(e.at).raw(e.signer);
  const c = e.change;
  w.u8(TYPE[c.type]);
  switch (c.type) {
    case 'genesis':
    case 'add':
      w.uint(c.member.memberNo).u8(ROLE_CODE[c.member.role]);
      w.raw(c.member.signPk).raw(c.member.boxPk);
      if (c.type === 'add') w.raw(c.inviteId);
      break;
    case 'remove':
      // 0 says "no cutoff", so a cutoff n travels as n + 1.
      w.uint(c.memberNo).uint(c.afterSeq === undefined ? 0 : c.afterSeq + 1);
      break;
    case 'role':
      w.uint(c.memberNo).u8(ROLE_CODE[c.role]);
      break;
  }
  return w;
}

function signedMessage(unsigned: Uint8Array): Uint8Array {
  return new Writer(unsigned.length + 40).str(DOMAIN_SIGN).raw(unsigned).finish();
}

function hashOf(bytes: Uint8Array): Uint8Array {
  const message = new Writer(bytes.length + 40).str(DOMAIN_HASH).raw(bytes).finish();
  return sodium().crypto_generichash(HASH_BYTES, message, null);
}

/** Signs one roster event (the caller names the index and the hash it follows). */
export function signRosterEvent(
  input: { teamId: Uint8Array; index: number; prev: Uint8Array; at: number; change: RosterChange },
  signKeyPair: { publicKey: Uint8Array; privateKey: Uint8Array },
): Uint8Array {
  const unsigned = writeUnsigned(new Writer(256), {
    ...input,
    signer: signKeyPair.publicKey,
  }).finish();
  const sig = sodium().crypto_sign_detached(signedMessage(unsigned), signKeyPair.privateKey);
  return new Writer(unsigned.length + SIG_BYTES).raw(unsigned).raw(sig).finish();
}

/**
 * Decodes one event and checks its own signature (unless `checkSignature` is false, for events
 * this device verified when they arrived and kept in its encrypted store); says nothing yet of
 * its place in a chain.
 */
export function decodeRosterEvent(bytes: Uint8Array, checkSignature = true): RosterEvent {
  if (bytes.length > MAX_ROSTER_EVENT_BYTES) {
    throw new RosterError('malformed', `a roster event of ${bytes.length} bytes is too large`);
  }
  let event: RosterEvent;
  let unsignedLength: number;
  try {
    const r = new Reader(bytes);
    if (r.u8() !== ROSTER_VERSION) throw new RosterError('malformed', 'unknown roster version');
    const teamId = r.fixed(ID_BYTES).slice();
    const index = r.uint();
    const prev = r.fixed(HASH_BYTES).slice();
    const at = r.uint();
    const signer = r.fixed(SIGN_PK_BYTES).slice();
    const type = r.u8();
    const member = (): RosterMemberKeys => ({
      memberNo: r.uint(),
      role: roleOf(r.u8()),
      signPk: r.fixed(SIGN_PK_BYTES).slice(),
      boxPk: r.fixed(BOX_PK_BYTES).slice(),
    });
    let change: RosterChange;
    if (type === TYPE.genesis) change = { type: 'genesis', member: member() };
    else if (type === TYPE.add) {
      change = { type: 'add', member: member(), inviteId: r.fixed(ID_BYTES).slice() };
    } else if (type === TYPE.remove) {
      const memberNo = r.uint();
      const cutoff = r.uint();
      change =
        cutoff === 0
          ? { type: 'remove', memberNo }
          : { type: 'remove', memberNo, afterSeq: cutoff - 1 };
    } else if (type === TYPE.role)
      change = { type: 'role', memberNo: r.uint(), role: roleOf(r.u8()) };
    else throw new RosterError('malformed', `unknown roster event type ${type}`);
    unsignedLength = bytes.length - r.remaining;
    const sig = r.fixed(SIG_BYTES).slice();
    r.end();
    event = { teamId, index, prev, at, signer, change, sig, bytes, hash: hashOf(bytes) };
  } catch (error) {
    if (error instanceof RosterError) throw error;
    if (error instanceof FrameError) throw new RosterError('malformed', error.message);
    throw error;
  }
  if (!checkSignature) return event;
  const ok = verifyDetached(
    event.sig,
    signedMessage(bytes.subarray(0, unsignedLength)),
    event.signer,
  );
  if (!ok) throw new RosterError('bad-signature', `roster event ${event.index}: bad signature`);
  return event;
}

/**
 * A verified roster: the state after every event so far. `apply` checks the next event against
 * the chain (team, index, previous hash, signature, signer's authority, the change's own rules)
 * and only then takes it in; an event that fails changes nothing.
 */
export class Roster {
  private readonly byNo = new Map<number, RosterMember>();
  private readonly bySignPk = new Map<string, RosterMember>();
  private readonly hashes: Uint8Array[] = [];
  private readonly events: RosterEvent[] = [];
  /** Current supervisors, counted as events are taken in (a check must not walk every member). */
  private supervisors = 0;

  constructor(readonly teamId: Uint8Array) {}

  /** Verifies a whole log from its genesis. */
  static verify(teamId: Uint8Array, log: Iterable<Uint8Array>): Roster {
    const roster = new Roster(teamId);
    for (const bytes of log) roster.apply(bytes);
    return roster;
  }

  /**
   * Rebuilds a log this device verified when it arrived and kept in its own encrypted store:
   * every rule and hash link is checked again, the Ed25519 signatures are not (they are ~85 %
   * of the cost of a 5,000-event log, and the store is authenticated by the vault's keys).
   */
  static restore(teamId: Uint8Array, kept: Iterable<Uint8Array>): Roster {
    const roster = new Roster(teamId);
    for (const bytes of kept) roster.apply(bytes, { checkSignature: false });
    return roster;
  }

  /**
   * Verifies a log as a new member does: the event at `anchorIndex` is signed by the key this
   * device already trusts (its inviter's, from the invite code), and through its `prev` hash it
   * commits to every byte before it, which the inviter's device verified. So the events before it
   * are checked link by link and rule by rule, their signatures not again; from the anchor on,
   * every signature is. (Ed25519 verification is ~85 % of a from-scratch check: bench `trust`.)
   */
  static vouched(teamId: Uint8Array, log: readonly Uint8Array[], anchorIndex: number): Roster {
    const roster = new Roster(teamId);
    log.forEach((bytes, i) => roster.apply(bytes, { checkSignature: i >= anchorIndex }));
    return roster;
  }

  get length(): number {
    return this.hashes.length;
  }

  /** The hash the next event must name (zeros before the genesis). */
  get head(): Uint8Array {
    return this.hashes[this.hashes.length - 1] ?? ZERO_HASH;
  }

  hashAt(index: number): Uint8Array | undefined {
    return this.hashes[index];
  }

  eventAt(index: number): RosterEvent | undefined {
    return this.events[index];
  }

  /** Every member ever added, removed ones included (marked). */
  members(): RosterMember[] {
    return [...this.byNo.values()];
  }

  current(): RosterMember[] {
    return this.members().filter((m) => !m.removed);
  }

  member(memberNo: number): RosterMember | undefined {
    return this.byNo.get(memberNo);
  }

  memberBySignPk(signPk: Uint8Array): RosterMember | undefined {
    return this.bySignPk.get(toHex(signPk));
  }

  isCurrentSupervisor(signPk: Uint8Array): boolean {
    const m = this.memberBySignPk(signPk);
    return m !== undefined && !m.removed && m.role === 'supervisor';
  }

  /** Checks `bytes` as the next event and takes it in; throws RosterError and changes nothing. */
  apply(bytes: Uint8Array, options: { checkSignature?: boolean } = {}): RosterEvent {
    const event = decodeRosterEvent(bytes, options.checkSignature ?? true);
    this.check(event);
    this.take(event);
    return event;
  }

  private check(e: RosterEvent): void {
    const where = `roster event ${e.index}`;
    if (!sameBytes(e.teamId, this.teamId)) {
      throw new RosterError('wrong-team', `${where} belongs to another team`);
    }
    if (e.index !== this.length) {
      throw new RosterError('out-of-order', `${where} arrived where ${this.length} was expected`);
    }
    if (!sameBytes(e.prev, this.head)) {
      throw new RosterError('broken-chain', `${where} does not follow the event before it`);
    }
    const c = e.change;
    if (e.index === 0) {
      if (c.type !== 'genesis') throw new RosterError('bad-change', 'a roster starts with genesis');
      if (!sameBytes(c.member.signPk, e.signer) || c.member.role !== 'supervisor') {
        throw new RosterError('bad-change', 'the genesis names its own signer as supervisor');
      }
      return;
    }
    if (!this.isCurrentSupervisor(e.signer)) {
      throw new RosterError('not-supervisor', `${where} is not signed by a current supervisor`);
    }
    switch (c.type) {
      case 'genesis':
        throw new RosterError('bad-change', `${where}: a second genesis`);
      case 'add':
        if (this.byNo.has(c.member.memberNo)) {
          throw new RosterError('bad-change', `${where}: member ${c.member.memberNo} exists`);
        }
        if (this.bySignPk.has(toHex(c.member.signPk))) {
          throw new RosterError('bad-change', `${where}: these keys are already in the team`);
        }
        return;
      case 'remove':
      case 'role': {
        const m = this.byNo.get(c.memberNo);
        if (!m || m.removed) {
          throw new RosterError('bad-change', `${where}: no current member ${c.memberNo}`);
        }
        const losesSupervisor =
          m.role === 'supervisor' && (c.type === 'remove' || c.role !== 'supervisor');
        if (losesSupervisor && this.supervisors <= 1) {
          throw new RosterError('bad-change', `${where} would leave the team with no supervisor`);
        }
        return;
      }
    }
  }

  private take(e: RosterEvent): void {
    const c = e.change;
    if (c.type === 'genesis' || c.type === 'add') {
      const member: RosterMember = {
        ...c.member,
        signPk: c.member.signPk,
        boxPk: c.member.boxPk,
        removed: false,
        addedAt: e.index,
        addedBy: e.signer,
      };
      this.byNo.set(member.memberNo, member);
      this.bySignPk.set(toHex(member.signPk), member);
      if (member.role === 'supervisor') this.supervisors++;
    } else {
      const m = this.byNo.get(c.memberNo) as RosterMember;
      if (m.role === 'supervisor') this.supervisors--;
      if (c.type === 'remove') {
        m.removed = true;
        if (c.afterSeq !== undefined) m.removedAfterSeq = c.afterSeq;
      } else m.role = c.role;
      if (m.role === 'supervisor' && !m.removed) this.supervisors++;
    }
    this.hashes.push(e.hash);
    this.events.push(e);
  }
}
