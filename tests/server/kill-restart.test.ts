import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Device,
  converged,
  expectedText,
  makeTeam,
  rng,
  sleep,
  tempDir,
} from '../sync/support/harness';
import { spawnServer, type ChildServer } from './support/child-server';

/**
 * The relay is killed with SIGKILL in the middle of syncing and restarted on the same data
 * directory and port. Clients keep writing throughout. Nothing the relay acknowledged may be lost:
 * a fresh device that downloads everything from the restarted relay ends with every edit.
 */
describe('the relay killed with SIGKILL in the middle of a sync', () => {
  let tmp: ReturnType<typeof tempDir>;
  let server: ChildServer | undefined;

  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(async () => {
    server?.proc.kill('SIGKILL');
    tmp.cleanup();
  });

  it('loses nothing it acknowledged and the clients carry on after the restart', async () => {
    const dataDir = `${tmp.dir}/relay-data`;
    server = await spawnServer({ dataDir, allowTeamCreation: true });
    const port = server.port;
    const { devices, scopeId, teamId, secrets } = await makeTeam(tmp.dir, server.url, 2);
    const DOC = 'doc-crash';
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }
    const random = rng(4242);
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        const d = devices[n % devices.length] as Device;
        d.edit(DOC, (t) => t.insert(t.length, `k${n} `));
        n++;
        await sleep(2 + Math.floor(random() * 6));
      }
    })();
    for (let round = 0; round < 4; round++) {
      await sleep(150 + Math.floor(random() * 250));
      server.proc.kill('SIGKILL');
      await server.exited;
      await sleep(50 + Math.floor(random() * 100));
      server = await spawnServer({ dataDir, port });
    }
    writing = false;
    await writer;
    const expected = expectedText(devices);
    await converged(devices, DOC, expected, 30_000);
    expect(n).toBeGreaterThan(50);

    // A device with a fresh notebook (the supervisor's keys on a new machine) downloads it all.
    const fresh = new Device({
      dir: tmp.dir,
      name: 'fresh-download',
      url: server.url,
      teamId,
      secrets: secrets[0] as never,
      keys: devices[0]?.keys as never,
    });
    fresh.client.start();
    await converged([fresh], DOC, expected, 30_000);
    for (const d of [...devices, fresh]) await d.close();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = undefined;
  }, 60_000);
});

describe('the relay stopped with SIGTERM in the middle of a sync', () => {
  it('finishes what it received, exits cleanly, and loses nothing acknowledged', async () => {
    const tmp = tempDir();
    const dataDir = `${tmp.dir}/relay-data`;
    let server = await spawnServer({ dataDir, allowTeamCreation: true });
    const port = server.port;
    const { devices, scopeId } = await makeTeam(tmp.dir, server.url, 1);
    const DOC = 'doc-term';
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        (devices[n % 2] as Device).edit(DOC, (t) => t.insert(t.length, `t${n} `));
        n++;
        await sleep(3);
      }
    })();
    for (let round = 0; round < 3; round++) {
      await sleep(200);
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      server = await spawnServer({ dataDir, port });
    }
    writing = false;
    await writer;
    await converged(devices, DOC, expectedText(devices), 30_000);
    for (const d of devices) await d.close();
    server.proc.kill('SIGTERM');
    await server.exited;
    tmp.cleanup();
  }, 60_000);
});
