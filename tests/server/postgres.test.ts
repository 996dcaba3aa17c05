import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  converged,
  expectedText,
  makeTeam,
  rng,
  sleep,
  tempDir,
  type Device,
} from '../sync/support/harness';
import pg from 'pg';
import { randomBytes } from '../../electron/core/crypto';
import { decodeInvite, encodeInvite, joinTeam } from '../../electron/core/sync';
import { generateSecrets } from '../../electron/core/vault/secrets';
import { spawnServer, type ChildServer } from './support/child-server';

/**
 * The same convergence property against PostgreSQL, with two relay processes on one database:
 * devices connected to different processes converge through LISTEN/NOTIFY.
 *
 * Needs DATABASE_URL (scripts/start-postgres.sh prints one). Without it these tests FAIL, unless
 * PENDAMPING_SKIP_POSTGRES=1 says explicitly that this run does not cover PostgreSQL.
 */
const url = process.env.DATABASE_URL;
const skip = process.env.PENDAMPING_SKIP_POSTGRES === '1';
const DOC = 'doc-pg-note';

describe.skipIf(skip)('the PostgreSQL backend with two relay processes', () => {
  let tmp: ReturnType<typeof tempDir>;
  const servers: ChildServer[] = [];

  beforeAll(async () => {
    if (!url) {
      throw new Error(
        'DATABASE_URL is not set: start one with scripts/start-postgres.sh, or set PENDAMPING_SKIP_POSTGRES=1 to skip the PostgreSQL tests explicitly',
      );
    }
    tmp = tempDir();
    for (let i = 0; i < 2; i++) {
      servers.push(
        await spawnServer({
          dataDir: `${tmp.dir}/unused-${i}`,
          env: { DATABASE_URL: url },
          allowTeamCreation: true,
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    for (const s of servers) {
      s.proc.kill('SIGTERM');
      await s.exited;
    }
    tmp?.cleanup();
  });

  it('the relays report PostgreSQL storage on their health endpoints', async () => {
    for (const s of servers) {
      const body = (await (await fetch(`http://127.0.0.1:${s.port}/health`)).json()) as {
        storage: string;
      };
      expect(body.storage).toBe('postgres');
    }
  });

  it('devices on different relay processes converge with every edit present, over many seeds', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const random = rng(seed * 7919);
      const urls = servers.map((s) => s.url);
      const { devices, scopeId } = await makeTeam(tmp.dir, urls[0] as string, 1 + (seed % 2), {
        urls,
      });
      for (const d of devices) d.keys.docScope.set(DOC, scopeId);
      try {
        const online = devices.map(() => false);
        for (let step = 0; step < 30; step++) {
          const i = Math.floor(random() * devices.length);
          const d = devices[i] as Device;
          const r = random();
          if (r < 0.65) {
            d.edit(DOC, (t) =>
              t.insert(Math.floor(random() * (t.length + 1)), `p${seed}d${i}e${step} `),
            );
          } else if (r < 0.85) {
            if (online[i]) await d.client.stop();
            else d.client.start();
            online[i] = !online[i];
          } else {
            await sleep(Math.floor(random() * 20));
          }
        }
        for (const [i, d] of devices.entries()) if (!online[i]) d.client.start();
        const expected = expectedText(devices);
        await converged(devices, DOC, expected);
        expect(new Set(devices.map((d) => d.text(DOC))).size).toBe(1);
      } finally {
        for (const d of devices) await d.close();
      }
    }
  }, 90_000);

  it('a live edit on one process reaches a reader on the other', async () => {
    const urls = servers.map((s) => s.url);
    const { devices, scopeId } = await makeTeam(tmp.dir, urls[0] as string, 1, { urls });
    const [a, b] = devices as [Device, Device];
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    a.edit(DOC, (t) => t.insert(0, 'across processes'));
    await converged(devices, DOC, 'across processes');
    expect(b.text(DOC)).toBe('across processes');
    for (const d of devices) await d.close();
  });
  it('an erased scope is dropped for every process and refused afterwards', async () => {
    const urls = servers.map((s) => s.url);
    const { devices, scopeId } = await makeTeam(tmp.dir, urls[0] as string, 1, { urls });
    const [sup, counselor] = devices as [Device, Device];
    const doc = 'doc-pg-erase';
    for (const d of devices) {
      d.keys.docScope.set(doc, scopeId);
      d.client.start();
    }
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    counselor.edit(doc, (t) => t.insert(0, 'akan dihapus'));
    await converged(devices, doc, 'akan dihapus');
    await sup.client.eraseScope(scopeId);
    counselor.edit(doc, (t) => t.insert(0, 'sesudah; '));
    await counselor.client.whenIdle();
    // A new device of the team reads from 0 on the other process: nothing of the scope is left.
    const pool = new pg.Pool({ connectionString: url });
    try {
      const left = await pool.query('SELECT COUNT(*)::int AS n FROM entries WHERE scope_id = $1', [
        scopeId,
      ]);
      expect(left.rows[0].n).toBe(0);
      const tomb = await pool.query(
        'SELECT COUNT(*)::int AS n FROM erased_scopes WHERE scope_id = $1',
        [scopeId],
      );
      expect(tomb.rows[0].n).toBe(1);
    } finally {
      await pool.end();
    }
    await sleep(50);
    for (const d of devices) await d.close();
  });

  it('wrong invite secrets are counted in the database: five spread over two processes burn the invite on both', async () => {
    const urls = servers.map((s) => s.url);
    const { devices } = await makeTeam(tmp.dir, urls[0] as string, 0);
    const [sup] = devices as [Device];
    sup.client.start();
    await sup.client.whenIdle();
    const invite = await sup.client.createInvite('counselor');
    const via = (i: number, secret: Uint8Array): string =>
      encodeInvite({ ...decodeInvite(invite.code), serverUrl: urls[i % 2] as string, secret });
    for (let i = 0; i < 5; i++) {
      await expect(
        joinTeam({ code: via(i, randomBytes(32)), secrets: generateSecrets() }),
      ).rejects.toThrow(i < 4 ? /unknown, used or expired/ : /withdrawn/);
    }
    for (let i = 0; i < 2; i++) {
      await expect(
        joinTeam({ code: via(i, invite.secret), secrets: generateSecrets() }),
      ).rejects.toThrow(/withdrawn after too many wrong attempts/);
    }
    const fresh = await sup.client.createInvite('counselor');
    expect((await joinTeam({ code: fresh.code, secrets: generateSecrets() })).role).toBe(
      'counselor',
    );
    await sup.close();
  });
});
