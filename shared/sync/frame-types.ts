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
