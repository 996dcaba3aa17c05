import {
  decodeServerFrame,
  encodeClientFrame,
  ErrorCode,
  PROTOCOL_VERSION,
  PullFlags,
  type ClientFrame,
  type MemberInfo,
  type Role,
  type ScopeInfo,
  type ServerFrame,
  type StoredEntry,
} from '../../../shared/sync';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { randomBytes } from '../crypto';
import { AuthorSequences, type MissingRange } from './author-sequences';
import {
  encodeInvite,
  type EnvelopeKey,
  inviteAuthHash,
  inviteKeys,
  newId,
  sameBytes,
  sealKeyEnvelope,
  signAuth,
  toHex,
} from './identity';
import { machineOnline, offlineReason } from './connection-problem';
import {
  RelayRefusal,
  type DataSaverOptions,
  type HistoryCheck,
  type SyncClientOptions,
  type SyncProblem,
  type SyncState,
  type SyncStatus,
} from './client-types';
import { HistoryWatch } from './history-check';
import { LocalSyncState } from './local-state';
import { Push } from './push';
import { EntryReceiver } from './receive';
import { Snapshots } from './snapshots';
import { DataSaver, TrafficMeter } from './traffic';
import {
  backoffDelay,
  defaultWebSocketFactory,
  frameBytes,
  OPEN,
  realTimers,
  type Timers,
  type WebSocketFactory,
  type WebSocketLike,
} from './transport';

const FATAL = new Set([
  ErrorCode.NotMember,
  ErrorCode.AuthFailed,
  ErrorCode.Version,
  ErrorCode.BadInvite,
]);
/** A RateLimited refusal without a retry-after (not sent by this relay): wait this long. */
const RATE_LIMITED_FALLBACK_MS = 30_000;

interface Session {
  ws: WebSocketLike;
  ready: boolean;
  memberNo: number;
  role: Role;
  requests: Map<number, (code: number) => void>;
  pulls: Map<number, { kind: 'main' | 'peek' | 'backfill'; scopeId?: string }>;
  mainFrom: number;
  mainDone: boolean;
  progress: { done: number; total: number };
  idleTimer: unknown;
  pingTimer: unknown;
  /** The relay refused us for now (RateLimited): reconnect no sooner than this. */
  retryAfterMs?: number;
  /** Pages of a `scopes` list still being received (acted on once the last arrives). */
  scopePages: ScopeInfo[];
  /** Scopes whose history was fetched again on this connection to look for missing numbers. */
  refetched?: Set<string>;
  /** The socket's error, if it failed: the close that follows says why with it. */
  error?: Error;
}

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
 */
export class SyncClient {
  private readonly local: LocalSyncState;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly factory: WebSocketFactory;
  private readonly listeners = new Set<Listener>();
  private session: Session | undefined;
  private running = false;
  /** stop() was called: "sync now" does not bring a stopped client back. */
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: unknown;
  private nextRequest = 1;
  private state: SyncState = { kind: 'offline' };
  private membersByNo = new Map<number, MemberInfo>();
  private scopeList: ScopeInfo[] = [];
  private readonly traffic: TrafficMeter;
  private readonly saver: DataSaver;
  private readonly cursorName: string;
  private readonly sequences: AuthorSequences;
  private readonly historyWatch: HistoryWatch;
  private readonly receiver: EntryReceiver;
  private readonly push: Push;
  private readonly snapshots: Snapshots;

  constructor(private readonly options: SyncClientOptions) {
    this.local = new LocalSyncState(options.db, options.localKeys);
    this.clock = options.clock ?? systemClock;
    this.timers = options.timers ?? realTimers;
    this.random = options.random ?? Math.random;
    this.factory = options.webSocketFactory ?? defaultWebSocketFactory;
    this.cursorName = `cursor:${toHex(options.teamId)}`;
    this.sequences = new AuthorSequences(options.db, () => this.clock.now());
    this.historyWatch = new HistoryWatch(
      this.sequences,
      options.onHistory,
      options.sequence !== false,
    );
    const send = (frame: ClientFrame): void => {
      if (this.session) this.send(this.session, frame);
    };
    const signing = {
      teamId: options.teamId,
      signKey: options.secrets.signKeyPair.privateKey,
      keys: options.keys,
      local: this.local,
      send,
    };
    this.push = new Push(
      {
        ...signing,
        db: options.db,
        timers: this.timers,
        sequences: options.sequence === false ? undefined : this.sequences,
      },
      options,
    );
    this.snapshots = new Snapshots(
      { ...signing, sequences: this.sequences, inflight: () => this.push.inflight },
      options,
    );
    this.receiver = new EntryReceiver(
      {
        db: options.db,
        local: this.local,
        history: this.historyWatch,
        judge: () => ({
          teamId: options.teamId,
          trusted: options.trusted,
          keys: options.keys,
          boxKeyPair: options.secrets.boxKeyPair,
          me: this.session?.memberNo,
          isErased: options.isErased,
        }),
        snapshotApplied: (docId, seq) => {
          const s = this.session;
          if (s?.ready) this.send(s, { t: 'snapshot-ok', docId, seq });
        },
        keyArrived: () => this.retryQuarantine(),
      },
      options,
    );
    this.traffic = new TrafficMeter(this.local, this.clock, this.timers);
    this.saver = new DataSaver(options.dataSaver);
  }

  // ---- public API ----------------------------------------------------------------------------

  /** Connects and stays connected (reconnecting with backoff) until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = false;
    this.attempt = 0;
    this.connect();
  }

  /** Disconnects; everything not acknowledged stays in the outbox. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    this.timers.clearTimeout(this.reconnectTimer);
    this.push.cancelWindow(false);
    this.session?.ws.close(1000, 'client stopping');
    this.dropSession();
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
    const s = this.session;
    if (s?.ready && this.state.kind === 'up-to-date') {
      this.setState({ kind: 'syncing', ...s.progress });
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
      memberNo: this.session?.ready ? this.session.memberNo : null,
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
    return [...this.scopeList];
  }

  get cursor(): number {
    return Number(this.local.state(this.cursorName) ?? 0);
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
  }

  /** A supervisor invites a device: returns the code to hand over and the secret to keep. */
  async createInvite(
    role: Role,
    ttlSeconds = 7 * 24 * 3600,
  ): Promise<{ code: string; inviteId: Uint8Array; secret: Uint8Array }> {
    const secret = randomBytes(32);
    const inviteId = newId();
    const code = await this.request({
      t: 'invite',
      requestId: 0,
      inviteId,
      role,
      authHash: inviteAuthHash(inviteKeys(secret).auth),
      expiresAt: Math.floor(this.clock.now() / 1000) + ttlSeconds,
    });
    if (code !== 0) throw new Error(`the server refused the invite (code ${code})`);
    return {
      code: encodeInvite({
        serverUrl: this.options.url,
        teamId: this.options.teamId,
        inviteId,
        secret,
        inviterSignPk: this.options.secrets.signKeyPair.publicKey,
      }),
      inviteId,
      secret,
    };
  }

  /** Asks the relay for the roster again from what this device holds (after starting over). */
  pullRoster(): Promise<number> {
    return this.request({
      t: 'roster-pull',
      requestId: 0,
      from: this.options.rosterLength?.() ?? 0,
    });
  }

  /** Appends one signed roster event; resolves with the relay's code (0, or Conflict and such). */
  appendRoster(index: number, event: Uint8Array): Promise<number> {
    return this.request({ t: 'roster-append', requestId: 0, index, event });
  }

  /** The owner of a scope sets who besides them may read it. */
  async setScopeMembers(
    scopeId: string,
    members: number[],
    includeSupervisors = true,
  ): Promise<void> {
    const code = await this.request({
      t: 'scope-set',
      requestId: 0,
      scopeId,
      includeSupervisors,
      members,
    });
    if (code !== 0) throw new Error(`the server refused the scope change (code ${code})`);
  }

  async removeMember(memberNo: number): Promise<void> {
    const code = await this.request({ t: 'remove-member', requestId: 0, memberNo });
    if (code !== 0) throw new Error(`the server refused the removal (code ${code})`);
  }

  /** Asks the relay to drop every entry of a scope and refuse it from now on (erasure). */
  async eraseScope(scopeId: string): Promise<void> {
    const code = await this.request({ t: 'erase-scope', requestId: 0, scopeId });
    if (code !== 0) throw new RelayRefusal(`the server refused the erasure (code ${code})`, code);
  }

  /** Tries quarantined entries again (e.g. after a key arrived); returns how many now opened. */
  retryQuarantine(): number {
    const fixed = this.receiver.retryQuarantine();
    if (fixed > 0) this.emit();
    return fixed;
  }

  /** Resolves when the client is up to date with nothing pending (tests, benchmarks). */
  whenIdle(timeoutMs = 30_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const s = this.session;
        if (
          this.state.kind === 'up-to-date' &&
          s?.ready &&
          this.push.inflight.size === 0 &&
          s.pulls.size === 0 &&
          this.local.pendingCount() === 0
        ) {
          stop();
          resolve();
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`sync did not settle in ${timeoutMs} ms (${JSON.stringify(this.state)})`));
      }, timeoutMs);
      const off = this.onStatus(() => void check());
      const stop = (): void => {
        clearTimeout(timer);
        off();
      };
      check();
    });
  }

  // ---- connection ------------------------------------------------------------------------------

  private connect(): void {
    if (!this.running) return;
    this.setState({ kind: 'connecting' });
    let ws: WebSocketLike;
    try {
      ws = this.factory(this.options.url);
    } catch (error) {
      this.scheduleReconnect(error instanceof Error ? error.message : String(error));
      return;
    }
    const session: Session = {
      ws,
      ready: false,
      memberNo: 0,
      role: 'counselor',
      requests: new Map(),
      pulls: new Map(),
      mainFrom: 0,
      mainDone: false,
      progress: { done: 0, total: 0 },
      idleTimer: undefined,
      pingTimer: undefined,
      scopePages: [],
    };
    this.session = session;
    this.push.reset();
    this.armIdle(session);
    ws.on('message', (data) => {
      if (this.session !== session) return;
      const bytes = frameBytes(data);
      this.traffic.count(0, bytes.length);
      this.armIdle(session);
      let frame: ServerFrame;
      try {
        frame = decodeServerFrame(bytes);
      } catch {
        this.abort(session, 'the server sent a malformed frame');
        return;
      }
      try {
        this.onFrame(session, frame);
      } catch (error) {
        this.abort(session, error instanceof Error ? error.message : String(error));
      }
    });
    ws.on('error', (error) => {
      session.error = error;
    });
    ws.on('close', () => {
      if (this.session !== session) return;
      this.dropSession();
      if (session.retryAfterMs !== undefined) {
        this.scheduleReconnect('rate limited', session.retryAfterMs);
      } else if (this.state.kind !== 'error') {
        this.scheduleReconnect(session.error ?? 'connection closed');
      }
    });
  }

  private abort(session: Session, reason: string): void {
    if (this.session !== session) return;
    session.ws.close(1002, reason.slice(0, 100));
    this.dropSession();
    this.scheduleReconnect(reason);
  }

  private dropSession(): void {
    const s = this.session;
    if (!s) return;
    this.timers.clearTimeout(s.idleTimer);
    this.timers.clearTimeout(s.pingTimer);
    for (const resolve of s.requests.values()) resolve(-1);
    this.session = undefined;
    this.traffic.flush();
  }

  /**
   * `notBeforeMs`: the relay's retry-after. The jittered backoff comes on top of it, so devices
   * refused together (one office behind one address) do not all return at the same instant; the
   * error state (with the relay's reason) stays on screen until then.
   */
  private scheduleReconnect(reason: unknown, notBeforeMs = 0): void {
    if (!this.running) return;
    const { baseMs, maxMs } = this.options.backoff ?? { baseMs: 500, maxMs: 60_000 };
    const delay = notBeforeMs + backoffDelay(this.attempt++, this.random, baseMs, maxMs);
    if (notBeforeMs === 0) {
      const why = offlineReason(this.options.url, reason, this.options.online ?? machineOnline);
      this.setState({ kind: 'offline', ...why, retryAt: this.clock.now() + delay });
    }
    this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = this.timers.setTimeout(() => this.connect(), delay);
  }

  /**
   * "Sync now": a connection that is up pushes what waits at once; one that is down is tried
   * again right away instead of at the end of its backoff (and after a refusal that stopped the
   * client, once more). Nothing happens while an attempt is already under way.
   */
  syncNow(): void {
    const s = this.session;
    if (s?.ready) {
      this.flush();
      return;
    }
    if (s || this.stopped) return;
    this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.running = true;
    this.attempt = 0;
    this.connect();
  }

  private armIdle(session: Session): void {
    const idle = this.options.idleTimeoutMs ?? 75_000;
    this.timers.clearTimeout(session.idleTimer);
    this.timers.clearTimeout(session.pingTimer);
    session.idleTimer = this.timers.setTimeout(
      () => this.abort(session, 'the server stopped answering'),
      idle,
    );
    session.pingTimer = this.timers.setTimeout(() => {
      if (session.ready) this.send(session, { t: 'ping' });
    }, idle / 3);
  }

  private send(session: Session, frame: ClientFrame): void {
    if (session.ws.readyState !== OPEN) return;
    const bytes = encodeClientFrame(frame);
    this.traffic.count(bytes.length, 0);
    session.ws.send(bytes);
  }

  private request(frame: Extract<ClientFrame, { requestId: number }>): Promise<number> {
    const s = this.session;
    if (!s?.ready) return Promise.reject(new Error('not connected to the sync server'));
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      s.requests.set(requestId, (code) =>
        code < 0 ? reject(new Error('the connection closed')) : resolve(code),
      );
      this.send(s, { ...frame, requestId } as ClientFrame);
    });
  }

  // ---- frames ----------------------------------------------------------------------------------

  private onFrame(s: Session, f: ServerFrame): void {
    switch (f.t) {
      case 'challenge':
        return this.onChallenge(s, f);
      case 'welcome':
        return this.onWelcome(s, f);
      case 'members':
        this.membersByNo = new Map(f.members.map((m) => [m.memberNo, m]));
        // Listeners act on who is in the team (opening the team scope, sharing keys, the screen).
        this.emit();
        return;
      case 'scopes': {
        s.scopePages.push(...f.scopes);
        if (f.more) return;
        const scopes = s.scopePages;
        s.scopePages = [];
        return this.onScopes(s, scopes);
      }
      case 'pull-info':
        return this.onPullInfo(s, f);
      case 'entries':
        return this.onEntries(s, f.requestId, f.entries);
      case 'synced':
        return this.onSynced(s, f);
      case 'ack':
        return this.onAck(s, f.results);
      case 'result': {
        const resolve = s.requests.get(f.requestId);
        s.requests.delete(f.requestId);
        resolve?.(f.code);
        return;
      }
      case 'error':
        if (f.code === ErrorCode.RateLimited) {
          // Temporary: show why, keep running, and reconnect after the retry-after (on close).
          s.retryAfterMs = f.retryAfterMs ?? RATE_LIMITED_FALLBACK_MS;
          const retryAt = this.clock.now() + s.retryAfterMs;
          this.setState({ kind: 'error', reason: f.reason, code: f.code, retryAt });
        } else if (FATAL.has(f.code)) {
          this.running = false;
          this.setState({ kind: 'error', reason: f.reason, code: f.code });
        }
        return;
      case 'pong':
        return;
      case 'roster':
        this.options.onRoster?.(f);
        return;
    }
  }

  private onChallenge(s: Session, f: Extract<ServerFrame, { t: 'challenge' }>): void {
    if (f.version !== PROTOCOL_VERSION) {
      this.running = false;
      this.setState({
        kind: 'error',
        reason: `the server speaks protocol ${f.version}`,
        code: ErrorCode.Version,
      });
      s.ws.close(1002, 'version');
      return;
    }
    const { signKeyPair } = this.options.secrets;
    const sig = signAuth(
      {
        purpose: 'auth',
        serverId: f.serverId,
        nonce: f.nonce,
        teamId: this.options.teamId,
        signPk: signKeyPair.publicKey,
      },
      signKeyPair.privateKey,
    );
    this.send(s, { t: 'auth', teamId: this.options.teamId, signPk: signKeyPair.publicKey, sig });
  }

  private onWelcome(s: Session, f: Extract<ServerFrame, { t: 'welcome' }>): void {
    s.ready = true;
    s.memberNo = f.memberNo;
    s.role = f.role;
    this.attempt = 0;
    this.saver.connected();
    this.local.retryRefused();
    this.setState({ kind: 'syncing', done: 0, total: 0 });
    // The roster first: entries and keys are checked against it.
    if (this.options.onRoster) {
      this.request({
        t: 'roster-pull',
        requestId: 0,
        from: this.options.rosterLength?.() ?? 0,
      }).catch(() => undefined);
    }
    this.startMainPull(s);
    this.pushOutbox();
  }

  private startMainPull(s: Session): void {
    const cursor = this.cursor;
    const requestId = this.nextRequest++;
    const peek = this.saver.active();
    s.pulls.set(requestId, { kind: peek ? 'peek' : 'main' });
    if (!peek) {
      s.mainFrom = cursor;
      s.mainDone = false;
    }
    this.send(s, {
      t: 'pull',
      requestId,
      cursor,
      scopeId: '',
      flags: (cursor === 0 ? PullFlags.includeOwn : 0) | (peek ? PullFlags.peek : 0),
    });
  }

  private resumeDeferred(): void {
    const s = this.session;
    if (!s?.ready || !this.saver.takeDeferred()) return;
    this.startMainPull(s);
  }

  /**
   * Scopes this member can read. Once the main pull is done, a scope this device has never
   * downloaded gets a backfill pull from 0: access to it is new, and the cursor has already passed
   * its entries.
   */
  private onScopes(s: Session, scopes: ScopeInfo[]): void {
    this.scopeList = scopes;
    if (!s.ready || !s.mainDone) return;
    for (const scope of scopes) {
      if (this.local.scopeSeen(scope.scopeId)) continue;
      if ([...s.pulls.values()].some((p) => p.scopeId === scope.scopeId)) continue;
      const requestId = this.nextRequest++;
      s.pulls.set(requestId, { kind: 'backfill', scopeId: scope.scopeId });
      this.send(s, { t: 'pull', requestId, cursor: 0, scopeId: scope.scopeId, flags: 0 });
    }
  }

  private onPullInfo(s: Session, f: Extract<ServerFrame, { t: 'pull-info' }>): void {
    const pull = s.pulls.get(f.requestId);
    if (pull?.kind === 'peek') {
      // Small enough: fetch it now, as an ordinary pull.
      if (this.saver.peeked(f.bytes)) this.saver.whileAllowed(() => this.startMainPull(s));
      return;
    }
    s.progress.total += f.count;
    this.setState({ kind: 'syncing', ...s.progress });
  }

  private onEntries(s: Session, requestId: number, entries: StoredEntry[]): void {
    const pull = s.pulls.get(requestId);
    const advancesCursor = requestId === 0 || pull?.kind === 'main';
    this.options.db.transaction(() => {
      let cursor = this.cursor;
      for (const entry of entries) {
        this.receiver.apply(entry, true);
        if (advancesCursor && entry.seq > cursor) cursor = entry.seq;
      }
      if (advancesCursor) this.local.setState(this.cursorName, String(cursor));
    })();
    if (requestId !== 0) {
      s.progress.done += entries.length;
      this.setState({ kind: 'syncing', ...s.progress });
    } else if (s.mainDone && s.pulls.size === 0) {
      // Live entries while caught up: a number skipped now is withheld, not on its way.
      this.checkHistory();
    }
  }

  /** Recomputes which author numbers are missing; the set only means something once caught up. */
  private checkHistory(): void {
    this.historyWatch.check(this.local.quarantinedDocs(), (missing) =>
      this.refetchMissing(missing),
    );
  }

  /**
   * Changes missing below later ones: ask the relay once per connection for the whole history of
   * their scopes (a relay that stopped withholding hands them over; duplicates are ignored).
   */
  private refetchMissing(missing: MissingRange[]): void {
    const s = this.session;
    if (!s?.ready || missing.length === 0) return;
    s.refetched ??= new Set();
    for (const gap of missing) {
      const scopeId = this.options.keys.scopeOf(gap.docId);
      if (!scopeId || s.refetched.has(scopeId)) continue;
      s.refetched.add(scopeId);
      const requestId = this.nextRequest++;
      s.pulls.set(requestId, { kind: 'backfill', scopeId });
      this.send(s, { t: 'pull', requestId, cursor: 0, scopeId, flags: 0 });
    }
  }

  private onSynced(s: Session, f: Extract<ServerFrame, { t: 'synced' }>): void {
    const pull = s.pulls.get(f.requestId);
    s.pulls.delete(f.requestId);
    if (!pull) return;
    if (pull.kind === 'main') {
      if (f.cursor > this.cursor) this.local.setState(this.cursorName, String(f.cursor));
      s.mainDone = true;
      // A pull from 0 downloaded every scope there was; after a pull from a later cursor, scopes
      // this device has not seen yet still need their history (onScopes sends the backfills).
      if (s.mainFrom === 0)
        for (const scope of this.scopeList) this.local.markScopeSeen(scope.scopeId);
      this.onScopes(s, this.scopeList);
    } else if (pull.kind === 'backfill' && pull.scopeId) {
      this.local.markScopeSeen(pull.scopeId);
    }
    this.maybeSnapshot(s);
    this.settle(s);
  }

  private settle(s: Session): void {
    if (this.session !== s || !s.ready) return;
    const mainPending = [...s.pulls.values()].some((p) => p.kind !== 'backfill');
    if (this.push.inflight.size === 0 && s.pulls.size === 0 && !mainPending) {
      if (this.local.pendingCount() === 0 || this.push.nothingSendable()) {
        // Caught up: only now does a missing number mean withheld rather than not yet arrived.
        this.checkHistory();
        if (s.pulls.size > 0) return this.emit();
        this.local.setState('last-synced', String(this.clock.now()));
        s.progress = { done: 0, total: 0 };
        this.setState({ kind: 'up-to-date' });
        return;
      }
    }
    this.emit();
  }

  // ---- pushing ---------------------------------------------------------------------------------

  private pushOutbox(): void {
    const s = this.session;
    if (!s?.ready) return;
    const sent = this.push.pushOutbox();
    if (sent > 0) {
      s.progress.total += sent;
      this.setState({ kind: 'syncing', ...s.progress });
    } else {
      this.settle(s);
    }
  }

  private onAck(s: Session, results: Extract<ServerFrame, { t: 'ack' }>['results']): void {
    this.push.onAck(results, s.memberNo);
    s.progress.done += results.length;
    if (this.local.pendingCount() > 0) this.pushOutbox();
    this.maybeSnapshot(s);
    this.settle(s);
  }

  /** Snapshots (snapshots.ts) wait for history to be downloaded and for the data saver. */
  private maybeSnapshot(s: Session): void {
    if (!this.snapshots.enabled() || !s.mainDone || s.pulls.size > 0 || this.saver.active()) return;
    this.snapshots.write(this.cursor, s.memberNo);
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
