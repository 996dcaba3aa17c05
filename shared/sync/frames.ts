import { FrameError, Reader, Writer } from './codec';

/**
 * The sync protocol's frames (docs/sync-protocol.md). One WebSocket binary message is one frame:
 * a type byte, then the frame's fields in a fixed order. Ids are opaque random strings chosen by
 * clients; bodies are ciphertext. Nothing here is ever plaintext of a note.
 */
export const PROTOCOL_VERSION = 1;
/** No frame in either direction may be larger (the server's WebSocket refuses bigger messages). */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** One entry's ciphertext; a frame must also hold its header and signature. */
export const MAX_BODY_BYTES = 960 * 1024;
export const MAX_ENTRIES_PER_FRAME = 4096;
export const MAX_LIST = 65_536;
export const ID_BYTES = 16;
export const SIGN_PK_BYTES = 32;
export const BOX_PK_BYTES = 32;
export const SIG_BYTES = 64;
export const MAC_BYTES = 32;
/** One signed roster event (shared/sync/roster.ts): a few hundred bytes; this bounds it. */
export const MAX_ROSTER_EVENT_BYTES = 1024;
/** Roster events per `roster` frame: well under the frame limit at the largest event size. */
export const ROSTER_PAGE = 900;

/** Document and scope ids: random, 1–128 of [A-Za-z0-9_-] (the local store's rule). */
export const OPAQUE_ID = /^[A-Za-z0-9_-]{1,128}$/;
export const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export enum EntryKind {
  Update = 1,
  Snapshot = 2,
  Key = 3,
}

export type Role = 'supervisor' | 'counselor';
const ROLE_CODES: Record<Role, number> = { supervisor: 1, counselor: 2 };
const roleOf = (code: number): Role => {
  if (code === 1) return 'supervisor';
  if (code === 2) return 'counselor';
  throw new FrameError('malformed', `unknown role ${code}`);
};

/**
 * What an author signs and the server stores. `aux` is the sequence number a snapshot covers, or
 * the member number a key envelope is sealed to; 0 for updates.
 */
export interface EntryHeader {
  kind: EntryKind;
  docId: string;
  scopeId: string;
  updateId: Uint8Array;
  keyId: string;
  aux: number;
}

export interface OutEntry extends EntryHeader {
  sig: Uint8Array;
  body: Uint8Array;
}

export interface StoredEntry extends OutEntry {
  seq: number;
  author: number;
}

export interface MemberInfo {
  memberNo: number;
  role: Role;
  signPk: Uint8Array;
  boxPk: Uint8Array;
  /** The invite the member joined with and the MAC over their keys (zeros for the founder). */
  inviteId: Uint8Array;
  joinMac: Uint8Array;
  removed: boolean;
}

export interface ScopeInfo {
  scopeId: string;
  owner: number;
  includeSupervisors: boolean;
  members: number[];
}

export enum ErrorCode {
  BadFrame = 1,
  UnknownFrame = 2,
  TooLarge = 3,
  Unexpected = 4,
  AuthFailed = 5,
  NotMember = 6,
  BadInvite = 7,
  TeamExists = 8,
  BadSignature = 9,
  Forbidden = 10,
  ShuttingDown = 11,
  Version = 12,
  Internal = 13,
  Timeout = 14,
  Conflict = 15,
  NotFound = 16,
  /** The scope was erased (crypto-shredding): nothing more is stored or served for it. */
  Erased = 17,
  /** Too many attempts from this address (or too many wrong secrets for an invite): try later. */
  RateLimited = 18,
  /** The team's storage on the relay is full (`--team-quota`): nothing more is stored for now. */
  QuotaExceeded = 19,
  /** The member owns as many scopes as the relay allows (`--max-scopes-per-member`). */
  TooManyScopes = 20,
}

export enum AckStatus {
  Stored = 0,
  Duplicate = 1,
  Refused = 2,
}

export interface AckResult {
  updateId: Uint8Array;
  seq: number;
  status: AckStatus;
  /** For refusals: an ErrorCode. */
  code: number;
}

export const PullFlags = { includeOwn: 1, peek: 2 } as const;

export type ServerFrame =
  | { t: 'challenge'; version: number; serverId: Uint8Array; nonce: Uint8Array }
  | { t: 'welcome'; teamId: Uint8Array; memberNo: number; role: Role; teamSeq: number }
  | { t: 'members'; members: MemberInfo[] }
  /**
   * One page of the scopes the member can read; `more`: further pages follow, and the client
   * merges them before acting (a frame without it is the whole list, as before paging).
   */
  | { t: 'scopes'; scopes: ScopeInfo[]; more?: boolean }
  | { t: 'pull-info'; requestId: number; count: number; bytes: number }
  | { t: 'entries'; requestId: number; entries: StoredEntry[] }
  | { t: 'synced'; requestId: number; cursor: number }
  | { t: 'ack'; results: AckResult[] }
  | { t: 'result'; requestId: number; code: number }
  /** `retryAfterMs` (only with RateLimited): reconnect no sooner than this. */
  | { t: 'error'; code: ErrorCode; reason: string; retryAfterMs?: number }
  | { t: 'pong' }
  /** Signed roster events from index `from`; `total` is the relay's length of the log. */
  | { t: 'roster'; from: number; total: number; events: Uint8Array[] };

export type ClientFrame =
  | { t: 'auth'; teamId: Uint8Array; signPk: Uint8Array; sig: Uint8Array }
  | {
      t: 'create-team';
      teamId: Uint8Array;
      signPk: Uint8Array;
      boxPk: Uint8Array;
      sig: Uint8Array;
    }
  | {
      t: 'join';
      teamId: Uint8Array;
      inviteId: Uint8Array;
      inviteAuth: Uint8Array;
      signPk: Uint8Array;
      boxPk: Uint8Array;
      joinMac: Uint8Array;
      sig: Uint8Array;
    }
  | { t: 'pull'; requestId: number; cursor: number; scopeId: string; flags: number }
  | { t: 'push'; entries: OutEntry[] }
  | {
      t: 'invite';
      requestId: number;
      inviteId: Uint8Array;
      role: Role;
      authHash: Uint8Array;
      expiresAt: number;
    }
  | {
      t: 'scope-set';
      requestId: number;
      scopeId: string;
      includeSupervisors: boolean;
      members: number[];
    }
  | { t: 'remove-member'; requestId: number; memberNo: number }
  | { t: 'erase-scope'; requestId: number; scopeId: string }
  | { t: 'ping' }
  /** Send the roster from `from` on, and every event appended later (answered by `result`). */
  | { t: 'roster-pull'; requestId: number; from: number }
  /** Append one signed roster event at `index` (Conflict when the log has moved on). */
  | { t: 'roster-append'; requestId: number; index: number; event: Uint8Array }
  /**
   * This device decrypted and applied the snapshot stored at `seq` of `docId`, written by another
   * member: the relay may now drop the updates it covers (docs/sync-protocol.md, "Snapshots").
   */
  | { t: 'snapshot-ok'; docId: string; seq: number };

const S = {
  challenge: 1,
  welcome: 2,
  members: 3,
  scopes: 4,
  'pull-info': 5,
  entries: 6,
  synced: 7,
  ack: 8,
  result: 9,
  error: 10,
  pong: 11,
  roster: 12,
} as const;

const C = {
  auth: 32,
  'create-team': 33,
  join: 34,
  pull: 35,
  push: 36,
  invite: 37,
  'scope-set': 38,
  'remove-member': 39,
  ping: 40,
  'erase-scope': 41,
  'roster-pull': 42,
  'roster-append': 43,
  'snapshot-ok': 44,
} as const;

export function checkOpaqueId(id: string, what = 'id'): string {
  if (!OPAQUE_ID.test(id)) throw new FrameError('malformed', `invalid ${what}`);
  return id;
}

function checkKeyId(id: string): string {
  if (!KEY_ID.test(id)) throw new FrameError('malformed', 'invalid key id');
  return id;
}

/** The header fields in their canonical order: the same bytes are signed and sent. */
export function writeHeader(w: Writer, h: EntryHeader): Writer {
  return w.u8(h.kind).str(h.docId).str(h.scopeId).raw(h.updateId).str(h.keyId).uint(h.aux);
}

function readHeader(r: Reader): EntryHeader {
  const kind = r.u8();
  if (kind !== EntryKind.Update && kind !== EntryKind.Snapshot && kind !== EntryKind.Key) {
    throw new FrameError('malformed', `unknown entry kind ${kind}`);
  }
  return {
    kind,
    docId: checkOpaqueId(r.str(128), 'document id'),
    scopeId: checkOpaqueId(r.str(128), 'scope id'),
    updateId: r.fixed(ID_BYTES).slice(),
    keyId: checkKeyId(r.str(64)),
    aux: r.uint(),
  };
}

function writeOut(w: Writer, e: OutEntry): void {
  if (e.sig.length !== SIG_BYTES || e.updateId.length !== ID_BYTES) {
    throw new RangeError('entry has a bad signature or id length');
  }
  writeHeader(w, e).raw(e.sig).bytes(e.body);
}

function readOut(r: Reader): OutEntry {
  const header = readHeader(r);
  return { ...header, sig: r.fixed(SIG_BYTES).slice(), body: r.bytes(MAX_BODY_BYTES).slice() };
}

function list<T>(r: Reader, max: number, read: () => T): T[] {
  const n = r.uint();
  if (n > max) throw new FrameError('malformed', `a list of ${n} exceeds its limit ${max}`);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(read());
  return out;
}

export function encodeServerFrame(f: ServerFrame): Uint8Array {
  const w = new Writer(f.t === 'entries' ? 4096 : 64).u8(S[f.t]);
  switch (f.t) {
    case 'challenge':
      w.u8(f.version).raw(f.serverId).raw(f.nonce);
      break;
    case 'welcome':
      w.raw(f.teamId).uint(f.memberNo).u8(ROLE_CODES[f.role]).uint(f.teamSeq);
      break;
    case 'members':
      w.uint(f.members.length);
      for (const m of f.members) {
        w.uint(m.memberNo).u8(ROLE_CODES[m.role]).raw(m.signPk).raw(m.boxPk);
        w.raw(m.inviteId)
          .raw(m.joinMac)
          .u8(m.removed ? 1 : 0);
      }
      break;
    case 'scopes':
      w.uint(f.scopes.length);
      for (const s of f.scopes) {
        w.str(s.scopeId)
          .uint(s.owner)
          .u8(s.includeSupervisors ? 1 : 0)
          .uint(s.members.length);
        for (const m of s.members) w.uint(m);
      }
      // Optional trailing field: the last (or only) page keeps the version-1 bytes.
      if (f.more) w.u8(1);
      break;
    case 'pull-info':
      w.uint(f.requestId).uint(f.count).uint(f.bytes);
      break;
    case 'entries':
      w.uint(f.requestId).uint(f.entries.length);
      for (const e of f.entries) {
        w.uint(e.seq).uint(e.author);
        writeOut(w, e);
      }
      break;
    case 'synced':
      w.uint(f.requestId).uint(f.cursor);
      break;
    case 'ack':
      w.uint(f.results.length);
      for (const a of f.results) w.raw(a.updateId).uint(a.seq).u8(a.status).u8(a.code);
      break;
    case 'result':
      w.uint(f.requestId).u8(f.code);
      break;
    case 'error':
      w.u8(f.code).str(f.reason.slice(0, 200));
      // Optional trailing field: error frames without it keep their version-1 bytes.
      if (f.retryAfterMs !== undefined) w.uint(Math.max(0, Math.ceil(f.retryAfterMs)));
      break;
    case 'pong':
      break;
    case 'roster':
      w.uint(f.from).uint(f.total).uint(f.events.length);
      for (const e of f.events) w.bytes(e);
      break;
  }
  return w.finish();
}

export function encodeClientFrame(f: ClientFrame): Uint8Array {
  const w = new Writer(f.t === 'push' ? 4096 : 64).u8(C[f.t]);
  switch (f.t) {
    case 'auth':
      w.raw(f.teamId).raw(f.signPk).raw(f.sig);
      break;
    case 'create-team':
      w.raw(f.teamId).raw(f.signPk).raw(f.boxPk).raw(f.sig);
      break;
    case 'join':
      w.raw(f.teamId).raw(f.inviteId).raw(f.inviteAuth).raw(f.signPk).raw(f.boxPk);
      w.raw(f.joinMac).raw(f.sig);
      break;
    case 'pull':
      w.uint(f.requestId).uint(f.cursor).str(f.scopeId).u8(f.flags);
      break;
    case 'push':
      w.uint(f.entries.length);
      for (const e of f.entries) writeOut(w, e);
      break;
    case 'invite':
      w.uint(f.requestId).raw(f.inviteId).u8(ROLE_CODES[f.role]).raw(f.authHash);
      w.uint(f.expiresAt);
      break;
    case 'scope-set':
      w.uint(f.requestId)
        .str(f.scopeId)
        .u8(f.includeSupervisors ? 1 : 0);
      w.uint(f.members.length);
      for (const m of f.members) w.uint(m);
      break;
    case 'remove-member':
      w.uint(f.requestId).uint(f.memberNo);
      break;
    case 'erase-scope':
      w.uint(f.requestId).str(f.scopeId);
      break;
    case 'ping':
      break;
    case 'roster-pull':
      w.uint(f.requestId).uint(f.from);
      break;
    case 'roster-append':
      w.uint(f.requestId).uint(f.index).bytes(f.event);
      break;
    case 'snapshot-ok':
      w.str(f.docId).uint(f.seq);
      break;
  }
  return w.finish();
}

function sizeCheck(bytes: Uint8Array): Reader {
  if (bytes.length > MAX_FRAME_BYTES) {
    throw new FrameError('too-large', `frame of ${bytes.length} bytes exceeds ${MAX_FRAME_BYTES}`);
  }
  if (bytes.length === 0) throw new FrameError('truncated', 'empty frame');
  return new Reader(bytes);
}

export function decodeClientFrame(bytes: Uint8Array): ClientFrame {
  const r = sizeCheck(bytes);
  const type = r.u8();
  let f: ClientFrame;
  switch (type) {
    case C.auth:
      f = { t: 'auth', teamId: r.fixed(ID_BYTES), signPk: r.fixed(32), sig: r.fixed(SIG_BYTES) };
      break;
    case C['create-team']:
      f = {
        t: 'create-team',
        teamId: r.fixed(ID_BYTES),
        signPk: r.fixed(SIGN_PK_BYTES),
        boxPk: r.fixed(BOX_PK_BYTES),
        sig: r.fixed(SIG_BYTES),
      };
      break;
    case C.join:
      f = {
        t: 'join',
        teamId: r.fixed(ID_BYTES),
        inviteId: r.fixed(ID_BYTES),
        inviteAuth: r.fixed(32),
        signPk: r.fixed(SIGN_PK_BYTES),
        boxPk: r.fixed(BOX_PK_BYTES),
        joinMac: r.fixed(MAC_BYTES),
        sig: r.fixed(SIG_BYTES),
      };
      break;
    case C.pull: {
      const requestId = r.uint();
      const cursor = r.uint();
      const scopeId = r.str(128);
      if (scopeId !== '') checkOpaqueId(scopeId, 'scope id');
      f = { t: 'pull', requestId, cursor, scopeId, flags: r.u8() };
      break;
    }
    case C.push:
      f = { t: 'push', entries: list(r, MAX_ENTRIES_PER_FRAME, () => readOut(r)) };
      break;
    case C.invite:
      f = {
        t: 'invite',
        requestId: r.uint(),
        inviteId: r.fixed(ID_BYTES),
        role: roleOf(r.u8()),
        authHash: r.fixed(32),
        expiresAt: r.uint(),
      };
      break;
    case C['scope-set']:
      f = {
        t: 'scope-set',
        requestId: r.uint(),
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
        includeSupervisors: r.u8() === 1,
        members: list(r, MAX_LIST, () => r.uint()),
      };
      break;
    case C['remove-member']:
      f = { t: 'remove-member', requestId: r.uint(), memberNo: r.uint() };
      break;
    case C['erase-scope']:
      f = {
        t: 'erase-scope',
        requestId: r.uint(),
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
      };
      break;
    case C.ping:
      f = { t: 'ping' };
      break;
    case C['roster-pull']:
      f = { t: 'roster-pull', requestId: r.uint(), from: r.uint() };
      break;
    case C['roster-append']:
      f = {
        t: 'roster-append',
        requestId: r.uint(),
        index: r.uint(),
        event: r.bytes(MAX_ROSTER_EVENT_BYTES).slice(),
      };
      break;
    case C['snapshot-ok']:
      f = { t: 'snapshot-ok', docId: checkOpaqueId(r.str(128), 'document id'), seq: r.uint() };
      break;
    default:
      throw new FrameError('unknown-type', `unknown client frame type ${type}`);
  }
  r.end();
  return f;
}

export function decodeServerFrame(bytes: Uint8Array): ServerFrame {
  const r = sizeCheck(bytes);
  const type = r.u8();
  let f: ServerFrame;
  switch (type) {
    case S.challenge:
      f = { t: 'challenge', version: r.u8(), serverId: r.fixed(ID_BYTES), nonce: r.fixed(32) };
      break;
    case S.welcome:
      f = {
        t: 'welcome',
        teamId: r.fixed(ID_BYTES),
        memberNo: r.uint(),
        role: roleOf(r.u8()),
        teamSeq: r.uint(),
      };
      break;
    case S.members:
      f = {
        t: 'members',
        members: list(r, MAX_LIST, () => ({
          memberNo: r.uint(),
          role: roleOf(r.u8()),
          signPk: r.fixed(SIGN_PK_BYTES).slice(),
          boxPk: r.fixed(BOX_PK_BYTES).slice(),
          inviteId: r.fixed(ID_BYTES).slice(),
          joinMac: r.fixed(MAC_BYTES).slice(),
          removed: r.u8() === 1,
        })),
      };
      break;
    case S.scopes: {
      const scopes = list(r, MAX_LIST, () => ({
        scopeId: checkOpaqueId(r.str(128), 'scope id'),
        owner: r.uint(),
        includeSupervisors: r.u8() === 1,
        members: list(r, MAX_LIST, () => r.uint()),
      }));
      f = r.remaining > 0 ? { t: 'scopes', scopes, more: r.u8() === 1 } : { t: 'scopes', scopes };
      break;
    }
    case S['pull-info']:
      f = { t: 'pull-info', requestId: r.uint(), count: r.uint(), bytes: r.uint() };
      break;
    case S.entries: {
      const requestId = r.uint();
      const entries = list(r, MAX_ENTRIES_PER_FRAME, () => {
        const seq = r.uint();
        const author = r.uint();
        return { seq, author, ...readOut(r) };
      });
      f = { t: 'entries', requestId, entries };
      break;
    }
    case S.synced:
      f = { t: 'synced', requestId: r.uint(), cursor: r.uint() };
      break;
    case S.ack:
      f = {
        t: 'ack',
        results: list(r, MAX_ENTRIES_PER_FRAME, () => ({
          updateId: r.fixed(ID_BYTES).slice(),
          seq: r.uint(),
          status: r.u8() as AckStatus,
          code: r.u8(),
        })),
      };
      break;
    case S.result:
      f = { t: 'result', requestId: r.uint(), code: r.u8() };
      break;
    case S.error: {
      const code = r.u8() as ErrorCode;
      const reason = r.str(400);
      f =
        r.remaining > 0
          ? { t: 'error', code, reason, retryAfterMs: r.uint() }
          : { t: 'error', code, reason };
      break;
    }
    case S.pong:
      f = { t: 'pong' };
      break;
    case S.roster:
      f = {
        t: 'roster',
        from: r.uint(),
        total: r.uint(),
        events: list(r, MAX_LIST, () => r.bytes(MAX_ROSTER_EVENT_BYTES).slice()),
      };
      break;
    default:
      throw new FrameError('unknown-type', `unknown server frame type ${type}`);
  }
  r.end();
  return f;
}

/** Encoded size of one stored entry inside an `entries` frame (for paging under the limit). */
export function storedEntrySize(e: OutEntry): number {
  return 48 + e.docId.length + e.scopeId.length + e.keyId.length + SIG_BYTES + e.body.length;
}

/** An upper bound of one scope's encoded size inside a `scopes` frame (for paging). */
export function scopeInfoSize(s: ScopeInfo): number {
  return 24 + s.scopeId.length + 9 * s.members.length;
}
