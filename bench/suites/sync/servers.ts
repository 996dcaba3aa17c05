import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { sleep, tempDir } from '../../../tests/sync/support/harness';
import { spawnServer } from '../../../tests/server/support/child-server';

/**
 * The servers the sync suite talks to: its peers (y-websocket, Hocuspocus) in child processes, a
 * minimal client for their protocol, and our relay.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// ---- child processes for the peers --------------------------------------------------------------

export interface Peer {
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

export async function startYWebsocket(): Promise<Peer> {
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

export async function startHocuspocus(): Promise<Peer> {
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

export function stopChild(proc: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (proc.exitCode !== null) return res();
    proc.once('exit', () => res());
    proc.kill('SIGTERM');
  });
}

export function rssKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * A minimal y-sync client (the y-websocket / Hocuspocus wire protocol, unencrypted): sync step 1
 * on connect, every local update sent at once, every remote update applied. Enough for bytes and
 * latency; it holds no awareness state.
 */
export class YPeerClient {
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

export async function withRelay<T>(
  fn: (url: string, pid: number, dir: string) => Promise<T>,
): Promise<T> {
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
