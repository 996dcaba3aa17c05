import { randomBytes } from 'node:crypto';
import { initSodium } from '../../electron/core/crypto';
import type { AttachmentRef } from '../../electron/core/attachments';
import { CHUNK_BYTES } from '../../shared/attachments/limits';
import { makeTeam, sleep, startServer, tempDir } from '../../tests/sync/support/harness';
import { attachmentsOf } from '../../tests/server/support/attachment-devices';
import { FaultProxy } from '../../tests/server/support/fault-proxy';
import type { BenchContext, BenchSuite } from '../harness';

/**
 * A 20 MB attachment synced through a relay (issue #14, item 1): a counselor's device uploads it
 * and a supervisor's device downloads it, each over a link that a TCP proxy cuts 5 times at
 * evenly spaced points mid-file; the baseline is the same transfer undisturbed, in the same run.
 * Bytes on the wire are the proxy's TCP payload both ways (WebSocket framing, handshakes and the
 * notes' own sync included), divided by the file's size. "Resent after acknowledged" counts chunk
 * uploads of a chunk the relay had already acknowledged (goal 0).
 */
const FILE_BYTES = 20 * 1000 * 1000;
const DROPS = 5;

interface Leg {
  wireBytes: number;
  ms: number;
  cuts: number;
  chunksMoved: number;
  resentAfterAck: number;
}

async function transfer(drops: number, file: Uint8Array): Promise<{ up: Leg; down: Leg }> {
  const tmp = tempDir('pendamping-bench-att-');
  const relay = await startServer(tmp.dir);
  const proxy = new FaultProxy({ host: '127.0.0.1', port: relay.port }, Math.random, {
    cutPerChunk: 0,
    maxDelayMs: 0,
    maxPiece: 1 << 20,
  });
  const port = await proxy.start();
  const { devices } = await makeTeam(tmp.dir, relay.url, 1, {
    client: { url: `ws://127.0.0.1:${port}` },
  });
  const [supervisor, counselor] = devices as [(typeof devices)[0], (typeof devices)[0]];
  const scopeId = [...counselor.keys.keys.keys()][0] as string;
  try {
    const up = attachmentsOf(counselor);
    const ref = up.files.put(scopeId, file);
    const upLeg = await leg(proxy, drops, () => {
      counselor.client.start();
      up.sync.start();
      return () => up.files.state(ref.id) === 'synced';
    });
    upLeg.chunksMoved = up.sync.stats.chunksSent;
    upLeg.resentAfterAck = up.sync.stats.resentAfterAck;
    await counselor.client.stop();

    const down = attachmentsOf(supervisor);
    down.files.expect(ref as AttachmentRef);
    const downLeg = await leg(proxy, drops, () => {
      supervisor.client.start();
      down.sync.start();
      return () => down.files.state(ref.id) === 'synced';
    });
    downLeg.chunksMoved = down.sync.stats.chunksFetched;
    const back = down.files.read(ref);
    if (!Buffer.from(back).equals(Buffer.from(file)))
      throw new Error('the file changed on the way');
    return { up: upLeg, down: downLeg };
  } finally {
    for (const d of devices) await d.close();
    await proxy.stop();
    await relay.stop();
    tmp.cleanup();
  }
}

/** Starts a transfer and cuts the link `drops` times, evenly over the file's size on the wire. */
async function leg(proxy: FaultProxy, drops: number, begin: () => () => boolean): Promise<Leg> {
  const start = proxy.bytesUp + proxy.bytesDown;
  const started = performance.now();
  const done = begin();
  const every = FILE_BYTES / (drops + 1);
  let cuts = 0;
  while (!done()) {
    if (performance.now() - started > 600_000) throw new Error('the transfer did not finish');
    if (cuts < drops && proxy.bytesUp + proxy.bytesDown - start > every * (cuts + 1)) {
      proxy.cutAll();
      cuts++;
    }
    await sleep(1);
  }
  return {
    wireBytes: proxy.bytesUp + proxy.bytesDown - start,
    ms: performance.now() - started,
    cuts,
    chunksMoved: 0,
    resentAfterAck: 0,
  };
}

const suite: BenchSuite = {
  name: 'attachments',
  description: `a ${FILE_BYTES / 1e6} MB attachment up and down through a relay, ${DROPS} drops each way, against an undisturbed transfer`,
  async run(ctx: BenchContext): Promise<void> {
    await initSodium();
    const file = new Uint8Array(randomBytes(FILE_BYTES));
    file.set([0xff, 0xd8, 0xff, 0xe0], 0);
    file.set([0xff, 0xd9], FILE_BYTES - 2);
    const chunks = Math.ceil(FILE_BYTES / CHUNK_BYTES);
    const calm = await transfer(0, file);
    const rough = await transfer(DROPS, file);
    for (const side of ['up', 'down'] as const) {
      const [c, r] = [calm[side], rough[side]];
      const dir = side === 'up' ? 'upload' : 'download';
      ctx.record({
        name: `${dir}: bytes on the wire / file size, ${r.cuts} drops`,
        value: r.wireBytes / FILE_BYTES,
        unit: '×',
        baseline: c.wireBytes / FILE_BYTES,
        goal: '≤ 1.1×',
      });
      ctx.record({
        name: `${dir}: chunks moved (file has ${chunks})`,
        value: r.chunksMoved,
        unit: 'chunks',
        baseline: c.chunksMoved,
      });
      ctx.record({
        name: `${dir}: time`,
        value: r.ms / 1000,
        unit: 's',
        baseline: c.ms / 1000,
      });
    }
    ctx.record({
      name: 'upload: chunks resent after acknowledged',
      value: rough.up.resentAfterAck,
      unit: 'chunks',
      baseline: calm.up.resentAfterAck,
      goal: '0',
    });
  },
};

export default suite;
