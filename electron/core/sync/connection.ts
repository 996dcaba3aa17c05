import {
  decodeServerFrame,
  encodeClientFrame,
  ErrorCode,
  PROTOCOL_VERSION,
  type ClientFrame,
  type Role,
  type ServerFrame,
} from '../../../shared/sync';
import {
  decodeChunkServerFrame,
  encodeChunkClientFrame,
  isChunkServerFrame,
  type ChunkClientFrame,
  type ChunkServerFrame,
} from '../../../shared/sync/chunk-frames';
import type { Clock } from '../clock';
import type { SyncClientOptions, SyncState } from './client-types';
import { machineOnline, offlineReason } from './connection-problem';
import { signAuth } from './identity';
import {
  backoffDelay,
  frameBytes,
  OPEN,
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

/** One WebSocket to the relay, from its opening until it closes. */
export interface Link {
  ws: WebSocketLike;
  /** Welcomed: authenticated as a member. */
  ready: boolean;
  memberNo: number;
  role: Role;
  requests: Map<number, (code: number) => void>;
  idleTimer: unknown;
  pingTimer: unknown;
  /** The relay refused us for now (RateLimited): reconnect no sooner than this. */
  retryAfterMs?: number;
  /** The socket's error, if it failed: the close that follows says why with it. */
  error?: Error;
}

/** What the connection tells the client it belongs to. */
export interface ConnectionEvents {
  state(): SyncState;
  setState(state: SyncState): void;
  /** A new socket: whatever the client keeps per connection starts over. */
  opened(): void;
  /** The relay took this device's signature: sync may begin. */
  welcomed(link: Link): void;
  /** Every frame that is not about the connection itself. */
  frame(link: Link, frame: ServerFrame): void;
  traffic(sent: number, received: number): void;
  /** An attachment chunk frame (shared/sync/chunk-frames.ts), for the attachment sync. */
  chunk?(frame: ChunkServerFrame): void;
  /** The connection ended (its open requests were answered with -1). */
  dropped(): void;
  /**
   * An acknowledgement that arrived on a connection stop() was closing: the relay stored those
   * updates, so the client takes them off the outbox instead of sending them again next time.
   */
  lateAck?(link: Link, frame: Extract<ServerFrame, { t: 'ack' }>): void;
}

export interface ConnectionParts {
  factory: WebSocketFactory;
  clock: Clock;
  timers: Timers;
  random: () => number;
}

type ConnectionOptions = Pick<
  SyncClientOptions,
  'url' | 'teamId' | 'secrets' | 'backoff' | 'idleTimeoutMs' | 'online'
>;

/**
 * The connection to the relay (docs/sync-protocol.md, "Connecting"): open a socket, answer the
 * challenge with a signature, keep it alive (a ping after a third of the idle time, closed when
 * nothing arrived for all of it), and reconnect with jittered backoff until stopped or refused
 * for good. Requests are numbered here, for every part that asks the relay something.
 */
export class Connection {
  link: Link | undefined;
  private running = false;
  /** stop() was called: "sync now" does not bring a stopped client back. */
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: unknown;
  private nextRequest = 1;
  /** The link stop() closed politely, until its close arrives: acks may still come on it. */
  private closing: Link | undefined;

  constructor(
    private readonly parts: ConnectionParts,
    private readonly options: ConnectionOptions,
    private readonly events: ConnectionEvents,
  ) {}

  /** Connects and stays connected (reconnecting with backoff) until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = false;
    this.attempt = 0;
    this.connect();
  }

  stop(): void {
    this.running = false;
    this.stopped = true;
    this.parts.timers.clearTimeout(this.reconnectTimer);
    this.closing = this.link;
    this.link?.ws.close(1000, 'client stopping');
    this.drop();
  }

  /**
   * A connection that is down is tried again right away instead of at the end of its backoff (and
   * after a refusal that stopped it, once more). Nothing happens while an attempt is under way.
   */
  retryNow(): void {
    if (this.link || this.stopped) return;
    this.parts.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.running = true;
    this.attempt = 0;
    this.connect();
  }

  /** The welcomed connection, if there is one. */
  ready(): Link | undefined {
    return this.link?.ready ? this.link : undefined;
  }

  nextRequestId(): number {
    return this.nextRequest++;
  }

  /** Sends on the current connection, if it is open. */
  send(frame: ClientFrame): void {
    if (this.link) this.sendOn(this.link, frame);
  }

  /** Sends an attachment chunk frame on the welcomed connection; false when there is none. */
  sendChunk(frame: ChunkClientFrame): boolean {
    const link = this.ready();
    if (!link || link.ws.readyState !== OPEN) return false;
    const bytes = encodeChunkClientFrame(frame);
    this.events.traffic(bytes.length, 0);
    link.ws.send(bytes);
    return true;
  }

  /** Asks the relay something; resolves with its result code. */
  request(frame: Extract<ClientFrame, { requestId: number }>): Promise<number> {
    const s = this.link;
    if (!s?.ready) return Promise.reject(new Error('not connected to the sync server'));
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      s.requests.set(requestId, (code) =>
        code < 0 ? reject(new Error('the connection closed')) : resolve(code),
      );
      this.sendOn(s, { ...frame, requestId } as ClientFrame);
    });
  }

  private connect(): void {
    if (!this.running) return;
    this.events.setState({ kind: 'connecting' });
    let ws: WebSocketLike;
    try {
      ws = this.parts.factory(this.options.url);
    } catch (error) {
      this.scheduleReconnect(error instanceof Error ? error.message : String(error));
      return;
    }
    const link: Link = {
      ws,
      ready: false,
      memberNo: 0,
      role: 'counselor',
      requests: new Map(),
      idleTimer: undefined,
      pingTimer: undefined,
    };
    this.link = link;
    this.events.opened();
    this.armIdle(link);
    ws.on('message', (data) => {
      if (this.link !== link) return this.closingMessage(link, data);
      const bytes = frameBytes(data);
      this.events.traffic(0, bytes.length);
      this.armIdle(link);
      if (isChunkServerFrame(bytes)) {
        let chunk: ChunkServerFrame;
        try {
          chunk = decodeChunkServerFrame(bytes);
        } catch {
          this.abort(link, 'the server sent a malformed frame');
          return;
        }
        this.events.chunk?.(chunk);
        return;
      }
      let frame: ServerFrame;
      try {
        frame = decodeServerFrame(bytes);
      } catch {
        this.abort(link, 'the server sent a malformed frame');
        return;
      }
      try {
        this.onFrame(link, frame);
      } catch (error) {
        this.abort(link, error instanceof Error ? error.message : String(error));
      }
    });
    ws.on('error', (error) => {
      link.error = error;
    });
    ws.on('close', () => {
      if (this.closing === link) this.closing = undefined;
      if (this.link !== link) return;
      this.drop();
      if (link.retryAfterMs !== undefined) {
        this.scheduleReconnect('rate limited', link.retryAfterMs);
      } else if (this.events.state().kind !== 'error') {
        this.scheduleReconnect(link.error ?? 'connection closed');
      }
    });
  }

  /** A frame on a link no longer current: only an ack on the link stop() is closing counts. */
  private closingMessage(link: Link, data: unknown): void {
    if (this.closing !== link) return;
    const bytes = frameBytes(data);
    if (isChunkServerFrame(bytes)) return;
    let frame: ServerFrame;
    try {
      frame = decodeServerFrame(bytes);
    } catch {
      return;
    }
    if (frame.t !== 'ack') return;
    try {
      this.events.lateAck?.(link, frame);
    } catch {
      // The store may already be closed (the app is quitting): the ack is lost, the updates are
      // sent again next time and the relay keeps one copy of each.
    }
  }

  private abort(link: Link, reason: string): void {
    if (this.link !== link) return;
    link.ws.close(1002, reason.slice(0, 100));
    this.drop();
    this.scheduleReconnect(reason);
  }

  private drop(): void {
    const s = this.link;
    if (!s) return;
    this.parts.timers.clearTimeout(s.idleTimer);
    this.parts.timers.clearTimeout(s.pingTimer);
    for (const resolve of s.requests.values()) resolve(-1);
    this.link = undefined;
    this.events.dropped();
  }

  /**
   * `notBeforeMs`: the relay's retry-after. The jittered backoff comes on top of it, so devices
   * refused together (one office behind one address) do not all return at the same instant; the
   * error state (with the relay's reason) stays on screen until then.
   */
  private scheduleReconnect(reason: unknown, notBeforeMs = 0): void {
    if (!this.running) return;
    const { baseMs, maxMs } = this.options.backoff ?? { baseMs: 500, maxMs: 60_000 };
    const delay = notBeforeMs + backoffDelay(this.attempt++, this.parts.random, baseMs, maxMs);
    if (notBeforeMs === 0) {
      const why = offlineReason(this.options.url, reason, this.options.online ?? machineOnline);
      this.events.setState({ kind: 'offline', ...why, retryAt: this.parts.clock.now() + delay });
    }
    this.parts.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = this.parts.timers.setTimeout(() => this.connect(), delay);
  }

  private armIdle(link: Link): void {
    const { timers } = this.parts;
    const idle = this.options.idleTimeoutMs ?? 75_000;
    timers.clearTimeout(link.idleTimer);
    timers.clearTimeout(link.pingTimer);
    link.idleTimer = timers.setTimeout(
      () => this.abort(link, 'the server stopped answering'),
      idle,
    );
    link.pingTimer = timers.setTimeout(() => {
      if (link.ready) this.sendOn(link, { t: 'ping' });
    }, idle / 3);
  }

  private sendOn(link: Link, frame: ClientFrame): void {
    if (link.ws.readyState !== OPEN) return;
    const bytes = encodeClientFrame(frame);
    this.events.traffic(bytes.length, 0);
    link.ws.send(bytes);
  }

  private onFrame(s: Link, f: ServerFrame): void {
    switch (f.t) {
      case 'challenge':
        return this.onChallenge(s, f);
      case 'welcome':
        s.ready = true;
        s.memberNo = f.memberNo;
        s.role = f.role;
        this.attempt = 0;
        return this.events.welcomed(s);
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
          const retryAt = this.parts.clock.now() + s.retryAfterMs;
          this.events.setState({ kind: 'error', reason: f.reason, code: f.code, retryAt });
        } else if (FATAL.has(f.code)) {
          this.running = false;
          this.events.setState({ kind: 'error', reason: f.reason, code: f.code });
        }
        return;
      case 'pong':
        return;
      default:
        return this.events.frame(s, f);
    }
  }

  private onChallenge(s: Link, f: Extract<ServerFrame, { t: 'challenge' }>): void {
    if (f.version !== PROTOCOL_VERSION) {
      this.running = false;
      this.events.setState({
        kind: 'error',
        reason: `the server speaks protocol ${f.version}`,
        code: ErrorCode.Version,
      });
      s.ws.close(1002, 'version');
      return;
    }
    const { teamId, secrets } = this.options;
    const { signKeyPair } = secrets;
    const sig = signAuth(
      {
        purpose: 'auth',
        serverId: f.serverId,
        nonce: f.nonce,
        teamId,
        signPk: signKeyPair.publicKey,
      },
      signKeyPair.privateKey,
    );
    this.sendOn(s, { t: 'auth', teamId, signPk: signKeyPair.publicKey, sig });
  }
}
