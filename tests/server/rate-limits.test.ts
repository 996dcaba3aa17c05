import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorCode, type ServerFrame } from '../../shared/sync';
import { initSodium, randomBytes } from '../../electron/core/crypto';
import { decodeInvite, encodeInvite, joinTeam } from '../../electron/core/sync';
import { toHex } from '../../electron/core/sync/identity';
import type { WebSocketFactory, WebSocketLike } from '../../electron/core/sync/transport';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';
import { SqliteStorage, SyncServer } from '../../server';
import type { RelayLimits } from '../../server/limits';
import { converged, Device, makeTeam, sleep, tempDir } from '../sync/support/harness';
import { spawnServer, type ChildServer } from './support/child-server';
import { authenticate, RawConnection } from './support/raw';

/**
 * The relay protects itself: per-address buckets for connections, failed authentications, team
 * creations and joins; a per-invite bound on wrong secrets; a per-connection frame and byte rate.
 * Different loopback addresses (127.0.0.2, 127.0.0.3: all of 127/8 is loopback on Linux) play
 * different clients.
 */
const tmp = tempDir('pendamping-limits-');
const servers: SyncServer[] = [];
const children: ChildServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const c of children) {
    c.proc.kill('SIGTERM');
    await c.exited;
  }
  tmp.cleanup();
});

/** A relay with the given limits; its log lines are kept for the test to read. */
async function relay(
  name: string,
  limits: Partial<RelayLimits>,
): Promise<{ server: SyncServer; logs: Array<Record<string, unknown>> }> {
  await initSodium();
  const logs: Array<Record<string, unknown>> = [];
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  // Team creation and joins from 127.0.0.1 build the teams the tests need: never limited here.
  const server = await SyncServer.start({
    storage: new SqliteStorage(join(tmp.dir, name)),
    log,
    allowTeamCreation: true,
    limits: { teamCreations: null, joins: null, ...limits },
  });
  servers.push(server);
  return { server, logs };
}

const from = (localAddress: string): WebSocket.ClientOptions => ({ localAddress });

async function refusal(conn: RawConnection): Promise<Extract<ServerFrame, { t: 'error' }>> {
  const error = await conn.next('error');
  expect(await conn.closed()).toBe(1013);
  return error;
}

describe('per-address limits on a real relay', () => {
  it('a flood of failed authentications from one address is refused with RateLimited while a member on another address still syncs', async () => {
    const { server, logs } = await relay('flood', {
      authFailures: { burst: 5, perMs: 60_000 },
    });
    const { teamId, devices, scopeId, secrets } = await makeTeam(tmp.dir, server.url, 1);
    const [sup, counselor] = devices as [Device, Device];
    const DOC = 'doc-under-flood';
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }

    // A stranger at 127.0.0.2 keeps trying keys that are not in the team.
    const strangers = Array.from({ length: 8 }, () => generateSecrets());
    for (const s of strangers.slice(0, 5)) {
      const { conn } = await authenticate(server.url, teamId, s, from('127.0.0.2'));
      expect((await conn.next('error')).code).toBe(ErrorCode.NotMember);
    }
    const refused: Array<Extract<ServerFrame, { t: 'error' }>> = [];
    for (const s of strangers.slice(5)) {
      const { conn } = await authenticate(server.url, teamId, s, from('127.0.0.2'));
      refused.push(await refusal(conn));
      expect(conn.frames.some((f) => f.t === 'welcome')).toBe(false);
    }
    for (const e of refused) {
      expect(e.code).toBe(ErrorCode.RateLimited);
      expect(e.reason).toMatch(/too many failed authentications.*try again in \d+ s/);
      // One failure refills every 12 s (5 per minute).
      expect(e.retryAfterMs).toBeGreaterThan(10_000);
      expect(e.retryAfterMs).toBeLessThanOrEqual(12_000);
    }
    // The address is shut out for now, even with a key that would have been let in…
    const { conn: shut } = await authenticate(
      server.url,
      teamId,
      secrets[0] as AccountSecrets,
      from('127.0.0.2'),
    );
    expect((await refusal(shut)).code).toBe(ErrorCode.RateLimited);
    // …while members elsewhere are not: a raw one at 127.0.0.3, real devices at 127.0.0.1.
    const { conn: other } = await authenticate(
      server.url,
      teamId,
      secrets[1] as AccountSecrets,
      from('127.0.0.3'),
    );
    expect((await other.next('welcome')).memberNo).toBeGreaterThan(1);
    other.close();
    sup.edit(DOC, (t) => t.insert(0, 'still syncing during the flood'));
    await converged([sup, counselor], DOC, 'still syncing during the flood');

    // Logged with the reason, once loudly, never with a key.
    const warned = logs.filter((l) => l.code === ErrorCode.RateLimited && l.level === 40);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ address: '127.0.0.2' });
    expect(String(warned[0]?.reason)).toMatch(/failed authentications/);
    const text = JSON.stringify(logs);
    for (const s of strangers) expect(text).not.toContain(toHex(s.signKeyPair.publicKey));
    for (const d of devices) await d.close();
  });

  it('an invite burned by wrong secrets refuses even the right one, and the supervisor’s new invite works', async () => {
    const { server, logs } = await relay('burn', { inviteAttempts: 5 });
    const { devices, teamId } = await makeTeam(tmp.dir, server.url, 0);
    const [sup] = devices as [Device];
    sup.client.start();
    await sup.client.whenIdle();
    const invite = await sup.client.createInvite('counselor');
    const guessed = (): string =>
      encodeInvite({ ...decodeInvite(invite.code), secret: randomBytes(32) });

    for (let i = 1; i <= 4; i++) {
      await expect(joinTeam({ code: guessed(), secrets: generateSecrets() })).rejects.toThrow(
        /unknown, used or expired/,
      );
    }
    // The fifth wrong secret burns it…
    await expect(joinTeam({ code: guessed(), secrets: generateSecrets() })).rejects.toThrow(
      /withdrawn after too many wrong attempts/,
    );
    // …and the real code, in the right hands, no longer works either.
    await expect(joinTeam({ code: invite.code, secrets: generateSecrets() })).rejects.toThrow(
      /withdrawn after too many wrong attempts; ask for a new one/,
    );
    expect(logs.some((l) => l.msg === 'join refused: the invite was burned by wrong secrets')).toBe(
      true,
    );

    // The supervisor makes a new one; it works, once.
    const fresh = await sup.client.createInvite('counselor');
    const joiner = generateSecrets();
    const joined = await joinTeam({ code: fresh.code, secrets: joiner });
    expect(joined.role).toBe('counselor');
    expect(joined.teamId).toEqual(teamId);
    await sleep(50);
    expect(sup.client.members().some((m) => m.memberNo === joined.memberNo)).toBe(true);
    await sup.close();
  });

  it('the client shows the refusal, waits out the retry-after, then reconnects and syncs', async () => {
    const { server } = await relay('backoff', { connections: { burst: 3, perMs: 3000 } });
    const { devices, scopeId } = await makeTeam(tmp.dir, server.url, 0);
    const [sup] = devices as [Device];
    await sup.close();
    const DOC = 'doc-after-backoff';

    // The device is at 127.0.0.4; empty that address's bucket (one token back per second).
    for (let i = 0; i < 3; i++) (await RawConnection.open(server.url, from('127.0.0.4'))).close();

    const attempts: number[] = [];
    const counting: WebSocketFactory = (url) => {
      attempts.push(Date.now());
      return new WebSocket(url, {
        perMessageDeflate: false,
        ...from('127.0.0.4'),
      }) as unknown as WebSocketLike;
    };
    const device = new Device({
      dir: tmp.dir,
      name: 'backoff-device',
      url: server.url,
      teamId: sup.options.teamId,
      secrets: sup.options.secrets,
      keys: sup.keys,
      factory: counting,
    });
    const states: string[] = [];
    device.client.onStatus((s) => {
      if (s.state.kind === 'error') states.push(s.state.reason);
    });
    device.keys.docScope.set(DOC, scopeId);
    device.edit(DOC, (t) => t.insert(0, 'written while refused'));
    device.client.start();

    for (let i = 0; i < 100 && states.length === 0; i++) await sleep(10);
    expect(device.client.status().state).toMatchObject({
      kind: 'error',
      reason: expect.stringMatching(/too many new connections/),
      code: ErrorCode.RateLimited,
      // When it tries again by itself, for the screen's countdown.
      retryAt: expect.any(Number),
    });
    await device.client.whenIdle(10_000);
    // A temporary error: it came back by itself, and not before the relay said it could.
    expect(device.client.status().state.kind).toBe('up-to-date');
    expect(device.client.status().pending).toBe(0);
    expect(attempts.length).toBe(2);
    expect((attempts[1] as number) - (attempts[0] as number)).toBeGreaterThanOrEqual(900);
    await device.close();
  });
});

describe('storage', () => {
  it('a relay database from before the limits gains the invite counter when opened', async () => {
    const dir = join(tmp.dir, 'old-relay');
    mkdirSync(dir, { recursive: true });
    const old = new Database(join(dir, 'relay.sqlite'));
    old.exec(`CREATE TABLE invites (
      team_id BLOB NOT NULL, invite_id BLOB NOT NULL, role INTEGER NOT NULL, auth_hash BLOB NOT NULL,
      created_by INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_by INTEGER,
      PRIMARY KEY (team_id, invite_id)) WITHOUT ROWID`);
    old.close();
    const storage = new SqliteStorage(dir);
    await storage.close();
    const reopened = new Database(join(dir, 'relay.sqlite'));
    const columns = reopened.prepare('PRAGMA table_info(invites)').all() as Array<{
      name: string;
      dflt_value: string;
    }>;
    reopened.close();
    expect(columns.find((c) => c.name === 'failed_attempts')).toMatchObject({ dflt_value: '0' });
  });
});

describe('the relay reads client addresses from X-Forwarded-For only when told to', () => {
  const strangerTries = async (
    url: string,
    teamId: Uint8Array,
    forwardedFor: string,
  ): Promise<ErrorCode> => {
    const { conn } = await authenticate(url, teamId, generateSecrets(), {
      headers: { 'x-forwarded-for': forwardedFor },
    });
    const { code } = await conn.next('error');
    return code;
  };

  it('with --trust-proxy the limits follow the forwarded address, and without it the header is ignored', async () => {
    const limits = ['--limit-auth-failures', '2/1h'];
    const trusting = await spawnServer({
      dataDir: join(tmp.dir, 'proxied'),
      allowTeamCreation: true,
      args: ['--trust-proxy', ...limits],
    });
    children.push(trusting);
    const plain = await spawnServer({
      dataDir: join(tmp.dir, 'direct'),
      allowTeamCreation: true,
      args: limits,
    });
    children.push(plain);

    for (const child of [trusting, plain]) {
      const { devices, teamId } = await makeTeam(tmp.dir, child.url, 0);
      for (const d of devices) await d.close();
      const trusted = child === trusting;
      expect(await strangerTries(child.url, teamId, '203.0.113.7')).toBe(ErrorCode.NotMember);
      expect(await strangerTries(child.url, teamId, '203.0.113.7')).toBe(ErrorCode.NotMember);
      // The third try from "203.0.113.7" is one too many; "203.0.113.8" is someone else only
      // when the proxy is trusted, and a client cannot make itself someone else by writing its
      // own header in front of what the proxy appended.
      expect(await strangerTries(child.url, teamId, '203.0.113.7')).toBe(ErrorCode.RateLimited);
      expect(await strangerTries(child.url, teamId, '198.51.100.1, 203.0.113.7')).toBe(
        ErrorCode.RateLimited,
      );
      expect(await strangerTries(child.url, teamId, '203.0.113.8')).toBe(
        trusted ? ErrorCode.NotMember : ErrorCode.RateLimited,
      );
    }
    // The relay without the flag said once why it ignores the header.
    expect(plain.stderr()).toMatch(/X-Forwarded-For is ignored/);
    expect(trusting.stderr()).not.toMatch(/X-Forwarded-For is ignored/);
  });

  it('refuses to start with a limit it cannot read', async () => {
    await expect(
      spawnServer({ dataDir: join(tmp.dir, 'typo'), args: ['--limit-joins', 'lots'] }),
    ).rejects.toThrow(/not a rate/);
  });
});

describe('per-connection limits', () => {
  it('a connection over its frame rate is slowed down, not dropped, and loses nothing', async () => {
    const { server, logs } = await relay('throttle', {
      frames: { burst: 10, perMs: 1000 },
    });
    const { devices, teamId, secrets } = await makeTeam(tmp.dir, server.url, 0);
    for (const d of devices) await d.close();
    const { conn } = await authenticate(server.url, teamId, secrets[0] as AccountSecrets);
    await conn.next('welcome');
    const started = Date.now();
    for (let i = 0; i < 30; i++) conn.send({ t: 'ping' });
    for (let i = 0; i < 30; i++) await conn.next('pong', 10_000);
    // 30 frames at 10 per second after a burst of 10 (the auth frame took one): about 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(conn.closeCode).toBeUndefined();
    expect(logs.some((l) => l.msg === 'connection throttled')).toBe(true);
    conn.close();
  });
});
