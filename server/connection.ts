import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import {
  decodeClientFrame,
  encodeServerFrame,
  ErrorCode,
  FrameError,
  MAX_ENTRIES_PER_FRAME,
  PROTOCOL_VERSION,
  PullFlags,
  ROSTER_PAGE,
  type ClientFrame,
  type MemberInfo,
  type OutEntry,
  type ServerFrame,
} from '../shared/sync';
import { randomBytes } from '../shared/crypto/random';
import { toHex } from '../shared/encoding/hex';
import { inviteAuthHash, verifyAuth, verifyEntry } from '../shared/sync/identity';
import { decodeRosterEvent, RosterError, type RosterEvent } from '../shared/sync/roster';
import { refusalReason, type ConnectionBudget, type RelayGuard } from './limits';
import type { Quotas } from './storage/acceptance';
import type { SyncStorage } from './storage/types';
import { scopePages } from './scope-pages';
import { accessibleScopes, canAccess, type TeamState } from './team-state';
import { errorMessage } from '../shared/errors/describe';
import { decodeChunkClientFrame, isChunkClientFrame } from '../shared/sync/chunk-frames';
import { handleChunkFrame } from './chunk-handler';

/** Where a connection is in the protocol (docs/sync-protocol.md, "State machine"). */
type Phase = 'challenged' | 'authenticating' | 'ready' | 'closed';

export interface ConnectionHost {
  storage: SyncStorage;
  serverId: Uint8Array;
  log: Logger;
  allowTeamCreation: boolean;
  guard: RelayGuard;
  /** Scopes per member and bytes per team (storage/acceptance.ts). */
  quotas: Quotas;
  team(teamId: Uint8Array): TeamState;
  joined(conn: Connection): void;
  left(conn: Connection): void;
}

/** A page of entries stays well under the frame limit. */
const PAGE_BYTES = 256 * 1024;
const PAGE_COUNT = 2000;
/** Stop reading from storage while the socket has this much unsent (a slow reader). */
const HIGH_WATER = 4 * 1024 * 1024;

class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With RateLimited: when the client may try again. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export class Connection {
  private phase: Phase = 'challenged';
  private readonly nonce = randomBytes(32);
  private queue: Promise<void> = Promise.resolve();
  private readonly opened = Date.now();
  private bytesIn = 0;
  private bytesOut = 0;
  private authTimer: NodeJS.Timeout | undefined;
  teamHex = '';
  teamId: Uint8Array = new Uint8Array(0);
  member: MemberInfo | undefined;
  private state: TeamState | undefined;
  // Live fan-out: entries after `cursor` are sent as they arrive, once the first pull is done.
  private live = false;
  private cursor = 0;
  private rosterLive = false;
  private rosterFrom = 0;
  private rosterSending: Promise<void> = Promise.resolve();
  private catchUp: { requestId: number; includeOwn: boolean } | undefined;
  private pumping = false;
  private dirty = false;
  private pendingPush: OutEntry[] = [];
  private pushQueued = false;
  private readonly budget: ConnectionBudget | undefined;
  private throttled: NodeJS.Timeout | undefined;
  /** Frames received while throttled, handled when the budget allows (at most one socket read). */
  private held: HeldFrame[] | undefined;

  constructor(
    readonly id: number,
    private readonly ws: WebSocket,
    private readonly host: ConnectionHost,
    authTimeoutMs: number,
    /** The client's address key (server/client-address.ts), for the per-address limits. */
    readonly address = '',
  ) {
    this.budget = host.guard.budget();
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
    if (this.ws.readyState !== this.ws.OPEN) return;
    const bytes = encodeServerFrame(frame);
    this.bytesOut += bytes.length;
    this.ws.send(bytes, { binary: true });
  }

  private onMessage(data: unknown, isBinary: boolean): void {
    if (this.phase === 'closed') return;
    // Throttled: ws still emits what it had already read; keep it, in order, for later.
    if (this.held) {
      this.held.push({ data, isBinary });
      return;
    }
    this.accept(data, isBinary);
  }

  private accept(data: unknown, isBinary: boolean): void {
    const bytes = toBytes(data);
    this.bytesIn += bytes.length;
    if (this.budget) {
      const wait = this.budget.charge(bytes.length);
      if (wait > 0) this.throttle(wait);
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
            send: (out) => {
              if (this.ws.readyState !== this.ws.OPEN) return;
              this.bytesOut += out.length;
              this.ws.send(out, { binary: true });
            },
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
        return this.push({ t: 'push', entries });
      })
      .catch((error: unknown) => this.fail(error, size, 'push'));
  }

  /**
   * Over its frame or byte rate: stop reading the socket until the budget has refilled. TCP
   * backpressure slows the sender; nothing is refused or lost, and the wait is always shorter
   * than the heartbeat (limits.ts), so the connection survives it.
   */
  private throttle(ms: number): void {
    if (this.held) return;
    this.held = [];
    this.ws.pause();
    this.throttled = setTimeout(() => this.release(), ms);
    this.host.log.info(
      { conn: this.id, member: this.member?.memberNo, ms, bytesIn: this.bytesIn },
      'connection throttled',
    );
  }

  private release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    this.throttled = undefined;
    for (let next = held.shift(); next && this.phase !== 'closed'; next = held.shift()) {
      this.accept(next.data, next.isBinary);
      // Over budget again: the rest waits for the next release.
      if (this.holding(held)) return;
    }
    if (this.phase !== 'closed') this.ws.resume();
  }

  /** Throttled again while releasing: `rest` goes back behind the frame that did it. */
  private holding(rest: HeldFrame[]): boolean {
    if (!this.held) return false;
    this.held.push(...rest);
    return true;
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
    let code = ErrorCode.Internal;
    let reason = 'internal error';
    let retryAfterMs: number | undefined;
    if (error instanceof FrameError) {
      code =
        error.reason === 'unknown-type'
          ? ErrorCode.UnknownFrame
          : error.reason === 'too-large'
            ? ErrorCode.TooLarge
            : ErrorCode.BadFrame;
      reason = `${error.reason}: ${error.message}`;
    } else if (error instanceof ProtocolError) {
      code = error.code;
      reason = error.message;
      retryAfterMs = error.retryAfterMs;
    } else {
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
    const close = code === ErrorCode.Internal ? 1011 : code === ErrorCode.RateLimited ? 1013 : 1008;
    this.ws.close(close, reason.slice(0, 100));
  }

  private onClose(code: number): void {
    clearTimeout(this.authTimer);
    clearTimeout(this.throttled);
    const wasReady = this.phase === 'ready';
    this.phase = 'closed';
    if (wasReady) this.host.left(this);
    this.host.log.info(
      {
        conn: this.id,
        team: this.teamHex.slice(0, 8),
        member: this.member?.memberNo,
        code,
        ms: Date.now() - this.opened,
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
        return this.pull(frame);
      case 'push':
        return this.push(frame);
      case 'invite':
        return this.invite(frame);
      case 'scope-set':
        return this.scopeSet(frame);
      case 'remove-member':
        return this.removeMember(frame);
      case 'erase-scope':
        return this.eraseScope(frame);
      case 'roster-pull':
        return this.rosterPull(frame);
      case 'roster-append':
        return this.rosterAppend(frame);
      case 'snapshot-ok':
        return this.snapshotOk(frame);
      default:
        throw new ProtocolError(ErrorCode.Unexpected, `${frame.t} after authentication`);
    }
  }

  private async authenticate(
    frame: Extract<ClientFrame, { t: 'auth' | 'create-team' | 'join' }>,
  ): Promise<void> {
    const started = performance.now();
    const { storage, serverId } = this.host;
    const base = { serverId, nonce: this.nonce, teamId: frame.teamId, signPk: frame.signPk };
    let member: MemberInfo | undefined;
    if (frame.t === 'auth') {
      const known = await this.host.team(frame.teamId).memberBySignPk(frame.signPk);
      if (!verifyAuth({ purpose: 'auth', ...base }, frame.sig)) {
        throw new ProtocolError(ErrorCode.AuthFailed, 'the challenge signature is not valid');
      }
      if (!known || known.removed) {
        throw new ProtocolError(ErrorCode.NotMember, 'this device is not a member of the team');
      }
      member = known;
    } else if (frame.t === 'create-team') {
      if (!this.host.allowTeamCreation) {
        throw new ProtocolError(ErrorCode.Forbidden, 'this server does not create teams');
      }
      if (!verifyAuth({ purpose: 'create-team', ...base, boxPk: frame.boxPk }, frame.sig)) {
        throw new ProtocolError(ErrorCode.AuthFailed, 'the challenge signature is not valid');
      }
      const created = await storage.createTeam(frame.teamId, {
        signPk: frame.signPk,
        boxPk: frame.boxPk,
      });
      if (created === 'exists') throw new ProtocolError(ErrorCode.TeamExists, 'team exists');
      member = created;
    } else {
      const signed = {
        purpose: 'join' as const,
        ...base,
        boxPk: frame.boxPk,
        inviteId: frame.inviteId,
        joinMac: frame.joinMac,
      };
      if (!verifyAuth(signed, frame.sig)) {
        throw new ProtocolError(ErrorCode.AuthFailed, 'the challenge signature is not valid');
      }
      const joined = await storage.join(
        frame.teamId,
        inviteAuthHash(frame.inviteAuth),
        {
          signPk: frame.signPk,
          boxPk: frame.boxPk,
          inviteId: frame.inviteId,
          joinMac: frame.joinMac,
        },
        Math.floor(Date.now() / 1000),
        this.host.guard.limits.inviteAttempts,
      );
      if (joined === 'bad-invite') {
        throw new ProtocolError(ErrorCode.BadInvite, 'the invite is unknown, used or expired');
      }
      if (joined === 'burned') {
        this.host.log.warn(
          { conn: this.id, team: toHex(frame.teamId).slice(0, 8), address: this.address },
          'join refused: the invite was burned by wrong secrets',
        );
        throw new ProtocolError(
          ErrorCode.BadInvite,
          'the invite was withdrawn after too many wrong attempts; ask for a new one',
        );
      }
      if (joined === 'exists') throw new ProtocolError(ErrorCode.Conflict, 'already a member');
      member = joined;
    }
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
      teamSeq: await storage.teamSeq(this.teamId),
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
    if (this.live && this.phase === 'ready') void this.pump();
  }

  private async readQuery(after: number, includeOwn: boolean, scopeId?: string) {
    const member = this.member as MemberInfo;
    const scopes = await accessibleScopes(this.state as TeamState, member);
    return {
      after,
      member: member.memberNo,
      scopes: scopes.map((s) => s.scopeId),
      includeOwn,
      maxBytes: PAGE_BYTES,
      maxCount: PAGE_COUNT,
      ...(scopeId ? { scopeId } : {}),
    };
  }

  private async pull(frame: Extract<ClientFrame, { t: 'pull' }>): Promise<void> {
    const includeOwn = (frame.flags & PullFlags.includeOwn) !== 0;
    const query = await this.readQuery(frame.cursor, includeOwn, frame.scopeId || undefined);
    const info = await this.host.storage.summary(this.teamId, query);
    this.send({ t: 'pull-info', requestId: frame.requestId, ...info });
    this.host.log.debug(
      { conn: this.id, req: frame.requestId, from: frame.cursor, ...info },
      'pull',
    );
    if ((frame.flags & PullFlags.peek) !== 0) {
      this.send({ t: 'synced', requestId: frame.requestId, cursor: frame.cursor });
      return;
    }
    if (frame.scopeId) {
      // A backfill of one scope (access was granted after the cursor passed its entries).
      void this.backfill(frame.requestId, frame.cursor, frame.scopeId).catch((e: unknown) =>
        this.fail(e),
      );
      return;
    }
    this.cursor = frame.cursor;
    this.catchUp = { requestId: frame.requestId, includeOwn };
    this.live = true;
    void this.pump();
  }

  private async backfill(requestId: number, from: number, scopeId: string): Promise<void> {
    let after = from;
    for (;;) {
      const page = await this.host.storage.read(
        this.teamId,
        await this.readQuery(after, true, scopeId),
      );
      if (page.entries.length > 0) this.send({ t: 'entries', requestId, entries: page.entries });
      after = page.scannedTo;
      if (page.done || this.phase !== 'ready') break;
      await this.drain();
    }
    this.send({ t: 'synced', requestId, cursor: after });
  }

  private async drain(): Promise<void> {
    while (this.ws.bufferedAmount > HIGH_WATER && this.phase === 'ready') {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Sends everything after `cursor`, page by page; one pump at a time per connection. */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.dirty = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.dirty = false;
        const catchUp = this.catchUp;
        for (;;) {
          const query = await this.readQuery(this.cursor, catchUp?.includeOwn ?? false);
          const page = await (this.state as TeamState).read(query);
          if (this.phase !== 'ready') return;
          if (page.entries.length > 0) {
            this.send({ t: 'entries', requestId: catchUp?.requestId ?? 0, entries: page.entries });
          }
          this.cursor = page.scannedTo;
          if (page.done) break;
          await this.drain();
        }
        if (catchUp && this.catchUp === catchUp) {
          this.catchUp = undefined;
          this.send({ t: 'synced', requestId: catchUp.requestId, cursor: this.cursor });
        }
      } while (this.dirty);
    } catch (error) {
      this.fail(error);
    } finally {
      this.pumping = false;
    }
  }

  private async push(frame: Extract<ClientFrame, { t: 'push' }>): Promise<void> {
    const started = performance.now();
    const member = this.member as MemberInfo;
    for (const entry of frame.entries) {
      // The server cannot read an entry, but it checks who wrote it: a tampered header or body,
      // or an entry signed by someone else, closes the connection.
      if (!verifyEntry(this.teamId, entry, member.signPk)) {
        throw new ProtocolError(ErrorCode.BadSignature, 'an entry signature is not valid');
      }
    }
    const members = await (this.state as TeamState).members();
    const outcome = await this.host.storage.append(this.teamId, member.memberNo, frame.entries, {
      canWrite: (scope) => canAccess(scope, member),
      isMember: (no) => members.get(no)?.removed === false,
      quotas: this.host.quotas,
    });
    this.send({ t: 'ack', results: outcome.results });
    this.host.log.info(
      {
        conn: this.id,
        member: member.memberNo,
        entries: frame.entries.length,
        stored: outcome.stored,
        refused: outcome.results.filter((r) => r.status === 2).length,
        bytes: frame.entries.reduce((n, e) => n + e.body.length, 0),
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'push',
    );
  }

  private async invite(frame: Extract<ClientFrame, { t: 'invite' }>): Promise<void> {
    const member = this.member as MemberInfo;
    if (member.role !== 'supervisor') {
      this.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.Forbidden });
      return;
    }
    const ok = await this.host.storage.createInvite(this.teamId, {
      inviteId: frame.inviteId,
      role: frame.role,
      authHash: frame.authHash,
      createdBy: member.memberNo,
      expiresAt: frame.expiresAt,
    });
    this.send({ t: 'result', requestId: frame.requestId, code: ok ? 0 : ErrorCode.Conflict });
    this.host.log.info({ conn: this.id, member: member.memberNo, ok }, 'invite created');
  }

  private async scopeSet(frame: Extract<ClientFrame, { t: 'scope-set' }>): Promise<void> {
    const member = this.member as MemberInfo;
    const members = await (this.state as TeamState).members();
    if (frame.members.some((no) => !members.has(no))) {
      this.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.NotFound });
      return;
    }
    const result = await this.host.storage.setScope(
      this.teamId,
      {
        scopeId: frame.scopeId,
        owner: member.memberNo,
        includeSupervisors: frame.includeSupervisors,
        members: frame.members,
      },
      member.memberNo,
      member.role === 'supervisor',
      this.host.quotas,
    );
    if (result === 'too-many') {
      this.host.log.warn(
        { conn: this.id, member: member.memberNo, cap: this.host.quotas.maxScopesPerMember },
        'scope refused: the member owns as many scopes as allowed',
      );
    }
    this.send({ t: 'result', requestId: frame.requestId, code: SCOPE_SET_CODES[result] });
  }

  /**
   * Another member decrypted a snapshot: the relay may drop what it covers. Nothing is answered
   * (a confirmation that does not count, e.g. from its own author, changes nothing).
   */
  private async snapshotOk(frame: Extract<ClientFrame, { t: 'snapshot-ok' }>): Promise<void> {
    const member = this.member as MemberInfo;
    const deleted = await this.host.storage.confirmSnapshot(
      this.teamId,
      frame.docId,
      frame.seq,
      member.memberNo,
      (scope) => canAccess(scope, member),
    );
    this.host.log.debug(
      { conn: this.id, member: member.memberNo, seq: frame.seq, deleted },
      'snapshot confirmed',
    );
  }

  private async removeMember(frame: Extract<ClientFrame, { t: 'remove-member' }>): Promise<void> {
    const member = this.member as MemberInfo;
    if (member.role !== 'supervisor') {
      this.send({ t: 'result', requestId: frame.requestId, code: ErrorCode.Forbidden });
      return;
    }
    const ok = await this.host.storage.removeMember(this.teamId, frame.memberNo);
    this.send({ t: 'result', requestId: frame.requestId, code: ok ? 0 : ErrorCode.NotFound });
  }

  /** The device asks for the roster from what it holds on, and for every event appended later. */
  private async rosterPull(frame: Extract<ClientFrame, { t: 'roster-pull' }>): Promise<void> {
    this.rosterFrom = frame.from;
    this.rosterLive = true;
    await this.sendRoster(true);
    this.send({ t: 'result', requestId: frame.requestId, code: 0 });
  }

  /**
   * Sends the roster events this connection has not had (pages of ROSTER_PAGE), one call at a
   * time. `always`: send even when nothing is new, so the device learns the log's length.
   */
  sendRoster(always = false): Promise<void> {
    this.rosterSending = this.rosterSending.then(async () => {
      if (!this.rosterLive || this.phase !== 'ready') return;
      const total = await this.host.storage.rosterLength(this.teamId);
      let first = always;
      while (this.rosterFrom < total || first) {
        first = false;
        const events = await this.host.storage.roster(this.teamId, this.rosterFrom, ROSTER_PAGE);
        this.send({ t: 'roster', from: this.rosterFrom, total, events });
        if (events.length === 0) break;
        this.rosterFrom += events.length;
      }
    });
    return this.rosterSending.catch((e: unknown) => this.fail(e));
  }

  /**
   * A supervisor's device appends a roster event it signed. The relay checks it as every device
   * will (a counselor, a forged signature, a broken chain are refused) so an honest relay never
   * serves a log that devices would stop at; devices never rely on that check.
   */
  private async rosterAppend(frame: Extract<ClientFrame, { t: 'roster-append' }>): Promise<void> {
    const state = this.state as TeamState;
    const member = this.member as MemberInfo;
    const answer = (code: number): void =>
      this.send({ t: 'result', requestId: frame.requestId, code });
    let event: RosterEvent;
    const roster = await state.roster();
    if (frame.index !== roster.length) return answer(ErrorCode.Conflict);
    try {
      event = decodeRosterEvent(frame.event);
      if (!Buffer.from(event.signer).equals(member.signPk)) return answer(ErrorCode.Forbidden);
      roster.apply(frame.event);
    } catch (error) {
      if (error instanceof RosterError && error.fault === 'bad-signature') {
        return answer(ErrorCode.BadSignature);
      }
      return answer(error instanceof RosterError ? ErrorCode.Forbidden : ErrorCode.BadFrame);
    }
    let outcome: 'ok' | 'conflict';
    try {
      outcome = await this.host.storage.appendRoster(this.teamId, frame.index, frame.event);
    } finally {
      // The cached roster took the event in before the commit: reload it unless it committed.
      state.invalidateRoster();
    }
    if (outcome === 'conflict') return answer(ErrorCode.Conflict);
    // A verified removal also ends the member's access on this relay.
    if (event.change.type === 'remove') {
      await this.host.storage.removeMember(this.teamId, event.change.memberNo);
    }
    answer(0);
  }

  /** Erasure of a case (crypto-shredding): its owner or a supervisor drops it from the relay. */
  private async eraseScope(frame: Extract<ClientFrame, { t: 'erase-scope' }>): Promise<void> {
    const member = this.member as MemberInfo;
    const { outcome, deleted } = await this.host.storage.eraseScope(
      this.teamId,
      frame.scopeId,
      member.memberNo,
      member.role === 'supervisor',
      Math.floor(Date.now() / 1000),
    );
    // The case's attachment chunks go with it (before the answer, so "erased" means all of it).
    if (outcome === 'ok') await this.host.storage.chunks?.eraseScope(this.teamId, frame.scopeId);
    this.send({
      t: 'result',
      requestId: frame.requestId,
      code: outcome === 'ok' ? 0 : ErrorCode.Forbidden,
    });
    this.host.log.info(
      { conn: this.id, member: member.memberNo, outcome, deleted },
      'scope erased',
    );
  }
}

const SCOPE_SET_CODES = {
  ok: 0,
  forbidden: ErrorCode.Forbidden,
  'too-many': ErrorCode.TooManyScopes,
} as const;

interface HeldFrame {
  data: unknown;
  isBinary: boolean;
}

/** A per-address limit ran out (server/limits.ts). */
class RateLimitedError extends ProtocolError {
  readonly first: boolean;
  constructor(refusal: { limit: string; retryAfterMs: number; first: boolean }) {
    super(ErrorCode.RateLimited, refusalReason(refusal), refusal.retryAfterMs);
    this.first = refusal.first;
  }
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  return new Uint8Array(0);
}
