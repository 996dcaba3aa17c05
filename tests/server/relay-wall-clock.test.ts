import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSodium, randomBytes } from '../../electron/core/crypto';
import { joinTeam } from '../../electron/core/sync';
import { generateSecrets } from '../../electron/core/vault/secrets';
import { SqliteStorage, SyncServer, silentServerLogger } from '../../server';
import { makeTeam, tempDir, type Device } from '../sync/support/harness';

/*
 * Issue #15, item 3: the relay reads the time of day from the wall clock it is given
 * (SyncServerOptions.wallClock, the SQLite store's `clock`), never from the system behind it.
 * Each test sets that clock apart from the system's and checks the relay follows it.
 */
const HOUR = 3600 * 1000;

describe('the relay’s wall clock', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: SyncServer;
  /** The relay's "now": the test moves it; the system clock goes on as it is. */
  let relayNow = Date.now();

  beforeAll(async () => {
    await initSodium();
    tmp = tempDir();
    server = await SyncServer.start({
      storage: new SqliteStorage(join(tmp.dir, 'relay')),
      log: silentServerLogger(),
      allowTeamCreation: true,
      limits: { connections: null, authFailures: null, teamCreations: null, joins: null },
      wallClock: { now: () => relayNow },
    });
  });
  afterAll(async () => {
    await server.stop();
    tmp.cleanup();
  });

  it('refuses an invite expired by its clock although the system clock says it is fresh, and takes it once its clock is back', async () => {
    const { devices } = await makeTeam(tmp.dir, server.url, 0);
    const [sup] = devices as [Device];
    sup.client.start();
    await sup.client.whenIdle();
    // Valid for an hour from now by the system clock (the supervisor's device stamps it).
    relayNow = Date.now();
    const invite = await sup.client.createInvite('counselor', 3600);

    relayNow = Date.now() + 2 * HOUR;
    await expect(joinTeam({ code: invite.code, secrets: generateSecrets() })).rejects.toThrow(
      /invite/,
    );

    // The same invite, unused and not counted as a wrong secret: only the relay's clock refused it.
    relayNow = Date.now();
    const joined = await joinTeam({ code: invite.code, secrets: generateSecrets() });
    expect(joined.memberNo).toBe(2);
    for (const d of devices) await d.close();
  });

  it('stamps a new team, its founder and the applied migrations with the store’s clock', async () => {
    const at = Date.UTC(2020, 0, 2, 3, 4, 5);
    const dir = join(tmp.dir, 'stamped');
    const storage = new SqliteStorage(dir, { clock: { now: () => at } });
    await storage.createTeam(randomBytes(16), {
      signPk: randomBytes(32),
      boxPk: randomBytes(32),
    });
    await storage.close();

    const db = new Database(join(dir, 'relay.sqlite'), { readonly: true });
    try {
      const times = [
        ...db.prepare('SELECT created_at AS t FROM teams').all(),
        ...db.prepare('SELECT joined_at AS t FROM members').all(),
        ...db.prepare('SELECT applied_at AS t FROM schema_migrations').all(),
      ] as Array<{ t: number }>;
      expect(times.length).toBeGreaterThan(2);
      expect(new Set(times.map((r) => r.t))).toEqual(new Set([at]));
    } finally {
      db.close();
    }
  });
});
