import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../shared/attachments/limits';
import { makeTeam, relayForSuite, sleep } from '../sync/support/harness';
import { attachmentsOf } from './support/attachment-devices';
import { FaultProxy } from './support/fault-proxy';

/** A PDF of `size` bytes whose body repeats `marker` in clear (so a leak would be found). */
function markedPdf(size: number, marker: string): Uint8Array {
  const out = new Uint8Array(size);
  const filler = Buffer.from(` ${marker} `.repeat(Math.ceil(size / (marker.length + 2))));
  out.set(filler.subarray(0, size));
  out.set(Buffer.from('%PDF-1.4\n'), 0);
  out.set(Buffer.from('\n%%EOF\n'), size - 7);
  return out;
}

/** Every file under `dir` (the relay's database and the devices' notebooks, WAL included). */
function anyFileHolds(dir: string, marker: string): boolean {
  const needles = [Buffer.from(marker), Buffer.from(marker, 'utf16le')];
  return readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return anyFileHolds(path, marker);
    const bytes = readFileSync(path);
    return needles.some((n) => bytes.includes(n));
  });
}

describe('attachments travel through the relay in sealed chunks (leak scan: devices and relay)', () => {
  const relay = relayForSuite();

  it('a counselor’s file reaches the supervisor whole; the relay holds ciphertext only', async () => {
    const { devices } = await makeTeam(relay.dir, relay.server.url, 1);
    const [supervisor, counselor] = devices as [(typeof devices)[0], (typeof devices)[0]];
    const scopeId = [...counselor.keys.keys.keys()][0] as string;
    const marker = `consent-form-${randomBytes(6).toString('hex')}`;
    const file = markedPdf(CHUNK_BYTES * 3 + 777, marker);
    const up = attachmentsOf(counselor);
    const down = attachmentsOf(supervisor);
    try {
      const ref = up.files.put(scopeId, file);
      counselor.client.start();
      up.sync.start();
      await until(() => up.files.state(ref.id) === 'synced');
      down.files.expect(ref);
      supervisor.client.start();
      down.sync.start();
      await until(() => down.files.state(ref.id) === 'synced');
      expect(Buffer.from(down.files.read(ref)).equals(Buffer.from(file))).toBe(true);
      expect(up.sync.stats).toMatchObject({ chunksSent: 4, resentAfterAck: 0 });
      expect(anyFileHolds(relay.dir, marker)).toBe(false);
      // The control: the scan finds the marker when it is written in clear.
      expect(Buffer.from(file).includes(Buffer.from(marker))).toBe(true);
    } finally {
      for (const d of devices) await d.close();
    }
  }, 60_000);

  it('refuses a member who may not read the case: nothing listed, fetched or added', async () => {
    const { devices } = await makeTeam(relay.dir, relay.server.url, 2);
    const [, owner, outsider] = devices as [
      (typeof devices)[0],
      (typeof devices)[0],
      (typeof devices)[0],
    ];
    try {
      // The first counselor's own case, shared with nobody but the supervisors.
      const privateScope = randomBytes(16).toString('hex');
      owner.keys.rotate(privateScope);
      outsider.keys.keys.set(privateScope, new Map(owner.keys.keys.get(privateScope)));
      outsider.keys.current.set(privateScope, owner.keys.current.get(privateScope) as string);
      owner.client.start();
      await owner.client.whenIdle();
      await owner.client.setScopeMembers(privateScope, []);
      const mine = attachmentsOf(owner);
      const ref = mine.files.put(privateScope, markedPdf(5000, 'x'));
      mine.sync.start();
      await until(() => mine.files.state(ref.id) === 'synced');

      const theirs = attachmentsOf(outsider);
      theirs.files.expect(ref);
      const forged = theirs.files.put(privateScope, markedPdf(5000, 'y'));
      outsider.client.start();
      theirs.sync.start();
      await outsider.client.whenIdle();
      await theirs.sync.idle();
      expect(theirs.files.state(ref.id)).toBe('remote');
      expect(theirs.files.state(forged.id)).toBe('local');
      expect(theirs.sync.stats.chunksFetched).toBe(0);
    } finally {
      for (const d of devices) await d.close();
    }
  }, 60_000);

  it('resumes a file over a link cut mid-file several times, never resending an acknowledged chunk', async () => {
    const proxy = new FaultProxy({ host: '127.0.0.1', port: relay.server.port }, Math.random, {
      cutPerChunk: 0,
      maxDelayMs: 0,
      maxPiece: 1 << 20,
    });
    const port = await proxy.start();
    const { devices } = await makeTeam(relay.dir, relay.server.url, 1, {
      client: { url: `ws://127.0.0.1:${port}` },
    });
    const [supervisor, counselor] = devices as [(typeof devices)[0], (typeof devices)[0]];
    const scopeId = [...counselor.keys.keys.keys()][0] as string;
    const file = markedPdf(CHUNK_BYTES * 12 + 5, 'voice-note');
    const up = attachmentsOf(counselor);
    const down = attachmentsOf(supervisor);
    try {
      const ref = up.files.put(scopeId, file);
      counselor.client.start();
      up.sync.start();
      const cuts = await cutWhileMoving(proxy, () => up.files.state(ref.id) === 'synced', 4);
      expect(cuts).toBeGreaterThanOrEqual(3);
      expect(up.sync.stats.resentAfterAck).toBe(0);
      // At most the chunks in flight at each cut travel twice.
      expect(up.sync.stats.chunksSent).toBeLessThanOrEqual(12 + 1 + cuts * 2);

      down.files.expect(ref);
      supervisor.client.start();
      down.sync.start();
      const downCuts = await cutWhileMoving(proxy, () => down.files.state(ref.id) === 'synced', 3);
      expect(downCuts).toBeGreaterThanOrEqual(2);
      expect(Buffer.from(down.files.read(ref)).equals(Buffer.from(file))).toBe(true);
    } finally {
      for (const d of devices) await d.close();
      await proxy.stop();
    }
  }, 120_000);

  it('drops a case’s chunks with the case when it is erased', async () => {
    const { devices } = await makeTeam(relay.dir, relay.server.url, 1);
    const [supervisor, counselor] = devices as [(typeof devices)[0], (typeof devices)[0]];
    const scopeId = [...counselor.keys.keys.keys()][0] as string;
    const up = attachmentsOf(counselor);
    try {
      const ref = up.files.put(scopeId, markedPdf(CHUNK_BYTES + 10, 'z'));
      counselor.client.start();
      up.sync.start();
      await until(() => up.files.state(ref.id) === 'synced');
      supervisor.client.start();
      await supervisor.client.whenIdle();
      const chunks = relay.server.storage.chunks;
      expect(await chunks?.have(supervisor.options.teamId, scopeId, ref.id)).toEqual([0, 1]);
      await supervisor.client.eraseScope(scopeId);
      expect(await chunks?.have(supervisor.options.teamId, scopeId, ref.id)).toEqual([]);
    } finally {
      for (const d of devices) await d.close();
    }
  }, 60_000);
});

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(10);
  }
}

/**
 * Cuts every connection each time roughly one more chunk and a half has crossed the proxy, up
 * to `times` cuts, until `done`. Returns how many cuts were made.
 */
async function cutWhileMoving(
  proxy: FaultProxy,
  done: () => boolean,
  times: number,
): Promise<number> {
  let cuts = 0;
  let mark = proxy.bytesUp + proxy.bytesDown + CHUNK_BYTES * 1.5;
  const end = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > end) throw new Error('the transfer did not finish');
    if (cuts < times && proxy.bytesUp + proxy.bytesDown > mark) {
      proxy.cutAll();
      cuts++;
      mark = proxy.bytesUp + proxy.bytesDown + CHUNK_BYTES * 1.5;
    }
    await sleep(2);
  }
  return cuts;
}
