import type { MemberInfo, Role, ScopeInfo, ServerFrame, StoredEntry } from '../../../shared/sync';
import type { Clock } from '../clock';
import type { AuthorSequences } from './author-sequences';
import type { ChunkLink } from './chunk-link';
import type {
  DataSaverOptions,
  HistoryCheck,
  SyncClientOptions,
  SyncProblem,
  SyncState,
  SyncStatus,
} from './client-types';
import type { Connection, Link } from './connection';
import type { HistoryWatch } from './history-check';
import { type EnvelopeKey, sameBytes, sealKeyEnvelope } from './identity';
import type { LocalSyncState } from './local-state';
import type { Pulls } from './pulls';
import type { Push } from './push';
import type { EntryReceiver } from './receive';
import type { Snapshots } from './snapshots';
import { createSyncParts } from './sync-parts';
import { TeamRequests } from './team-requests';
import type { DataSaver, TrafficMeter } from './traffic';
import { waitUntil } from './wait-until';

type Listener = (status: SyncStatus) => void;

export {
  RelayRefusal,
  type DataSaverOptions,
  type HistoryCheck,
  type SyncClientOptions,
  type SyncKeySource,
  type SyncProblem,
  type SyncState,
  type SyncStatus,
  type TrustedMember,
  type TrustedMembers,
} from './client-types';

/**
 * The sync client (docs/sync-protocol.md). One WebSocket carries every document of the team:
 * authenticate by signed challenge, pull everything after the cursor in one request, push the
 * outbox as merged, sealed, signed entries, receive live entries. Local writing never waits on it.
 *
 * This class only coordinates; each job is its own part (issue #10, item 8): connection.ts (the
 * socket, handshake, backoff, keep-alive), pulls.ts (main pull, backfills, the cursor),
 * apply-entry.ts and receive.ts (judging and applying entries, the quarantine), push.ts (the
 * outbox), snapshots.ts, history-check.ts (author numbers), traffic.ts (bytes, data saver),
 * team-requests.ts (invites, roster, scopes, removals, erasure); sync-parts.ts makes and wires them.
 */
export class SyncClient {
  private readonly local: LocalSyncState;
  private readonly clock: Clock;
  private readonly listeners = new Set<Listener>();
  private state: SyncState = { kind: 'offline' };
  /** Entries to fetch and send on this connection, and how many are done (the progress bar). */
  private progress = { done: 0, total: 0 };
  private membersByNo = new Map<number, MemberInfo>();
  private readonly sequences: AuthorSequences;
  private readonly connection: Connection;
  private readonly pulls: Pulls;
  private readonly receiver: EntryReceiver;
  private readonly historyWatch: HistoryWatch;
  private readonly push: Push;
  private readonly snapshots: Snapshots;
  private readonly traffic: TrafficMeter;
  private readonly saver: DataSaver;
  /** The attachment path on this client's connection (electron/core/attachments/attachment-sync.ts). */
  readonly chunkLink: ChunkLink;
  /** Invites, the roster, scope members, removals and erasures (team-requests.ts). */
  private readonly requests: TeamRequests;

  constructor(private readonly options: SyncClientOptions) {
    const parts = createSyncParts(options, {
      state: () => this.state,
      setState: (state) => this.setState(state),
      opened: () => this.opened(),
      welcomed: () => this.welcomed(),
      frame: (link, frame) => this.onFrame(link, frame),
      keyArrived: () => this.retryQuarantine(),
    });
    this.local = parts.local;
    this.clock = parts.clock;
    this.traffic = parts.traffic;
    this.saver = parts.saver;
    this.connection = parts.connection;
    this.chunkLink = parts.chunkLink;
    this.sequences = parts.sequences;
    this.historyWatch = parts.historyWatch;
    this.pulls = parts.pulls;
    this.push = parts.push;
    this.snapshots = parts.snapshots;
    this.receiver = parts.receiver;
    this.requests = new TeamRequests(this.connection, this.clock, options);
  }

  // ---- public API ----------------------------------------------------------------------------

  /** Connects and stays connected (reconnecting with backoff) until `stop()`. */
  start(): void {
    this.connection.start();
  }

  /** Disconnects; everything not acknowledged stays in the outbox. */
  async stop(): Promise<void> {
    this.connection.stop();
    this.push.cancelWindow(false);
    this.traffic.flush();
    this.setState({ kind: 'offline' });
  }

  /**
   * A local change of `docId`, already persisted in the store. Call it right after (or in the same
   * transaction as) DocumentStore.applyUpdate / persistLocalChange for changes made on this device,
   * never for updates that came from the sink. It only writes one row; pushing happens later.
   */
  enqueue(docId: string, update: Uint8Array): void {
    this.local.enqueueUpdate(docId, update);
    this.push.schedule(() => this.pushOutbox());
    this.changeWaits();
  }

  /**
   * Seals `key` to a verified member's X25519 key and queues the envelope (sent like any entry).
   * Sealed to ourselves (escrow), it uses this device's own key, whatever any list says.
   */
  shareKey(envelope: EnvelopeKey, memberNo: number): void {
    const member = this.options.trusted.member(memberNo);
    if (!member || member.removed) throw new Error(`no verified member ${memberNo}`);
    const own = this.options.secrets;
    const isSelf = sameBytes(member.signPk, own.signKeyPair.publicKey);
    const boxPk = isSelf ? own.boxKeyPair.publicKey : member.boxPk;
    const { scopeId, keyId } = envelope;
    this.local.enqueueKey(scopeId, keyId, memberNo, sealKeyEnvelope(envelope, boxPk));
    this.push.schedule(() => this.pushOutbox());
    this.changeWaits();
  }

  /**
   * A change waits for the batch window: "up to date" would be a false promise until the relay
   * has acknowledged it (settle() says it again then, or when nothing can be sent yet).
   */
  private changeWaits(): void {
    if (this.connection.ready() && this.state.kind === 'up-to-date') {
      this.setState({ kind: 'syncing', ...this.progress });
    } else {
      this.emit();
    }
  }

  /** Pushes now instead of at the end of the batch window. */
  flush(): void {
    this.push.cancelWindow();
    this.pushOutbox();
  }

  status(): SyncStatus {
    const t = this.traffic.totals();
    const last = this.local.state('last-synced');
    return {
      state: this.state,
      pending: this.local.pendingCount(),
      pendingDocuments: this.local.pendingDocumentCount(),
      refused: this.local.refusedCount(),
      quarantined: this.local.quarantined().length,
      lastSyncedAt: last ? Number(last) : null,
      bytesSent: t.sent,
      bytesReceived: t.received,
      deferredBytes: this.saver.deferredBytes(),
      memberNo: this.connection.ready()?.memberNo ?? null,
    };
  }

  /** Documents with local changes the relay has not acknowledged yet ("will be sent"). */
  pendingDocuments(): string[] {
    return this.local.pendingDocuments();
  }

  onStatus(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  members(): MemberInfo[] {
    return [...this.membersByNo.values()];
  }

  scopes(): ScopeInfo[] {
    return [...this.pulls.scopeList];
  }

  get cursor(): number {
    return this.pulls.cursor;
  }

  /** Withheld, reordered or forked history, as far as the author numbers show it. */
  history(): HistoryCheck {
    return this.historyWatch.history();
  }

  dismissHistoryEvents(): void {
    this.sequences.dismissEvents();
    this.emit();
  }

  problems(): SyncProblem[] {
    return this.local.quarantined().map(({ seq, docId, reason }) => ({ seq, docId, reason }));
  }

  setDataSaver(options: Partial<DataSaverOptions>): void {
    this.saver.update(options);
    if (!this.saver.active()) this.resumeDeferred();
  }

  /** Lets the deferred download (and snapshots) through once, on this connection. */
  allowLargeTransfers(): void {
    this.saver.allowLargeTransfers();
    this.resumeDeferred();
    this.chunkLink.welcomed();
  }

  /** A supervisor invites a device: returns the code to hand over and the secret to keep. */
  createInvite(
    role: Role,
    ttlSeconds?: number,
  ): Promise<{ code: string; inviteId: Uint8Array; secret: Uint8Array }> {
    return this.requests.createInvite(role, ttlSeconds);
  }

  /** Asks the relay for the roster again from what this device holds (after starting over). */
  pullRoster(): Promise<number> {
    return this.requests.pullRoster();
  }

  /** Appends one signed roster event; resolves with the relay's code (0, or Conflict and such). */
  appendRoster(index: number, event: Uint8Array): Promise<number> {
    return this.requests.appendRoster(index, event);
  }

  /** The owner of a scope sets who besides them may read it. */
  setScopeMembers(scopeId: string, members: number[], includeSupervisors?: boolean): Promise<void> {
    return this.requests.setScopeMembers(scopeId, members, includeSupervisors);
  }

  removeMember(memberNo: number): Promise<void> {
    return this.requests.removeMember(memberNo);
  }

  /** Asks the relay to drop every entry of a scope and refuse it from now on (erasure). */
  eraseScope(scopeId: string): Promise<void> {
    return this.requests.eraseScope(scopeId);
  }

  /** Tries quarantined entries again (e.g. after a key arrived); returns how many now opened. */
  retryQuarantine(): number {
    const fixed = this.receiver.retryQuarantine();
    if (fixed > 0) this.emit();
    return fixed;
  }

  /** Resolves when the client is up to date with nothing pending (tests, benchmarks). */
  whenIdle(timeoutMs = 30_000): Promise<void> {
    const idle = (): boolean =>
      this.state.kind === 'up-to-date' &&
      this.connection.ready() !== undefined &&
      this.push.inflight.size === 0 &&
      this.pulls.open === 0 &&
      this.local.pendingCount() === 0;
    return waitUntil(
      idle,
      (l) => this.onStatus(l),
      timeoutMs,
      () => JSON.stringify(this.state),
    );
  }

  /**
   * "Sync now": a connection that is up pushes what waits at once; one that is down is tried
   * again right away instead of at the end of its backoff (and after a refusal that stopped the
   * client, once more). Nothing happens while an attempt is already under way.
   */
  syncNow(): void {
    if (this.connection.ready()) {
      this.flush();
      return;
    }
    this.connection.retryNow();
  }

  // ---- the connection's events -----------------------------------------------------------------

  /** A new socket: nothing is pulled, in flight or counted on it yet. */
  private opened(): void {
    this.progress = { done: 0, total: 0 };
    this.pulls.reset();
    this.push.reset();
  }

  private welcomed(): void {
    this.saver.connected();
    this.chunkLink.welcomed();
    this.local.retryRefused();
    this.setState({ kind: 'syncing', done: 0, total: 0 });
    // The roster first: entries and keys are checked against it.
    if (this.options.onRoster) {
      this.connection
        .request({ t: 'roster-pull', requestId: 0, from: this.options.rosterLength?.() ?? 0 })
        .catch(() => undefined);
    }
    this.startMainPull();
    this.pushOutbox();
  }

  private onFrame(link: Link, f: ServerFrame): void {
    switch (f.t) {
      case 'members':
        this.membersByNo = new Map(f.members.map((m) => [m.memberNo, m]));
        // Listeners act on who is in the team (opening the team scope, sharing keys, the screen).
        this.emit();
        return;
      case 'scopes': {
        const scopes = this.pulls.scopesPage(f.scopes, f.more);
        if (scopes) this.pulls.scopes(scopes, link.ready);
        return;
      }
      case 'pull-info':
        return this.onPullInfo(f);
      case 'entries':
        return this.onEntries(f.requestId, f.entries);
      case 'synced':
        if (this.pulls.synced(f.requestId, f.cursor, link.ready)) {
          this.maybeSnapshot(link);
          this.settle(link);
        }
        return;
      case 'ack':
        return this.onAck(link, f.results);
      case 'roster':
        this.options.onRoster?.(f);
        return;
      default:
        return;
    }
  }

  // ---- pulling ---------------------------------------------------------------------------------

  private startMainPull(): void {
    this.pulls.startMain(this.saver.active());
  }

  private resumeDeferred(): void {
    if (!this.connection.ready() || !this.saver.takeDeferred()) return;
    this.startMainPull();
  }

  private onPullInfo(f: Extract<ServerFrame, { t: 'pull-info' }>): void {
    if (this.pulls.kindOf(f.requestId) === 'peek') {
      // Small enough: fetch it now, as an ordinary pull.
      if (this.saver.peeked(f.bytes)) this.saver.whileAllowed(() => this.startMainPull());
      return;
    }
    this.progress.total += f.count;
    this.setState({ kind: 'syncing', ...this.progress });
  }

  private onEntries(requestId: number, entries: StoredEntry[]): void {
    this.pulls.receive(requestId, entries, (entry) => this.receiver.apply(entry, true));
    if (requestId !== 0) {
      this.progress.done += entries.length;
      this.setState({ kind: 'syncing', ...this.progress });
    } else if (this.pulls.caughtUp && this.pulls.open === 0) {
      // Live entries while caught up: a number skipped now is withheld, not on its way.
      this.checkHistory();
    }
  }

  /** Recomputes which author numbers are missing; the set only means something once caught up. */
  private checkHistory(): void {
    this.historyWatch.check(this.local.quarantinedDocs(), (missing) => {
      if (this.connection.ready() && missing.length > 0) this.pulls.refetch(missing);
    });
  }

  private settle(link: Link): void {
    if (this.connection.link !== link || !link.ready) return;
    if (this.push.inflight.size === 0 && this.pulls.open === 0 && !this.pulls.mainPending()) {
      if (this.local.pendingCount() === 0 || this.push.nothingSendable()) {
        // Caught up: only now does a missing number mean withheld rather than not yet arrived.
        this.checkHistory();
        if (this.pulls.open > 0) return this.emit();
        this.local.setState('last-synced', String(this.clock.now()));
        this.progress = { done: 0, total: 0 };
        this.setState({ kind: 'up-to-date' });
        return;
      }
    }
    this.emit();
  }

  // ---- pushing ---------------------------------------------------------------------------------

  private pushOutbox(): void {
    const link = this.connection.ready();
    if (!link) return;
    const sent = this.push.pushOutbox();
    if (sent > 0) {
      this.progress.total += sent;
      this.setState({ kind: 'syncing', ...this.progress });
    } else {
      this.settle(link);
    }
  }

  private onAck(link: Link, results: Extract<ServerFrame, { t: 'ack' }>['results']): void {
    this.push.onAck(results, link.memberNo);
    this.progress.done += results.length;
    if (this.local.pendingCount() > 0) this.pushOutbox();
    this.maybeSnapshot(link);
    this.settle(link);
  }

  /** Snapshots (snapshots.ts) wait for history to be downloaded and for the data saver. */
  private maybeSnapshot(link: Link): void {
    if (!this.snapshots.enabled() || !this.pulls.caughtUp || this.pulls.open > 0) return;
    if (this.saver.active()) return;
    this.snapshots.write(this.cursor, link.memberNo);
  }

  // ---- status ----------------------------------------------------------------------------------

  private setState(state: SyncState): void {
    this.state = state;
    this.emit();
  }

  private emit(): void {
    if (this.listeners.size === 0) return;
    const status = this.status();
    for (const listener of this.listeners) listener(status);
  }
}
