import type {
  AckResult,
  MemberInfo,
  OutEntry,
  Role,
  ScopeInfo,
  StoredEntry,
} from '../../shared/sync';
import { toHex } from '../../shared/encoding/hex';
import type { Quotas } from './acceptance';
import type { ChunkStore } from './chunks';

/**
 * What the relay keeps, behind one interface with two implementations: SQLite (embedded, one
 * process) and PostgreSQL (several processes, fan-out via LISTEN/NOTIFY). Every column is an
 * opaque id, a number, a public key, a MAC, a signature or ciphertext.
 */
export interface InviteRecord {
  inviteId: Uint8Array;
  role: Role;
  authHash: Uint8Array;
  createdBy: number;
  /** Unix seconds. */
  expiresAt: number;
}

export interface NewMember {
  signPk: Uint8Array;
  boxPk: Uint8Array;
  inviteId: Uint8Array;
  joinMac: Uint8Array;
}

export interface ReadQuery {
  after: number;
  member: number;
  /** Scopes the member may read (the server decides; storage only filters). */
  scopes: string[];
  /** Restrict to one scope (a backfill after access was granted). */
  scopeId?: string;
  includeOwn: boolean;
  maxBytes: number;
  maxCount: number;
}

export interface ReadResult {
  entries: StoredEntry[];
  /** The cursor after this read: the last entry returned, or the team's head when all were read. */
  scannedTo: number;
  done: boolean;
}

/** What the server knows that the append's acceptance policy (acceptance.ts) asks about. */
export interface WritePolicy {
  canWrite(scope: ScopeInfo): boolean;
  isMember(memberNo: number): boolean;
  /** The relay's caps (DEFAULT_QUOTAS when absent). */
  quotas?: Quotas;
}

/** scope-set: done, not the owner's to change, or over the member's cap of scopes. */
export type ScopeSetOutcome = 'ok' | 'forbidden' | 'too-many';

export interface AppendOutcome {
  results: AckResult[];
  lastSeq: number;
  stored: number;
  scopesCreated: boolean;
}

export type StorageEvent =
  /** `stored`: the entries this process just committed, in seq order (absent for other processes). */
  | { type: 'entries'; team: string; seq: number; stored?: StoredEntry[] }
  | { type: 'members'; team: string }
  | { type: 'roster'; team: string }
  | { type: 'scopes'; team: string };

export interface SyncStorage {
  readonly kind: 'sqlite' | 'postgres';
  /** Attachment chunks (issue #14, item 1); absent in a store that keeps none (tests' fakes). */
  readonly chunks?: ChunkStore;
  serverId(): Promise<Uint8Array>;
  ping(): Promise<void>;
  createTeam(
    teamId: Uint8Array,
    founder: { signPk: Uint8Array; boxPk: Uint8Array },
  ): Promise<MemberInfo | 'exists'>;
  createInvite(teamId: Uint8Array, invite: InviteRecord): Promise<boolean>;
  /**
   * Consumes the invite and adds the member, atomically. A wrong secret for a live invite is
   * counted on the invite; at `maxWrongSecrets` (0: never) the invite is burned and refuses even
   * the right secret from then on ('burned').
   */
  join(
    teamId: Uint8Array,
    inviteAuthHash: Uint8Array,
    member: NewMember,
    nowSeconds: number,
    maxWrongSecrets?: number,
  ): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'>;
  members(teamId: Uint8Array): Promise<MemberInfo[]>;
  /**
   * The team's signed roster log (shared/sync/roster.ts), stored as the bytes devices signed: the
   * relay verifies an event before appending it, but devices never rely on that.
   */
  rosterLength(teamId: Uint8Array): Promise<number>;
  roster(teamId: Uint8Array, from: number, limit: number): Promise<Uint8Array[]>;
  /** Appends at `index` only if the log has exactly `index` events ('conflict' otherwise). */
  appendRoster(teamId: Uint8Array, index: number, event: Uint8Array): Promise<'ok' | 'conflict'>;
  removeMember(teamId: Uint8Array, memberNo: number): Promise<boolean>;
  scopes(teamId: Uint8Array): Promise<ScopeInfo[]>;
  /**
   * Creates a scope (owner = by, within the member's cap) or changes its member list. Only its
   * owner may change it, or a supervisor (`bySupervisor`), who hands a case over when its
   * counselor cannot; the owner stays.
   */
  setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor?: boolean,
    quotas?: Quotas,
  ): Promise<ScopeSetOutcome>;
  /**
   * Crypto-shredding on the relay: every entry of the scope (updates, snapshots, key envelopes)
   * and its document bindings are deleted, and a tombstone refuses anything written to it later.
   * Allowed to the scope's owner or a supervisor. An unknown scope is tombstoned all the same.
   */
  eraseScope(
    teamId: Uint8Array,
    scopeId: string,
    by: number,
    bySupervisor: boolean,
    nowSeconds: number,
  ): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }>;
  teamSeq(teamId: Uint8Array): Promise<number>;
  append(
    teamId: Uint8Array,
    author: number,
    entries: OutEntry[],
    policy: WritePolicy,
  ): Promise<AppendOutcome>;
  /**
   * A member other than its author decrypted the snapshot at `seq` of `docId`: drop the updates
   * it covers and the document's older snapshots (acceptance.ts `confirmedCover` decides whether
   * the confirmation counts). Returns how many entries were deleted.
   */
  confirmSnapshot(
    teamId: Uint8Array,
    docId: string,
    seq: number,
    by: number,
    canRead: (scope: ScopeInfo) => boolean,
  ): Promise<number>;
  /** Bytes of entry bodies the team holds (what the quota counts). */
  teamBytes(teamId: Uint8Array): Promise<number>;
  read(teamId: Uint8Array, query: ReadQuery): Promise<ReadResult>;
  summary(teamId: Uint8Array, query: ReadQuery): Promise<{ count: number; bytes: number }>;
  /** Events from this process and (PostgreSQL) from every other process on the database. */
  onEvent(listener: (event: StorageEvent) => void): void;
  close(): Promise<void>;
}

export const ROLE_CODE: Record<Role, number> = { supervisor: 1, counselor: 2 };
export const roleFromCode = (code: number): Role => (code === 1 ? 'supervisor' : 'counselor');
export const ZERO_ID = new Uint8Array(16);
export const ZERO_MAC = new Uint8Array(32);
export const teamKey = (teamId: Uint8Array): string => toHex(teamId);
