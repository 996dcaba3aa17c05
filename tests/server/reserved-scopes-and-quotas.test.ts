import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AckStatus,
  decodeServerFrame,
  encodeServerFrame,
  ErrorCode,
  MAX_FRAME_BYTES,
  type ScopeInfo,
} from '../../shared/sync';
import { initSodium, randomBytes } from '../../electron/core/crypto';
import { toHex } from '../../electron/core/sync/identity';
import type { AccountSecrets } from '../../electron/core/vault';
import { SyncServer } from '../../server';
import { silentServerLogger } from '../../server/log';
import { scopePages } from '../../server/scope-pages';
import { SqliteStorage } from '../../server/storage/sqlite';
import { Device, makeTeam, sleep, tempDir } from '../sync/support/harness';
import { authenticate, signedEntry, type RawConnection } from './support/raw';

const CAP = 25;
const QUOTA = 64 * 1024;

async function member(server: SyncServer, teamId: Uint8Array, secrets: AccountSecrets) {
  const { conn } = await authenticate(server.url, teamId, secrets);
  await conn.next('welcome');
  return conn;
}

/** Pushes one update to `scopeId` as the member of `secrets`; returns the relay's answer. */
async function pushTo(
  conn: RawConnection,
  teamId: Uint8Array,
  secrets: AccountSecrets,
  docId: string,
  scopeId: string,
) {
  const update = new Uint8Array([1, 2, 3]);
  const key = randomBytes(32);
  conn.send({
    t: 'push',
    entries: [signedEntry({ teamId, secrets, docId, scopeId, keyId: 'k1', key, update })],
  });
  return (await conn.next('ack')).results[0];
}

async function scopeSet(conn: RawConnection, requestId: number, scopeId: string, members = []) {
  conn.send({ t: 'scope-set', requestId, scopeId, includeSupervisors: true, members });
  return (await conn.next('result')).code;
}

describe('reserved team scopes, scope caps, paged scope lists and the team quota', () => {
  let server: SyncServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    await initSodium();
    tmp = tempDir();
    server = await SyncServer.start({
      storage: new SqliteStorage(join(tmp.dir, 'relay')),
      log: silentServerLogger(),
      allowTeamCreation: true,
      limits: { connections: null, authFailures: null, teamCreations: null, joins: null },
      quotas: { maxScopesPerMember: CAP, teamQuotaBytes: QUOTA },
    });
  });
  afterAll(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it('a counselor cannot claim the team scope before the supervisor used it, by entry or by scope-set', async () => {
    const { teamId, secrets, devices } = await makeTeam(tmp.dir, server.url, 1);
    const teamScope = `team-${toHex(teamId)}`;
    const counselor = await member(server, teamId, secrets[1] as AccountSecrets);
    expect(await scopeSet(counselor, 1, teamScope)).toBe(ErrorCode.Forbidden);
    const pushed = await pushTo(
      counselor,
      teamId,
      secrets[1] as AccountSecrets,
      'doc-team-directory',
      teamScope,
    );
    expect(pushed).toMatchObject({
      status: AckStatus.Refused,
      code: ErrorCode.Forbidden,
    });
    // The supervisor then opens it; it is the founder's, with the counselor on its list.
    const supervisor = await member(server, teamId, secrets[0] as AccountSecrets);
    const counselorNo = 2;
    supervisor.send({
      t: 'scope-set',
      requestId: 2,
      scopeId: teamScope,
      includeSupervisors: true,
      members: [counselorNo],
    });
    expect((await supervisor.next('result')).code).toBe(0);
    const scopes = await server.storage.scopes(teamId);
    expect(scopes.find((s) => s.scopeId === teamScope)).toMatchObject({
      owner: 1,
      members: [counselorNo],
    });
    // …and the counselor, not its owner, still cannot change it.
    expect(await scopeSet(counselor, 3, teamScope)).toBe(ErrorCode.Forbidden);
    supervisor.close();
    counselor.close();
    for (const d of devices) await d.close();
  });

  it('a flood of scope-sets from one member stops at the cap with a clear refusal, and the relay stays up', async () => {
    const { teamId, secrets, devices } = await makeTeam(tmp.dir, server.url, 1);
    const counselor = await member(server, teamId, secrets[1] as AccountSecrets);
    const codes: number[] = [];
    for (let i = 0; i < CAP + 15; i++) codes.push(await scopeSet(counselor, i + 1, `flood-${i}`));
    expect(codes.slice(0, CAP).every((c) => c === 0)).toBe(true);
    expect(new Set(codes.slice(CAP))).toEqual(new Set([ErrorCode.TooManyScopes]));
    // Writing to a new scope (which would create it) is refused the same way.
    const pushed = await pushTo(
      counselor,
      teamId,
      secrets[1] as AccountSecrets,
      'doc-over-cap',
      'flood-by-entry',
    );
    expect(pushed?.code).toBe(ErrorCode.TooManyScopes);
    // Changing a scope it owns still works; the connection and the relay carry on.
    expect(await scopeSet(counselor, 999, 'flood-0')).toBe(0);
    const health = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(health.status).toBe(200);
    // Other members are not affected by this member's cap.
    const supervisor = await member(server, teamId, secrets[0] as AccountSecrets);
    expect(await scopeSet(supervisor, 1, 'supervisor-own')).toBe(0);
    supervisor.close();
    counselor.close();
    for (const d of devices) await d.close();
  });

  it('a push over the team quota is refused with QuotaExceeded, reported by the client, and earlier data stays', async () => {
    const problems: string[] = [];
    const { teamId, devices, scopeId } = await makeTeam(tmp.dir, server.url, 1, {
      client: { onProblem: (p) => problems.push(p.reason) },
    });
    const [a, b] = devices as [Device, Device];
    for (const d of devices) {
      d.keys.docScope.set('doc-kept', scopeId);
      d.keys.docScope.set('doc-too-much', scopeId);
      d.client.start();
    }
    a.edit('doc-kept', (t) => t.insert(0, 'written before the team was full'));
    await a.client.whenIdle();
    const used = await server.storage.teamBytes(teamId);
    expect(used).toBeGreaterThan(0);
    // Incompressible text: more than the quota has left.
    a.edit('doc-too-much', (t) => t.insert(0, Buffer.from(randomBytes(QUOTA)).toString('base64')));
    a.client.flush();
    for (let i = 0; i < 100 && a.client.status().refused === 0; i++) await sleep(20);
    expect(a.client.status().refused).toBe(1);
    expect(problems).toContain("the team's storage on the relay is full");
    expect(await server.storage.teamBytes(teamId)).toBe(used);
    for (let i = 0; i < 100 && b.text('doc-kept') === ''; i++) await sleep(20);
    expect(b.text('doc-kept')).toBe('written before the team was full');
    expect(b.text('doc-too-much')).toBe('');
    for (const d of devices) await d.close();
  });

  it('the scopes list is paged under the frame limit and the client merges the pages', async () => {
    const scopes: ScopeInfo[] = Array.from({ length: 12_000 }, (_, i) => ({
      scopeId: `${'s'.repeat(120)}-${i}`,
      owner: 1 + (i % 7),
      includeSupervisors: true,
      members: [2, 3, 4, 5],
    }));
    const pages = scopePages(scopes);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(encodeServerFrame(page).length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
    }
    expect(pages.map((p) => p.more ?? false)).toEqual(pages.map((_, i) => i < pages.length - 1));
    const decoded = pages.flatMap((p) => {
      const f = decodeServerFrame(encodeServerFrame(p));
      return f.t === 'scopes' ? f.scopes : [];
    });
    expect(decoded).toEqual(scopes);

    // End to end: a supervisor who can read more scopes than one page holds sees them all.
    const { teamId, secrets, devices } = await makeTeam(tmp.dir, server.url, 0);
    // Long ids and lists, so a few hundred scopes fill more than one page.
    const many = Array.from({ length: 800 }, (_, i) => `${'p'.repeat(120)}-${i}`);
    const readers = Array.from({ length: 40 }, (_, i) => 100 + i);
    for (const [i, scopeId] of many.entries()) {
      // Straight into storage, as many members would have made them over the years.
      await server.storage.setScope(
        teamId,
        { scopeId, owner: 1, includeSupervisors: true, members: readers },
        100 + (i % 40),
      );
    }
    expect(scopePages(await server.storage.scopes(teamId)).length).toBeGreaterThan(1);
    const supervisor = new Device({
      dir: tmp.dir,
      name: 'paged-supervisor',
      url: server.url,
      teamId,
      secrets: secrets[0] as AccountSecrets,
    });
    supervisor.client.start();
    await supervisor.client.whenIdle();
    const seen = new Set(supervisor.client.scopes().map((s) => s.scopeId));
    expect(many.every((id) => seen.has(id))).toBe(true);
    for (const d of [...devices, supervisor]) await d.close();
  });
});
