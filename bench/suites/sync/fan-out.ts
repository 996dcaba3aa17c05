import type { AccountSecrets } from '../../../electron/core/vault';
import { Device, makeTeam, sleep } from '../../../tests/sync/support/harness';
import type { BenchContext } from '../../harness';
import { percentile, sortedCopy } from '../../harness';
import { oneEntryPushes, rawReader } from '../../support/raw-reader';
import { DOC } from './traces';
import {
  type Peer,
  YPeerClient,
  startHocuspocus,
  startYWebsocket,
  stopChild,
  withRelay,
} from './servers';

/** 2. Fan-out latency to 50 readers and updates per second, vs y-websocket and Hocuspocus. */

const READERS = 50;

async function fanOutPeer(
  peerStart: () => Promise<Peer>,
  edits: number,
  intervalMs: number,
): Promise<{ latencies: number[]; throughput: number }> {
  const peer = await peerStart();
  try {
    const doc = `fanout-${Math.random().toString(36).slice(2)}`;
    const writer = new YPeerClient(peer, doc);
    const readers = Array.from({ length: READERS }, () => new YPeerClient(peer, doc));
    await Promise.all([writer.opened, ...readers.map((r) => r.opened)]);
    await sleep(300);
    const text = writer.doc.getText('body');
    const sentAt: number[] = [];
    const latencies: number[] = [];
    for (const r of readers) {
      let seen = 0;
      r.doc.getText('body').observe(() => {
        const len = r.doc.getText('body').length;
        const now = performance.now();
        while (seen < len && seen < sentAt.length) latencies.push(now - (sentAt[seen++] as number));
      });
    }
    for (let i = 0; i < edits; i++) {
      sentAt.push(performance.now());
      text.insert(text.length, 'x');
      await sleep(intervalMs);
    }
    const deadline = Date.now() + 20_000;
    while (latencies.length < edits * READERS && Date.now() < deadline) await sleep(20);
    // Throughput: a burst, back to back, until every reader has it.
    const burst = 1000;
    const target = text.length + burst;
    const t0 = performance.now();
    for (let i = 0; i < burst; i++) text.insert(text.length, 'y');
    while (
      readers.some((r) => r.doc.getText('body').length < target) &&
      Date.now() < deadline + 30_000
    ) {
      await sleep(5);
    }
    const throughput = burst / ((performance.now() - t0) / 1000);
    writer.close();
    for (const r of readers) r.close();
    return { latencies, throughput };
  } finally {
    await stopChild(peer.proc);
  }
}

async function fanOutOurs(
  edits: number,
  intervalMs: number,
): Promise<{ latencies: number[]; throughput: number }> {
  return withRelay(async (url, _pid, dir) => {
    const { devices, scopeId, teamId, secrets } = await makeTeam(dir, url, READERS, {
      client: { batchDelayMs: 1e9 },
    });
    const [w] = devices as [Device];
    for (const d of devices.slice(1)) await d.close();
    w.keys.docScope.set(DOC, scopeId);
    w.client.start();
    await w.client.whenIdle();
    const sentAt: number[] = [];
    const latencies: number[] = [];
    const counts = new Array<number>(READERS).fill(0);
    const sockets = await Promise.all(
      secrets.slice(1).map((s, i) =>
        rawReader(url, teamId, s, (n) => {
          const now = performance.now();
          for (let k = 0; k < n; k++) {
            const at = sentAt[counts[i] as number];
            counts[i] = (counts[i] as number) + 1;
            if (at !== undefined && (counts[i] as number) <= edits) latencies.push(now - at);
          }
        }),
      ),
    );
    for (let i = 0; i < edits; i++) {
      sentAt.push(performance.now());
      w.edit(DOC, (t) => t.insert(t.length, 'x'));
      w.client.flush();
      await sleep(intervalMs);
    }
    const deadline = Date.now() + 20_000;
    while (latencies.length < edits * READERS && Date.now() < deadline) await sleep(20);
    // Throughput of the relay itself: a raw writer pushes pre-signed entries back to back (one per
    // frame), so the figure is the server's (verify, store, fan out), not our client's crypto.
    const burst = 1000;
    const keyId = w.keys.current.get(scopeId) as string;
    const key = w.keys.keys.get(scopeId)?.get(keyId) as Uint8Array;
    const prepared = oneEntryPushes({
      teamId,
      secrets: secrets[0] as AccountSecrets,
      docId: 'doc-burst',
      scopeId,
      keyId,
      key,
      count: burst,
    });
    const rawWriter = await rawReader(url, teamId, secrets[0] as AccountSecrets, () => undefined);
    const t0 = performance.now();
    for (const frame of prepared) rawWriter.send(frame);
    while (counts.some((c) => c < edits + burst) && Date.now() < deadline + 30_000) await sleep(2);
    const throughput = burst / ((performance.now() - t0) / 1000);
    for (const s of sockets) s.close();
    rawWriter.close();
    await w.close();
    return { latencies, throughput };
  });
}

export async function fanOut(ctx: BenchContext): Promise<void> {
  const edits = 100;
  const interval = 50;
  const ours = await fanOutOurs(edits, interval);
  const yws = await fanOutPeer(startYWebsocket, edits, interval);
  const hp = await fanOutPeer(startHocuspocus, edits, interval);
  for (const p of [50, 95]) {
    const o = percentile(sortedCopy(ours.latencies), p);
    ctx.record({
      name: `fan-out to ${READERS} p${p} vs y-websocket (20 edits/s)`,
      value: o,
      unit: 'ms',
      baseline: percentile(sortedCopy(yws.latencies), p),
    });
    ctx.record({
      name: `fan-out to ${READERS} p${p} vs hocuspocus (20 edits/s)`,
      value: o,
      unit: 'ms',
      baseline: percentile(sortedCopy(hp.latencies), p),
    });
  }
  ctx.record({
    name: `updates/s to ${READERS} readers vs y-websocket`,
    value: ours.throughput,
    unit: 'upd/s',
    baseline: yws.throughput,
  });
  ctx.record({
    name: `updates/s to ${READERS} readers vs hocuspocus`,
    value: ours.throughput,
    unit: 'upd/s',
    baseline: hp.throughput,
  });
}
