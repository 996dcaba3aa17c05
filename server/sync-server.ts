import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { encodeServerFrame, ErrorCode, MAX_FRAME_BYTES, PROTOCOL_VERSION } from '../shared/sync';
import { initSodium } from '../shared/crypto/sodium';
import { fromHex } from '../shared/encoding/hex';
import { Connection, type ConnectionHost } from './connection';
import { RelayGuard, refusalReason, type RelayLimits } from './limits';
import { systemClock, type Clock } from '../shared/clock';
import { TeamState } from './team-state';
import { DEFAULT_QUOTAS, type Quotas } from './storage/acceptance';
import { teamKey, type StorageEvent, type SyncStorage } from './storage/types';

export interface SyncServerOptions {
  storage: SyncStorage;
  log: Logger;
  host?: string;
  port?: number;
  /**
   * Whoever reaches the relay may create a team. Off unless the operator turns it on (issue 10):
   * a relay open to the internet should not become anyone's free store.
   */
  allowTeamCreation?: boolean;
  authTimeoutMs?: number;
  /** WebSocket ping interval; a peer that misses one is dropped. */
  heartbeatMs?: number;
  /** Rate limits (server/limits.ts DEFAULT_LIMITS for whatever is not given). */
  limits?: Partial<RelayLimits>;
  /** The limits' monotonic clock in ms (tests step it by hand). */
  clock?: Clock;
  /**
   * The wall clock, ms since the epoch, for the times the relay compares or records: an invite's
   * expiry when someone joins, when a case was erased. The system clock unless given (tests set
   * it). Separate from `clock`, which measures durations and never jumps.
   */
  wallClock?: Clock;
  /** Scopes per member and stored bytes per team (DEFAULT_QUOTAS for whatever is not given). */
  quotas?: Partial<Quotas>;
}

/**
 * The relay: HTTP for /health, a WebSocket endpoint for the protocol, one Connection per socket.
 * Fan-out: a storage event "entries stored in team T" wakes every live connection of T; with
 * PostgreSQL the event also arrives from other processes through LISTEN/NOTIFY.
 */
export class SyncServer implements ConnectionHost {
  readonly storage: SyncStorage;
  readonly log: Logger;
  readonly allowTeamCreation: boolean;
  readonly guard: RelayGuard;
  readonly wallClock: Clock;
  readonly quotas: Quotas;
  serverId: Uint8Array = new Uint8Array(16);
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly teams = new Map<string, TeamState>();
  private readonly byTeam = new Map<string, Set<Connection>>();
  private readonly all = new Set<Connection>();
  private nextId = 1;
  private draining = false;
  /** On the guard's monotonic clock: uptime is a duration, not a time of day. */
  private readonly started: number;
  private heartbeat: NodeJS.Timeout | undefined;
  private warnedForwarded = false;

  private constructor(private readonly options: SyncServerOptions) {
    this.storage = options.storage;
    this.log = options.log;
    this.allowTeamCreation = options.allowTeamCreation ?? false;
    this.guard = new RelayGuard(options.limits, options.clock);
    this.started = this.guard.clock.now();
    this.wallClock = options.wallClock ?? systemClock;
    this.quotas = { ...DEFAULT_QUOTAS, ...options.quotas };
    this.http = createServer((req, res) => this.onHttp(req, res));
    this.wss = new WebSocketServer({
      server: this.http,
      maxPayload: MAX_FRAME_BYTES,
      perMessageDeflate: false,
    });
    this.wss.on('connection', (ws, req) => {
      if (this.draining) {
        ws.close(1001, 'server shutting down');
        return;
      }
      const address = this.guard.address(req);
      this.warnIfForwarded(req);
      const refused = this.guard.admitConnection(address);
      if (refused) {
        // Refused before any challenge: nothing was read, nothing is kept.
        ws.on('error', () => undefined);
        const reason = refusalReason(refused);
        const level = refused.first ? 'warn' : 'debug';
        this.log[level](
          { address, limit: refused.limit, code: ErrorCode.RateLimited },
          'rate limited',
        );
        ws.send(
          encodeServerFrame({
            t: 'error',
            code: ErrorCode.RateLimited,
            reason,
            retryAfterMs: refused.retryAfterMs,
          }),
        );
        ws.close(1013, 'rate limited');
        return;
      }
      const conn = new Connection(
        this.nextId++,
        ws,
        this,
        options.authTimeoutMs ?? 10_000,
        address,
      );
      this.all.add(conn);
      const alive = { value: true };
      ws.on('pong', () => (alive.value = true));
      (ws as unknown as { alive: typeof alive }).alive = alive;
      ws.on('close', () => this.all.delete(conn));
      this.log.debug({ conn: conn.id, from: address }, 'connection opened');
    });
    // The WebSocket server re-emits the HTTP server's errors (EADDRINUSE…); start() reports them.
    this.wss.on('error', () => undefined);
    this.storage.onEvent((event) => this.onStorageEvent(event));
  }

  static async start(options: SyncServerOptions): Promise<SyncServer> {
    await initSodium();
    const server = new SyncServer(options);
    server.serverId = await options.storage.serverId();
    await new Promise<void>((resolve, reject) => {
      server.http.once('error', reject);
      server.http.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
    });
    const every = options.heartbeatMs ?? 30_000;
    server.heartbeat = setInterval(() => {
      server.guard.sweep();
      for (const ws of server.wss.clients) {
        const alive = (ws as unknown as { alive?: { value: boolean } }).alive;
        if (alive && !alive.value) {
          ws.terminate();
          continue;
        }
        if (alive) alive.value = false;
        ws.ping();
      }
    }, every);
    server.heartbeat.unref();
    server.log.info(
      {
        port: server.port,
        host: options.host ?? '127.0.0.1',
        storage: options.storage.kind,
        trustProxy: server.guard.limits.trustProxy,
        teamCreation: server.allowTeamCreation,
        ...server.quotas,
      },
      'sync relay listening',
    );
    return server;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  get url(): string {
    return `ws://${this.options.host ?? '127.0.0.1'}:${this.port}`;
  }

  get connectionCount(): number {
    return this.all.size;
  }

  team(teamId: Uint8Array): TeamState {
    const key = teamKey(teamId);
    let state = this.teams.get(key);
    if (!state) this.teams.set(key, (state = new TeamState(teamId.slice(), this.storage)));
    return state;
  }

  joined(conn: Connection): void {
    let set = this.byTeam.get(conn.teamHex);
    if (!set) this.byTeam.set(conn.teamHex, (set = new Set()));
    set.add(conn);
  }

  left(conn: Connection): void {
    this.byTeam.get(conn.teamHex)?.delete(conn);
  }

  /**
   * A proxy is forwarding client addresses we were not told to trust: every client then shares
   * the proxy's address, and its limits. Said once, as the operator most likely forgot the flag.
   */
  private warnIfForwarded(req: IncomingMessage): void {
    if (this.warnedForwarded || this.guard.limits.trustProxy > 0) return;
    if (req.headers['x-forwarded-for'] === undefined) return;
    this.warnedForwarded = true;
    this.log.warn(
      {},
      'X-Forwarded-For is ignored: without --trust-proxy every client behind the proxy shares its limits',
    );
  }

  private onStorageEvent(event: StorageEvent): void {
    const conns = this.byTeam.get(event.team);
    if (event.type === 'entries') {
      (this.teams.get(event.team) ?? this.team(fromHex(event.team))).recordStored(
        event.stored,
        event.seq,
      );
    }
    if (event.type !== 'entries') {
      const state = this.teams.get(event.team) ?? this.team(fromHex(event.team));
      if (event.type === 'members') state.invalidateMembers();
      else if (event.type === 'roster') state.invalidateRoster();
      else state.invalidateScopes();
    }
    if (!conns) return;
    for (const conn of conns) {
      if (event.type === 'entries') conn.wake();
      else if (event.type === 'members') void conn.sendMembers();
      else if (event.type === 'roster') conn.sendRoster();
      else void conn.sendScopes();
    }
  }

  private onHttp(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'GET' && (req.url === '/health' || req.url === '/healthz')) {
      void this.storage
        .ping()
        .then(() => this.draining)
        .then(
          (draining) =>
            this.json(res, draining ? 503 : 200, this.health(draining ? 'draining' : 'ok')),
          () => this.json(res, 503, this.health('storage-unavailable')),
        );
      return;
    }
    this.json(res, 404, { error: 'not found' });
  }

  private health(status: string): Record<string, unknown> {
    return {
      status,
      protocol: PROTOCOL_VERSION,
      storage: this.storage.kind,
      connections: this.all.size,
      uptimeSeconds: Math.round((this.guard.clock.now() - this.started) / 1000),
    };
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  }

  /**
   * Graceful stop: refuse new connections, let every frame already received finish (a push is
   * stored and acknowledged, or not acknowledged at all), close the sockets, close the store.
   */
  async stop(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    clearInterval(this.heartbeat);
    const closedHttp = new Promise<void>((resolve) => this.http.close(() => resolve()));
    await Promise.all([...this.all].map((c) => c.settle().catch(() => undefined)));
    for (const conn of this.all) conn.close(1001, 'server shutting down');
    // Up to two seconds for the sockets to close, counted by the timer it sleeps on: a test's
    // hand-stepped clock cannot hold the relay open.
    for (let waited = 0; this.wss.clients.size > 0 && waited < 2000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await closedHttp;
    await this.storage.close();
    this.log.info({}, 'sync relay stopped');
  }
}
