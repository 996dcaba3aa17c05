import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import {
  decodeClientFrame,
  encodeServerFrame,
  ErrorCode,
  FrameError,
  MAX_ENTRIES_PER_FRAME,
  PROTOCOL_VERSION,
  type ClientFrame,
  type MemberInfo,
  type OutEntry,
  type ServerFrame,
} from '../shared/sync';
import type { Clock } from '../shared/clock';
import { randomBytes } from '../shared/crypto/random';
import { toHex } from '../shared/encoding/hex';
import { errorMessage } from '../shared/errors/describe';
import { decodeChunkClientFrame, isChunkClientFrame } from '../shared/sync/chunk-frames';
import { authenticate, type AuthFrame } from './authenticate';
import { handleChunkFrame } from './chunk-handler';
import type { ConnectionContext } from './connection-context';
import { EntryFeed } from './entry-feed';
import type { ConnectionBudget, RelayGuard } from './limits';
import { closeCodeFor, failureAnswer, ProtocolError, RateLimitedError } from './protocol-error';
import { storePush } from './push-handler';
import { ReadThrottle } from './read-throttle';
import { appendRosterEvent, RosterFeed } from './roster-requests';
import { scopePages } from './scope-pages';
import type { Quotas } from './storage/acceptance';
import type { SyncStorage } from './storage/types';
import { confirmSnapshot, createInvite, eraseScope, removeMember, setScope } from './team-requests';
import { accessibleScopes, type TeamState } from './team-state';

/** Where a connection is in the protocol (docs/sync-protocol.md, "State machine"). */
type Phase = 'challenged' | 'authenticating' | 'ready' | 'closed';

export interface ConnectionHost {
  storage: SyncStorage;
  serverId: Uint8Array;
  log: Logger;
  allowTeamCreation: boolean;
  guard: RelayGuard;
  /** Ms since the epoch, for times compared or recorded (SyncServerOptions.wallClock). */
  wallClock: Clock;
  /** Scopes per member and bytes per team (storage/acceptance.ts). */
  quotas: Quotas;
  team(teamId: Uint8Array): TeamState;
  joined(conn: Connection): void;
  left(conn: Connection): void;
}

/**
 * One client's socket: the challenge and authentication, then its frames one at a time, in
 * order. Reads (entry-feed.ts), the roster (roster-requests.ts), pushes (push-handler.ts) and
 * the team's other requests (team-requests.ts) are served by their own modules.
 */
export class Connection {
  private phase: Phase = 'challenged';
  private readonly nonce = randomBytes(32);
  private queue: Promise<void> = Promise.resolve();
  /** On the guard's monotonic clock: the log's connection time is a duration. */
  private readonly opened: number;
  private bytesIn = 0;
  private bytesOut = 0;
  private authTimer: NodeJS.Timeout | undefined;
  teamHex = '';
  teamId: Uint8Array = new Uint8Array(0);
  member: MemberInfo | undefined;
  private state: TeamState | undefined;
  private pendingPush: OutEntry[] = [];
  private pushQueued = false;
  private readonly budget: ConnectionBudget | undefined;
  private readonly throttle: ReadThrottle;
  private readonly ctx: ConnectionContext;
  private readonly entries: EntryFeed;
  private readonly roster: RosterFeed;

  constructor(
    readonly id: number,
    private readonly ws: WebSocket,
    private readonly host: ConnectionHost,
    authTimeoutMs: number,
    /** The client's address key (server/client-address.ts), for the per-address limits. */
    readonly address = '',
  ) {
    this.opened = host.guard.clock.now();
    this.budget = host.guard.budget();
    this.throttle = new ReadThrottle(
      ws,
      (data, isBinary) => this.accept(data, isBinary),
      () => this.phase === 'closed',
    );
    this.ctx = {
      connId: id,
      get storage() {
        return host.storage;
      },
      get log() {
        return host.log;
      },
      get quotas() {
        return host.quotas;
      },
      get wallClock() {
        return host.wallClock;
      },
      teamId: () => this.teamId,
      state: () => this.state as TeamState,
      member: () => this.member as MemberInfo,
      isReady: () => this.phase === 'ready',
      unsentBytes: () => ws.bufferedAmount,
      send: (frame) => this.send(frame),
      fail: (error) => this.fail(error),
    };
    this.entries = new EntryFeed(this.ctx);
    this.roster = new RosterFeed(this.ctx);
    ws.on('message', (data, isBinary) => this.onMessage(data, isBinary));
    ws.on('close', (code) => this.onClose(code));
    ws.on('error', (error) => {
      // ws reports oversized frames (1009) and protocol violations here before closing.
      this.host.log.warn({ conn: this.id, reason: error.message }, 'frame rejected');
    });
    this.authTimer = setTimeout(
      () => this.fail(new ProtocolError(ErrorCode.Timeout, 'no authentication in time')),
      authTimeoutMs,
    );
    this.send({
      t: 'challenge',
      version: PROTOCOL_VERSION,
      serverId: host.serverId,
      nonce: this.nonce,
    });
  }

  get isReady(): boolean {
    return this.phase === 'ready';
  }

  private send(frame: ServerFrame): void {
    this.sendBytes(encodeServerFrame(frame));
  }

  private sendBytes(bytes: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.bytesOut += bytes.length;
    this.ws.send(bytes, { binary: true });
  }

  private onMessage(data: unknown, isBinary: boolean): void {
    if (this.phase === 'closed') return;
    if (this.throttle.hold(data, isBinary)) return;
    this.accept(data, isBinary);
  }

  private accept(data: unknown, isBinary: boolean): void {
    const bytes = toBytes(data);
    this.bytesIn += bytes.length;
    if (this.budget) {
      const wait = this.budget.charge(bytes.length);
      if (wait > 0 && this.throttle.pause(wait)) {
        this.host.log.info(
          { conn: this.id, member: this.member?.memberNo, ms: wait, bytesIn: this.bytesIn },
          'connection throttled',
        );
      }
    }
    if (isBinary && isChunkClientFrame(bytes) && this.phase === 'ready') {
      this.acceptChunk(bytes);
      return;
    }
    let frame: ClientFrame;
    try {
      if (!isBinary) throw new FrameError('malformed', 'text frame');
      frame = decodeClientFrame(bytes);
    } catch (error) {
      this.fail(error, bytes.length);
      return;
    }
    // Pushes waiting behind each other are stored in one transaction and acknowledged in one
    // frame (a client on a slow link often sends several before the first ack returns).
    if (frame.t === 'push' && this.phase === 'ready') {
      this.pendingPush.push(...frame.entries);
      this.schedulePush(bytes.length);
      return;
    }
    // One frame at a time, in order: a push is acknowledged only after it is stored.
    this.queue = this.queue
      .then(() => this.handle(frame))
      .catch((error: unknown) => this.fail(error, bytes.length, frame.t));
  }

  /** An attachment chunk frame (server/chunk-handler.ts), in order with every other frame. */
  private acceptChunk(bytes: Uint8Array): void {
    const state = this.state as TeamState;
    const member = this.member as MemberInfo;
    const { storage, quotas } = this.host;
    this.queue = this.queue
      .then(() =>
        handleChunkFrame(
          {
            chunks: storage.chunks,
            teamId: this.teamId,
            member,
            state,
            teamQuotaBytes: quotas.teamQuotaBytes,
            teamBytes: async () =>
              (await storage.teamBytes(this.teamId)) +
              ((await storage.chunks?.teamBytes(this.teamId)) ?? 0),
            send: (out) => this.sendBytes(out),
          },
          decodeChunkClientFrame(bytes),
        ),
      )
      .catch((error: unknown) => this.fail(error, bytes.length, 'chunk'));
  }

  private schedulePush(size: number): void {
    if (this.pushQueued) return;
    this.pushQueued = true;
    this.queue = this.queue
      .then(() => {
        this.pushQueued = false;
        const entries = this.pendingPush.splice(0, MAX_ENTRIES_PER_FRAME);
        if (this.pendingPush.length > 0) this.schedulePush(size);
        return storePush(this.ctx, { t: 'push', entries });
      })
      .catch((error: unknown) => this.fail(error, size, 'push'));
  }

  /** Waits for the frames already received to be handled (graceful shutdown). */
  settle(): Promise<void> {
    return this.queue;
  }

  close(code: number, reason: string): void {
    if (this.phase === 'closed') return;
    this.ws.close(code, reason);
  }

  private fail(error: unknown, size = 0, type = '?'): void {
    if (this.phase === 'closed') return;
    const { code, reason, retryAfterMs, internal } = failureAnswer(error);
    if (internal) {
      this.host.log.error({ conn: this.id, err: errorMessage(error) }, 'handler failed');
    }
    // A flood is logged at warn once, when an address is first refused; the rest at debug.
    const limited = error instanceof RateLimitedError;
    this.host.log[limited && !error.first ? 'debug' : 'warn'](
      { conn: this.id, code, reason, size, type, ...(limited ? { address: this.address } : {}) },
      'connection refused a frame',
    );
    this.send(
      retryAfterMs === undefined
        ? { t: 'error', code, reason }
        : { t: 'error', code, reason, retryAfterMs },
    );
    this.phase = 'closed';
    this.ws.close(closeCodeFor(code), reason.slice(0, 100));
  }

  private onClose(code: number): void {
    clearTimeout(this.authTimer);
    this.throttle.stop();
    const wasReady = this.phase === 'ready';
    this.phase = 'closed';
    if (wasReady) this.host.left(this);
    this.host.log.info(
      {
        conn: this.id,
        team: this.teamHex.slice(0, 8),
        member: this.member?.memberNo,
        code,
        ms: Math.round(this.host.guard.clock.now() - this.opened),
        bytesIn: this.bytesIn,
        bytesOut: this.bytesOut,
      },
      'connection closed',
    );
  }

  private async handle(frame: ClientFrame): Promise<void> {
    if (this.phase === 'closed') return;
    if (this.phase === 'challenged') {
      if (frame.t !== 'auth' && frame.t !== 'create-team' && frame.t !== 'join') {
        throw new ProtocolError(ErrorCode.Unexpected, `${frame.t} before authentication`);
      }
      this.phase = 'authenticating';
      const refused = this.host.guard.admitAttempt(this.address, frame.t);
      if (refused) throw new RateLimitedError(refused);
      try {
        await this.authenticate(frame);
      } catch (error) {
        // Refusals count against the address; our own failures (storage down) do not.
        if (error instanceof ProtocolError) this.host.guard.failed(this.address);
        throw error;
      }
      return;
    }
    if (this.phase !== 'ready' || !this.member || !this.state) {
      throw new ProtocolError(ErrorCode.Unexpected, `${frame.t} in phase ${this.phase}`);
    }
    switch (frame.t) {
      case 'ping':
        this.send({ t: 'pong' });
        return;
      case 'pull':
        return this.entries.pull(frame);
      case 'push':
        return storePush(this.ctx, frame);
      case 'invite':
        return createInvite(this.ctx, frame);
      case 'scope-set':
        return setScope(this.ctx, frame);
      case 'remove-member':
        return removeMember(this.ctx, frame);
      case 'erase-scope':
        return eraseScope(this.ctx, frame);
      case 'roster-pull':
        return this.roster.pull(frame);
      case 'roster-append':
        return appendRosterEvent(this.ctx, frame);
      case 'snapshot-ok':
        return confirmSnapshot(this.ctx, frame);
      default:
        throw new ProtocolError(ErrorCode.Unexpected, `${frame.t} after authentication`);
    }
  }

  private async authenticate(frame: AuthFrame): Promise<void> {
    const started = performance.now();
    const member = await authenticate(
      { host: this.host, nonce: this.nonce, connId: this.id, address: this.address },
      frame,
    );
    clearTimeout(this.authTimer);
    this.teamId = frame.teamId.slice();
    this.teamHex = toHex(this.teamId);
    this.state = this.host.team(this.teamId);
    if (frame.t !== 'auth') this.state.invalidateMembers();
    this.member = member;
    this.phase = 'ready';
    this.host.joined(this);
    this.send({
      t: 'welcome',
      teamId: this.teamId,
      memberNo: member.memberNo,
      role: member.role,
      teamSeq: await this.host.storage.teamSeq(this.teamId),
    });
    await this.sendMembers();
    await this.sendScopes();
    this.host.log.info(
      {
        conn: this.id,
        team: this.teamHex.slice(0, 8),
        member: member.memberNo,
        how: frame.t,
        ms: Math.round(performance.now() - started),
      },
      'authenticated',
    );
  }

  async sendMembers(): Promise<void> {
    if (!this.state || this.phase !== 'ready') return;
    const members = [...(await this.state.members()).values()];
    const me = members.find((m) => m.memberNo === this.member?.memberNo);
    if (!me || me.removed) {
      this.fail(new ProtocolError(ErrorCode.NotMember, 'removed from the team'));
      return;
    }
    this.member = me;
    this.send({ t: 'members', members });
  }

  async sendScopes(): Promise<void> {
    if (!this.state || !this.member || this.phase !== 'ready') return;
    // Paged under the frame limit: a supervisor of a large team may read many thousands.
    for (const page of scopePages(await accessibleScopes(this.state, this.member))) {
      this.send(page);
    }
  }

  /** New entries were stored in this team: send what this connection may read. */
  wake(): void {
    this.entries.wake();
  }

  /** Sends the roster events this connection has not had (roster-requests.ts). */
  sendRoster(always = false): Promise<void> {
    return this.roster.send(always);
  }
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  return new Uint8Array(0);
}
