import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gunzipSync } from 'node:zlib';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { AccountSecrets } from '../../electron/core/vault';
import { Device, makeTeam, sleep, tempDir } from '../../tests/sync/support/harness';
import { FaultProxy } from '../../tests/server/support/fault-proxy';
import { spawnServer } from '../../tests/server/support/child-server';
import type { BenchContext, BenchSuite } from '../harness';
import { arg, percentile, sortedCopy } from '../harness';
import { oneEntryPushes, rawReader } from '../support/raw-reader';

/**
 * The sync relay against its peers, every figure measured in the same run:
 *   - bytes on the wire replaying a real typing trace (vs y-websocket@2, unencrypted, and vs a
 *     whole-note upload on every save), and an estimate of what per-author chains would add,
 *   - fan-out latency to 50 readers and updates per second (vs y-websocket and Hocuspocus),
 *   - idle connections and memory per connection (vs y-websocket),
 *   - a supervisor's first sync of 1,000 session documents (vs the notes' compressed size),
 *   - `--concurrent-trace <file>`: replays a concurrent trace with any number of agents, one device
 *     per agent, through the relay, and exits non-zero unless every device ends with the trace's
 *     endContent.
 * Traces are read by path (the project ships no third-party text).
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TRACES = resolve(repo, '..', 'shared', 'data', 'editing-traces');
const DOC = 'doc-bench-note';

type Patch = [position: number, deleted: number, inserted: string];
interface Txn {
  patches: Patch[];
  agent?: number;
  parents?: number[];
}
interface Trace {
  /** Concurrent traces say how many agents typed; the replay starts one device for each. */
  numAgents?: number;
  startContent?: string;
  endContent: string;
  txns: Txn[];
}

function loadTrace(path: string): Trace | undefined {
  if (!existsSync(path)) {
    console.log(`  (trace ${path} not found: skipped)`);
    return undefined;
  }
  return JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Trace;
}

/** Applies a trace transaction's patches to a Y.Text (positions in code points; see the README). */
function applyPatches(text: Y.Text, patches: Patch[]): void {
  for (const [pos, del, ins] of patches) {
    // The traces are ASCII apart from a few BMP characters: UTF-16 positions equal code points.
    if (del > 0) text.delete(pos, del);
    if (ins) text.insert(pos, ins);
  }
}

// ---- child processes for the peers --------------------------------------------------------------

interface Peer {
  name: string;
  proc: ChildProcess;
  port: number;
  url: (doc: string) => string;
  hocuspocus: boolean;
}

async function startChild(cmd: string[], env: Record<string, string>): Promise<ChildProcess> {
  return spawn(process.execPath, cmd, {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitPort(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise<boolean>((res) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/probe`);
      ws.on('open', () => {
        ws.close();
        res(true);
      });
      ws.on('error', () => res(false));
    });
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`port ${port} never opened`);
}

/** A port nobody holds right now (the OS picks it; ephemeral client ports never collide). */
function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });
}

async function startYWebsocket(): Promise<Peer> {
  const port = await freePort();
  const proc = await startChild(['node_modules/y-websocket/bin/server.cjs'], {
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  await waitPort(port);
  return {
    name: 'y-websocket',
    proc,
    port,
    url: (doc) => `ws://127.0.0.1:${port}/${doc}`,
    hocuspocus: false,
  };
}

async function startHocuspocus(): Promise<Peer> {
  const port = await freePort();
  const script = `import { Server } from '@hocuspocus/server';
    const s = new Server({ port: ${port}, address: '127.0.0.1', quiet: true });
    await s.listen();`;
  const proc = await startChild(['--input-type=module', '-e', script], {});
  await waitPort(port);
  return {
    name: 'hocuspocus',
    proc,
    port,
    url: () => `ws://127.0.0.1:${port}`,
    hocuspocus: true,
  };
}

function stopChild(proc: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (proc.exitCode !== null) return res();
    proc.once('exit', () => res());
    proc.kill('SIGTERM');
  });
}

function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * A minimal y-sync client (the y-websocket / Hocuspocus wire protocol, unencrypted): sync step 1
 * on connect, every local update sent at once, every remote update applied. Enough for bytes and
 * latency; it holds no awareness state.
 */
class YPeerClient {
  readonly doc = new Y.Doc();
  private readonly ws: WebSocket;
  readonly opened: Promise<void>;

  constructor(
    private readonly peer: Peer,
    private readonly docName: string,
    url?: string,
  ) {
    this.ws = new WebSocket(url ?? peer.url(docName), { perMessageDeflate: false });
    this.ws.binaryType = 'arraybuffer';
    this.opened = new Promise((res, rej) => {
      this.ws.on('open', () => {
        if (peer.hocuspocus) {
          const auth = this.header(2);
          encoding.writeVarUint(auth, 0);
          encoding.writeVarString(auth, '');
          this.ws.send(encoding.toUint8Array(auth));
        }
        const e = this.header(0);
        syncProtocol.writeSyncStep1(e, this.doc);
        this.ws.send(encoding.toUint8Array(e));
        res();
      });
      this.ws.on('error', rej);
    });
    this.ws.on('message', (data: ArrayBuffer) => this.onMessage(new Uint8Array(data)));
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this) return;
      const e = this.header(0);
      syncProtocol.writeUpdate(e, update);
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encoding.toUint8Array(e));
    });
  }

  private header(type: number): encoding.Encoder {
    const e = encoding.createEncoder();
    if (this.peer.hocuspocus) encoding.writeVarString(e, this.docName);
    encoding.writeVarUint(e, type);
    return e;
  }

  private onMessage(bytes: Uint8Array): void {
    const d = decoding.createDecoder(bytes);
    if (this.peer.hocuspocus) decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type !== 0 && type !== 4) return;
    const reply = this.header(0);
    syncProtocol.readSyncMessage(d, reply, this.doc, this);
    if (encoding.length(reply) > (this.peer.hocuspocus ? this.docName.length + 2 : 1)) {
      this.ws.send(encoding.toUint8Array(reply));
    }
  }

  close(): void {
    this.ws.close();
  }
}

// ---- our relay ------------------------------------------------------------------------------------

async function withRelay<T>(fn: (url: string, pid: number, dir: string) => Promise<T>): Promise<T> {
  const tmp = tempDir('pendamping-bench-');
  const relay = await spawnServer({
    dataDir: join(tmp.dir, 'relay'),
    allowTeamCreation: true,
    // Every simulated device connects from 127.0.0.1 (5,000 of them for the idle figure): the
    // per-address limits are off; the per-connection ones stay at their defaults.
    env: {
      PENDAMPING_LOG: 'error',
      PENDAMPING_LIMIT_CONNECTIONS: 'off',
      PENDAMPING_LIMIT_AUTH_FAILURES: 'off',
      PENDAMPING_LIMIT_TEAM_CREATIONS: 'off',
      PENDAMPING_LIMIT_JOINS: 'off',
    },
  });
  try {
    return await fn(relay.url, relay.proc.pid as number, tmp.dir);
  } finally {
    relay.proc.kill('SIGTERM');
    await relay.exited;
    tmp.cleanup();
  }
}

// ---- 1. bytes on the wire ---------------------------------------------------------------------------

async function bytesOnTheWire(ctx: BenchContext, trace: Trace, pacingMs: number, windowMs: number) {
  const perWindow = Math.max(1, Math.round(windowMs / pacingMs));
  const final = trace.endContent;
  const limit = Number(arg(ctx.args, '--limit') ?? trace.txns.length);
  const txns = trace.txns.slice(0, limit);

  // (b) a whole-note upload (and download by the reader) at the end of every batch window.
  let wholeNote = 0;
  {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    if (trace.startContent) text.insert(0, trace.startContent);
    txns.forEach((t, i) => {
      applyPatches(text, t.patches);
      if ((i + 1) % perWindow === 0 || i === txns.length - 1) {
        wholeNote += 2 * Buffer.byteLength(text.toString(), 'utf8');
      }
    });
  }

  // (a) y-websocket: every transaction is one update message, as its provider sends it.
  const yws = await startYWebsocket();
  const yProxy = new FaultProxy({ host: '127.0.0.1', port: yws.port }, Math.random);
  yProxy.calm();
  const yPort = await yProxy.start();
  const yUrl = `ws://127.0.0.1:${yPort}/${DOC}`;
  const writer = new YPeerClient(yws, DOC, yUrl);
  const reader = new YPeerClient(yws, DOC, yUrl);
  await Promise.all([writer.opened, reader.opened]);
  await sleep(100);
  const yText = writer.doc.getText('body');
  if (trace.startContent) yText.insert(0, trace.startContent);
  for (const t of txns) writer.doc.transact(() => applyPatches(yText, t.patches));
  const expected = yText.toString();
  for (let i = 0; i < 600 && reader.doc.getText('body').toString() !== expected; i++)
    await sleep(50);
  const yBytes = yProxy.bytesUp + yProxy.bytesDown;
  writer.close();
  reader.close();
  await yProxy.stop();
  await stopChild(yws.proc);

  // Ours: the same transactions, one push per batch window, through the relay, to a reader.
  const ours = async (
    pad: boolean,
    count: number,
    sequence = true,
  ): Promise<{ bytes: number; ok: boolean }> =>
    withRelay(async (url, _pid, dir) => {
      const port = Number(new URL(url).port);
      const proxy = new FaultProxy({ host: '127.0.0.1', port }, Math.random);
      proxy.calm();
      const proxyPort = await proxy.start();
      const { devices, scopeId } = await makeTeam(dir, url, 1, {
        client: { url: `ws://127.0.0.1:${proxyPort}`, batchDelayMs: 1e9, pad, sequence },
      });
      const [w, r] = devices as [Device, Device];
      for (const d of devices) {
        d.keys.docScope.set(DOC, scopeId);
        d.client.start();
      }
      await Promise.all(devices.map((d) => d.client.whenIdle()));
      const base = proxy.bytesUp + proxy.bytesDown;
      const some = txns.slice(0, count);
      if (trace.startContent) w.edit(DOC, (t) => t.insert(0, trace.startContent as string));
      for (const [i, t] of some.entries()) {
        w.edit(DOC, (text) => applyPatches(text, t.patches));
        if ((i + 1) % perWindow === 0) {
          w.client.flush();
          // Let the socket breathe like the paced typist would (the relay never queues up).
          if ((i + 1) % (perWindow * 50) === 0) await sleep(1);
        }
      }
      w.client.flush();
      const want = w.text(DOC);
      for (let i = 0; i < 1200 && r.text(DOC) !== want; i++) await sleep(50);
      const ok = r.text(DOC) === want;
      const bytes = proxy.bytesUp + proxy.bytesDown - base;
      for (const d of devices) await d.close();
      await proxy.stop();
      return { bytes, ok };
    });
  const full = await ours(true, txns.length);
  if (!full.ok) throw new Error('the reader did not receive the whole trace');
  ctx.record({
    name: `trace bytes vs y-websocket (${pacingMs} ms/txn, ${windowMs} ms batches)`,
    value: full.bytes,
    unit: 'B',
    baseline: yBytes,
    goal: 'ratio ≤ 1.15',
  });
  ctx.record({
    name: 'trace bytes vs whole-note upload per batch',
    value: full.bytes,
    unit: 'B',
    baseline: wholeNote,
    goal: 'ratio ≤ 0.05',
  });
  // Issue #10: the authors' sequence numbers (and snapshot frontiers) against the same protocol
  // without them, on the whole trace: measured, both sides through the same relay and proxy.
  const unnumbered = await ours(true, txns.length, false);
  if (!unnumbered.ok) throw new Error('the reader did not receive the whole trace (unnumbered)');
  ctx.record({
    name: 'trace bytes with author sequence numbers vs without',
    value: full.bytes,
    unit: 'B',
    baseline: unnumbered.bytes,
    goal: 'ratio ≤ 1.03',
  });
  void final;
  void expected;
  // The cost of padding, on a prefix of the same trace.
  const prefix = Math.min(txns.length, Number(arg(ctx.args, '--pad-prefix') ?? 30_000));
  const padded = await ours(true, prefix);
  const unpadded = await ours(false, prefix);
  ctx.record({
    name: `padding cost (first ${prefix} txns, padded vs not)`,
    value: padded.bytes,
    unit: 'B',
    baseline: unpadded.bytes,
  });
}

// ---- 2. fan-out latency and throughput --------------------------------------------------------------

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

async function fanOut(ctx: BenchContext): Promise<void> {
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

// ---- 3. idle connections ----------------------------------------------------------------------------

async function openMany(
  count: number,
  open: (i: number) => Promise<WebSocket>,
  deadlineMs: number,
): Promise<WebSocket[]> {
  const out: WebSocket[] = [];
  const deadline = Date.now() + deadlineMs;
  for (let i = 0; i < count && Date.now() < deadline; i += 100) {
    const batch = await Promise.allSettled(
      Array.from({ length: Math.min(100, count - i) }, (_, k) => open(i + k)),
    );
    for (const b of batch) if (b.status === 'fulfilled') out.push(b.value);
  }
  return out;
}

async function idleConnections(ctx: BenchContext): Promise<void> {
  const count = Number(arg(ctx.args, '--connections') ?? 5000);
  const oursResult = await withRelay(async (url, pid, dir) => {
    const { devices, teamId, secrets } = await makeTeam(dir, url, 0);
    for (const d of devices) await d.close();
    await sleep(200);
    const before = rssKiB(pid);
    const socks = await openMany(
      count,
      () => rawReader(url, teamId, secrets[0] as AccountSecrets, () => undefined),
      60_000,
    );
    await sleep(1000);
    const after = rssKiB(pid);
    const health = (await (await fetch(url.replace('ws:', 'http:') + '/health')).json()) as {
      connections: number;
    };
    for (const s of socks) s.terminate();
    return {
      held: health.connections,
      perConn: ((after - before) * 1024) / Math.max(1, socks.length),
    };
  });
  const yws = await startYWebsocket();
  await sleep(200);
  const before = rssKiB(yws.proc.pid as number);
  const socks = await openMany(
    count,
    () =>
      new Promise<WebSocket>((res, rej) => {
        const ws = new WebSocket(yws.url('idle-doc'), { perMessageDeflate: false });
        ws.on('open', () => res(ws));
        ws.on('error', rej);
      }),
    60_000,
  );
  await sleep(1000);
  const after = rssKiB(yws.proc.pid as number);
  for (const s of socks) s.terminate();
  await stopChild(yws.proc);
  ctx.record({
    name: 'idle connections held by one process vs y-websocket',
    value: oursResult.held,
    unit: 'conns',
    baseline: socks.length,
    goal: '≥ 5000',
  });
  ctx.record({
    name: 'memory per idle connection vs y-websocket',
    value: oursResult.perConn,
    unit: 'B',
    baseline: ((after - before) * 1024) / Math.max(1, socks.length),
  });
}

// ---- 4. a supervisor's first sync of 1,000 documents --------------------------------------------------

function noteTexts(count: number): string[] {
  const source = loadTrace(join(TRACES, 'seph-blog1.json.gz'))?.endContent;
  const words = (
    source ?? 'sesi konseling klien merasa cemas tidur kurang keluarga mendukung '
  ).split(/\s+/);
  const notes: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const target = 1500 + ((i * 7919) % 3000);
    let note = '';
    while (note.length < target) note += (words[at++ % words.length] ?? '') + ' ';
    notes.push(note);
  }
  return notes;
}

async function firstSync(ctx: BenchContext): Promise<void> {
  const count = Number(arg(ctx.args, '--documents') ?? 1000);
  const notes = noteTexts(count);
  const compressed = notes.reduce((n, t) => n + deflateRawSync(Buffer.from(t)).length, 0);
  const result = await withRelay(async (url, _pid, dir) => {
    const { devices, scopeId, teamId, secrets } = await makeTeam(dir, url, 1, {
      client: { batchDelayMs: 1e9 },
    });
    const [sup, counselor] = devices as [Device, Device];
    await sup.close();
    notes.forEach((note, i) => {
      const docId = `session-${i.toString().padStart(5, '0')}`;
      counselor.keys.docScope.set(docId, scopeId);
      counselor.edit(docId, (t) => t.insert(0, note));
    });
    counselor.client.start();
    await counselor.client.whenIdle(120_000);
    await counselor.close();
    const port = Number(new URL(url).port);
    const proxy = new FaultProxy({ host: '127.0.0.1', port }, Math.random);
    proxy.calm();
    const proxyPort = await proxy.start();
    const fresh = new Device({
      dir,
      name: 'supervisor-new-laptop',
      url: `ws://127.0.0.1:${proxyPort}`,
      teamId,
      secrets: secrets[0] as AccountSecrets,
      keys: counselor.keys,
    });
    const t0 = performance.now();
    fresh.client.start();
    while (fresh.received.length < count) await sleep(5);
    await fresh.client.whenIdle(120_000);
    const seconds = (performance.now() - t0) / 1000;
    const ok = notes.every((n, i) => fresh.text(`session-${i.toString().padStart(5, '0')}`) === n);
    await fresh.close();
    await proxy.stop();
    if (!ok) throw new Error('the first sync did not deliver every note intact');
    return { seconds, bytes: proxy.bytesUp + proxy.bytesDown };
  });
  ctx.record({
    name: `first sync of ${count} documents: time`,
    value: result.seconds,
    unit: 's',
    goal: '≤ 10 s',
  });
  ctx.record({
    name: `first sync of ${count} documents: bytes vs compressed text`,
    value: result.bytes,
    unit: 'B',
    baseline: compressed,
    goal: 'ratio ≤ 1.2',
  });
}

// ---- 5. the concurrent trace ------------------------------------------------------------------------

/** The trace's agent count: its `numAgents`, or one more than the highest agent a txn names. */
function agentCount(trace: Trace): number {
  const named = trace.txns.reduce((n, t) => Math.max(n, (t.agent ?? 0) + 1), 1);
  return Math.max(named, trace.numAgents ?? 0);
}

/**
 * Replays a concurrent trace with any number of agents, one device per agent (the first is the
 * team's supervisor, the others counselors who joined by invite). Each agent edits its own
 * replica, which first merges exactly the transactions its `parents` name (fork/merge per agent),
 * so every patch lands where it was typed. Every update an agent makes goes into its device's
 * outbox and reaches the other devices only through the relay.
 * Two self-checks: the replicas merged locally (no relay) give the trace's endContent, which says
 * the replay itself is right; then every device, synced through the relay, ends with it too.
 */
async function concurrentTrace(path: string): Promise<boolean> {
  const trace = loadTrace(path);
  if (!trace) return true;
  const agents = agentCount(trace);
  return withRelay(async (url, _pid, dir) => {
    const { devices, scopeId } = await makeTeam(dir, url, agents - 1, {
      client: { batchDelayMs: 20 },
    });
    for (const d of devices) {
      d.keys.docScope.set(DOC, scopeId);
      d.client.start();
    }
    await Promise.all(devices.map((d) => d.client.whenIdle()));
    // Concurrent inserts at one position are ordered by Yjs client id; the trace's endContent
    // orders a lower agent before a higher one, so the replicas get ascending ids in agent order.
    const replicas = Array.from({ length: agents }, (_, a) => {
      const replica = new Y.Doc();
      replica.clientID = a + 1;
      return replica;
    });
    const has = replicas.map(() => new Set<number>());
    const updates: Uint8Array[] = [];
    const started = performance.now();
    trace.txns.forEach((txn, i) => {
      const a = txn.agent ?? 0;
      const replica = replicas[a] as Y.Doc;
      // Merge the transitive parents this replica has not seen yet (in trace order).
      const missing: number[] = [];
      const stack = [...(txn.parents ?? [])];
      while (stack.length > 0) {
        const p = stack.pop() as number;
        if (has[a]?.has(p)) continue;
        has[a]?.add(p);
        missing.push(p);
        stack.push(...(trace.txns[p]?.parents ?? []));
      }
      missing.sort((x, y) => x - y);
      for (const p of missing) Y.applyUpdate(replica, updates[p] as Uint8Array, 'merge');
      const before = Y.encodeStateVector(replica);
      replica.transact(() => applyPatches(replica.getText('body'), txn.patches));
      const update = Y.encodeStateAsUpdate(replica, before);
      updates[i] = update;
      has[a]?.add(i);
      const device = devices[a] as Device;
      device.docs.applyUpdate(DOC, update);
      device.client.enqueue(DOC, update);
    });
    const replayMs = performance.now() - started;
    const merged = new Y.Doc();
    merged.clientID = agents + 1;
    Y.applyUpdate(merged, Y.mergeUpdates(updates));
    const replayOk = merged.getText('body').toString() === trace.endContent;
    const synced = performance.now();
    // Every device receives every other agent's transactions: the wait grows with the agents.
    const deadline = Date.now() + 60_000 * Math.max(1, agents - 1);
    while (Date.now() < deadline) {
      for (const d of devices) d.client.flush();
      if (devices.every((d) => d.text(DOC) === trace.endContent)) break;
      await sleep(50);
    }
    const ok = devices.every((d) => d.text(DOC) === trace.endContent);
    console.log(
      `  concurrent trace ${path.split('/').pop()}: ${trace.txns.length} txns, ${agents} agents ` +
        `on ${devices.length} devices, replayed in ${(replayMs / 1000).toFixed(1)} s, synced in ` +
        `${((performance.now() - synced) / 1000).toFixed(1)} s\n` +
        `    self-check, replicas merged without the relay: ` +
        `${replayOk ? 'equal to endContent' : 'MISMATCH (the replay itself is wrong)'}\n` +
        `    self-check, every device through the relay: ` +
        devices.map((d, i) => `device ${i}: ${d.text(DOC).length} chars`).join(', ') +
        ` (endContent ${trace.endContent.length}) → ${ok ? 'identical to endContent' : 'MISMATCH'}`,
    );
    for (const d of devices) await d.close();
    return ok && replayOk;
  });
}

const suite: BenchSuite = {
  name: 'sync',
  description: 'sync relay: bytes, fan-out, connections, first sync, concurrent trace',
  async run(ctx) {
    const concurrent = arg(ctx.args, '--concurrent-trace');
    if (concurrent) {
      const ok = await concurrentTrace(resolve(concurrent));
      if (!ok) process.exitCode = 1;
      return;
    }
    const only = arg(ctx.args, '--only');
    const want = (part: string): boolean => !only || only.split(',').includes(part);
    if (want('bytes')) {
      const trace = loadTrace(arg(ctx.args, '--trace') ?? join(TRACES, 'seph-blog1.json.gz'));
      const pacing = Number(arg(ctx.args, '--pacing-ms') ?? 100);
      const window = Number(arg(ctx.args, '--window-ms') ?? 1000);
      if (trace) await bytesOnTheWire(ctx, trace, pacing, window);
    }
    if (want('fanout')) await fanOut(ctx);
    if (want('connections')) await idleConnections(ctx);
    if (want('first-sync')) await firstSync(ctx);
    if (want('concurrent')) {
      const ok = await concurrentTrace(join(TRACES, 'friendsforever.json.gz'));
      if (!ok) process.exitCode = 1;
    }
  },
};

export default suite;
