import type { ErrorCode } from '../../../shared/sync';
import type { Clock } from '../clock';
import type { KeyProvider, SqliteDatabase } from '../store';
import type { AccountSecrets } from '../vault';
import type { HistoryEvent, MissingRange } from './author-sequences';
import type { OfflineCause, OnlineProbe } from './connection-problem';
import type { EnvelopeKey } from './identity';
import type { Timers, WebSocketFactory } from './transport';

/**
 * The sync client's public types (its options, status and problems), apart from the class so the
 * parts it is made of (connection.ts, pulls.ts, push.ts, ...) can name them without importing it.
 */
/** Which case key a document is written and read with, and which access scope it belongs to. */
export interface SyncKeySource {
  currentKey(docId: string): { keyId: string; key: Uint8Array } | undefined;
  /**
   * The key an incoming entry names, for the scope it names: undefined when this device holds no
   * such key of that scope, or when the document is this device's own and may not be shared.
   */
  keyById(docId: string, keyId: string, scopeId: string): Uint8Array | undefined;
  scopeOf(docId: string): string | undefined;
}

export type SyncState =
  /**
   * `cause` and `detail`: why the last connection failed or ended (absent before the first try
   * and after stop()); `retryAt`: when the next attempt starts by itself (ms).
   */
  | { kind: 'offline'; cause?: OfflineCause; detail?: string; retryAt?: number }
  | { kind: 'connecting' }
  | { kind: 'syncing'; done: number; total: number }
  | { kind: 'up-to-date' }
  /** `code`: the relay's ErrorCode when it refused us; `retryAt`: when it will try again (ms). */
  | { kind: 'error'; reason: string; code?: ErrorCode; retryAt?: number };

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  /**
   * Documents with such changes: what a person counts ("one session waits"), not the Yjs updates
   * it took to write them (issue #12: one revision counted as 21 pending changes).
   */
  pendingDocuments: number;
  /** Changes the server refused (no access to their scope); offered again on reconnect. */
  refused: number;
  quarantined: number;
  /** Unix ms of the last time this device was fully caught up, or null. */
  lastSyncedAt: number | null;
  /** This calendar month (the clock's UTC month), persisted. */
  bytesSent: number;
  bytesReceived: number;
  /** Data saver: bytes waiting on the server until large transfers are allowed. */
  deferredBytes: number;
  memberNo: number | null;
}

export interface SyncProblem {
  docId: string;
  seq: number;
  reason: string;
  /** For a relay's refusal of a pushed change: its ErrorCode (QuotaExceeded, TooManyScopes). */
  code?: number;
}

export interface DataSaverOptions {
  enabled: boolean;
  /** Downloads and snapshots above this many bytes wait (default 512 KiB). */
  thresholdBytes?: number;
  /** The network is flagged unmetered (Wi-Fi the user trusts): the saver steps aside. */
  unmetered?: boolean;
}

export interface SyncClientOptions {
  url: string;
  teamId: Uint8Array;
  secrets: Pick<AccountSecrets, 'signKeyPair' | 'boxKeyPair'>;
  keys: SyncKeySource;
  /**
   * Who is in the team, and with which keys, as this device has verified it (the signed roster,
   * electron/core/team/roster-keeper.ts): entries are checked against these keys and key
   * envelopes sealed to them. The relay's `members` frame is for routing and display only.
   */
  trusted: TrustedMembers;
  /** Roster events from the relay, to verify (electron/core/team/roster-keeper.ts). */
  onRoster?: (frame: { from: number; total: number; events: Uint8Array[] }) => void;
  /** How many roster events this device holds already: the relay sends the rest. */
  rosterLength?: () => number;
  /** The notebook's database (Store.database), migrated to 0005. */
  db: SqliteDatabase;
  /** The local store's key provider: the outbox is sealed with it. */
  localKeys: KeyProvider;
  /**
   * Receives every decrypted update or snapshot from other devices; persist it (synchronously).
   * `author`: the member whose signature the entry carries, checked against the verified roster.
   */
  sink: (docId: string, update: Uint8Array, origin: { author: number; snapshot: boolean }) => void;
  /**
   * Receives case keys sealed to this device, with the generation sealed in their envelope.
   * Store them; quarantined entries are retried after.
   */
  onKey?: (received: EnvelopeKey, fromMember: number) => void;
  onProblem?: (problem: SyncProblem) => void;
  /**
   * The relay stored (or already had) a key envelope this device sealed to its own member number:
   * the relay now holds that key for us (key custody), so backups may leave it out.
   */
  onKeyEscrowed?: (scopeId: string, keyId: string) => void;
  /** Scopes erased on this device: entries that still arrive for them are dropped unread. */
  isErased?: (scopeId: string) => boolean;
  /** The document's full state (Y.encodeStateAsUpdate), for writing snapshots to the server. */
  snapshotOf?: (docId: string) => Uint8Array | undefined;
  webSocketFactory?: WebSocketFactory;
  clock?: Clock;
  timers?: Timers;
  random?: () => number;
  /** Keystrokes within this window travel as one merged update (default 1000 ms). */
  batchDelayMs?: number;
  maxBatchBytes?: number;
  /** Write a snapshot after this many entries or bytes of a document (default 256 / 256 KiB). */
  snapshotAfter?: { entries: number; bytes: number };
  dataSaver?: DataSaverOptions;
  backoff?: { baseMs: number; maxMs: number };
  /** Close and reconnect when nothing arrived for this long (default 75 s; a ping every third). */
  idleTimeoutMs?: number;
  /** Pad ciphertext to size buckets (default true; the benchmark measures its cost). */
  pad?: boolean;
  /**
   * Number this device's updates per document and check everyone else's (default true:
   * author-sequences.ts). Off only to measure what the numbers cost on the wire.
   */
  sequence?: boolean;
  /** The history check changed (a number went missing or arrived, a fork or late arrival). */
  onHistory?: (check: HistoryCheck) => void;
  /** Whether the machine has a network at all (tells "no internet" from "relay unreachable"). */
  online?: OnlineProbe;
}

/** What this device can tell about the completeness of the history the relay showed it. */
export interface HistoryCheck {
  /** Numbers withheld: a later one arrived, these did not (recomputed each time sync settles). */
  missing: MissingRange[];
  /** Forks and late arrivals seen, kept until dismissed. */
  events: HistoryEvent[];
}

/** A member as this device has verified them: never taken from the relay's word alone. */
export interface TrustedMember {
  signPk: Uint8Array;
  boxPk: Uint8Array;
  removed: boolean;
  /** For a removed member: entries the relay numbers after this are refused. */
  removedAfterSeq?: number;
}

export interface TrustedMembers {
  member(memberNo: number): TrustedMember | undefined;
}

/** The relay answered a request with an error code (ErrorCode in shared/sync). */
export class RelayRefusal extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = 'RelayRefusal';
  }
}
