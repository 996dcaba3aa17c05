import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AckStatus, ErrorCode, PROTOCOL_VERSION, type ServerFrame } from '../../shared/sync';
import { initSodium } from '../../electron/core/crypto';
import type { SyncState } from '../../electron/core/sync/client-types';
import { Connection, type Link } from '../../electron/core/sync/connection';
import { verifyAuth } from '../../electron/core/sync/identity';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';
import { FakeSocket } from './support/fake-socket';
import { ManualTimers } from './support/manual-timers';

const teamId = new Uint8Array(16).fill(6);
const challenge: ServerFrame = {
  t: 'challenge',
  version: PROTOCOL_VERSION,
  serverId: new Uint8Array(16).fill(1),
  nonce: new Uint8Array(32).fill(2),
};
const welcome: ServerFrame = { t: 'welcome', teamId, memberNo: 3, role: 'counselor', teamSeq: 0 };
let secrets: AccountSecrets;
beforeAll(async () => {
  await initSodium();
  secrets = generateSecrets();
});

describe('the connection to the relay', () => {
  let sockets: FakeSocket[];
  let timers: ManualTimers;
  let states: SyncState[];
  let welcomed: Link[];
  let frames: ServerFrame[];
  let opened: number;
  let lateAcks: ServerFrame[];
  let storeClosed: boolean;
  let connection: Connection;
  const socket = (): FakeSocket => sockets[sockets.length - 1] as FakeSocket;
  const state = (): SyncState => states[states.length - 1] ?? { kind: 'offline' };

  beforeEach(() => {
    sockets = [];
    timers = new ManualTimers();
    states = [];
    welcomed = [];
    frames = [];
    opened = 0;
    lateAcks = [];
    storeClosed = false;
    connection = new Connection(
      {
        factory: () => {
          const s = new FakeSocket();
          sockets.push(s);
          return s;
        },
        clock: { now: () => 1_000_000 + timers.now },
        timers,
        random: () => 0.5,
      },
      {
        url: 'ws://127.0.0.1:1',
        teamId,
        secrets,
        backoff: { baseMs: 1000, maxMs: 8000 },
        idleTimeoutMs: 3000,
        online: () => true,
      },
      {
        state,
        setState: (s) => states.push(s),
        opened: () => opened++,
        welcomed: (link) => welcomed.push(link),
        frame: (_link, f) => frames.push(f),
        traffic: () => undefined,
        dropped: () => undefined,
        lateAck: (_link, f) => {
          if (storeClosed) throw new TypeError('The database connection is not open');
          lateAcks.push(f);
        },
      },
    );
  });

  it('answers the challenge with a signature over the nonce, and is ready once welcomed', () => {
    connection.start();
    expect(state()).toEqual({ kind: 'connecting' });
    expect(opened).toBe(1);
    socket().receive(challenge);
    const auth = socket().sent[0];
    expect(auth?.t).toBe('auth');
    if (auth?.t !== 'auth') return;
    const signed = {
      purpose: 'auth' as const,
      serverId: challenge.serverId,
      nonce: challenge.nonce,
      teamId,
      signPk: auth.signPk,
    };
    expect(auth.signPk).toEqual(secrets.signKeyPair.publicKey);
    expect(verifyAuth(signed, auth.sig)).toBe(true);
    expect(connection.ready()).toBeUndefined();
    socket().receive(welcome);
    expect(welcomed.map((l) => l.memberNo)).toEqual([3]);
    expect(connection.ready()?.memberNo).toBe(3);
  });

  it('hands every other frame to the client', () => {
    connection.start();
    socket().receive({ t: 'members', members: [] });
    socket().receive({ t: 'pong' });
    expect(frames).toEqual([{ t: 'members', members: [] }]);
  });

  it('reconnects after a close with a jittered backoff, and says when', () => {
    connection.start();
    socket().end();
    expect(state()).toMatchObject({ kind: 'offline', retryAt: 1_000_000 + 500 });
    timers.advance(499);
    expect(sockets).toHaveLength(1);
    timers.advance(1);
    expect(sockets).toHaveLength(2);
    socket().end();
    expect(state()).toMatchObject({ retryAt: 1_000_000 + 500 + 1000 });
  });

  it('stops for good when the relay refuses this device', () => {
    connection.start();
    socket().receive({ t: 'error', code: ErrorCode.NotMember, reason: 'not a member' });
    socket().end();
    expect(state()).toEqual({ kind: 'error', reason: 'not a member', code: ErrorCode.NotMember });
    timers.advance(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('refuses a relay that speaks another protocol version', () => {
    connection.start();
    socket().receive({ ...challenge, version: PROTOCOL_VERSION + 1 } as ServerFrame);
    expect(state()).toMatchObject({ kind: 'error', code: ErrorCode.Version });
    expect(socket().closedWith).toEqual({ code: 1002, reason: 'version' });
  });

  it('waits out a rate limit, with the backoff on top, before it reconnects', () => {
    connection.start();
    socket().receive({
      t: 'error',
      code: ErrorCode.RateLimited,
      reason: 'slow down',
      retryAfterMs: 10_000,
    });
    expect(state()).toMatchObject({ kind: 'error', retryAt: 1_000_000 + 10_000 });
    socket().end();
    timers.advance(10_499);
    expect(sockets).toHaveLength(1);
    timers.advance(1);
    expect(sockets).toHaveLength(2);
  });

  it('pings after a third of the idle time and gives up on a relay that stopped answering', () => {
    connection.start();
    socket().receive(challenge);
    socket().receive(welcome);
    timers.advance(1000);
    expect(socket().sent.map((f) => f.t)).toEqual(['auth', 'ping']);
    timers.advance(2000);
    expect(socket().closedWith).toEqual({ code: 1002, reason: 'the server stopped answering' });
    expect(state()).toMatchObject({ kind: 'offline' });
  });

  it('answers open requests with an error when the connection drops', async () => {
    connection.start();
    socket().receive(welcome);
    const asked = connection.request({ t: 'remove-member', requestId: 0, memberNo: 2 });
    socket().end();
    await expect(asked).rejects.toThrow('the connection closed');
    await expect(
      connection.request({ t: 'remove-member', requestId: 0, memberNo: 2 }),
    ).rejects.toThrow('not connected');
  });

  it('resolves a request with the code of its result', async () => {
    connection.start();
    socket().receive(welcome);
    const asked = connection.request({ t: 'remove-member', requestId: 0, memberNo: 2 });
    const sent = socket().sent[0];
    socket().receive({
      t: 'result',
      requestId: sent && 'requestId' in sent ? sent.requestId : -1,
      code: 0,
    });
    await expect(asked).resolves.toBe(0);
  });

  it('tries again at once on "sync now", but not after stop', () => {
    connection.start();
    socket().end();
    connection.retryNow();
    expect(sockets).toHaveLength(2);
    connection.stop();
    connection.retryNow();
    expect(sockets).toHaveLength(2);
    expect(socket().closedWith).toEqual({ code: 1000, reason: 'client stopping' });
  });

  const ack: ServerFrame = {
    t: 'ack',
    results: [{ updateId: new Uint8Array(16).fill(9), seq: 4, status: AckStatus.Stored, code: 0 }],
  };

  it('hands on an acknowledgement that arrives while it stops, and no other frame', () => {
    connection.start();
    const closing = socket();
    closing.receive(challenge);
    closing.receive(welcome);
    connection.stop();
    closing.receive({ t: 'members', members: [] });
    closing.receive(ack);
    expect(lateAcks).toEqual([ack]);
    expect(frames).toEqual([]);
    closing.end();
    closing.receive(ack);
    expect(lateAcks).toHaveLength(1);
  });

  it('survives an acknowledgement that arrives after the store closed', () => {
    connection.start();
    const closing = socket();
    closing.receive(challenge);
    closing.receive(welcome);
    connection.stop();
    storeClosed = true;
    expect(() => closing.receive(ack)).not.toThrow();
    expect(lateAcks).toEqual([]);
  });
});
