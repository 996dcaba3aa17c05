import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { BenchSuite } from '../harness';
import { arg, percentile, sortedCopy } from '../harness';
import {
  buildEagerRenderer,
  measureUnlockScreen,
  splitRendererDir,
  type Load,
} from '../support/unlock-screen-load';

/**
 * Cold start of the web host: from spawning its process to the first API answer over its socket,
 * against a bare Node HTTP server spawned the same way (the floor any Node host pays), and the
 * resident memory of each once it has answered.
 *
 * Then the renderer on a slow laptop (issue #11, "Measured"): the JavaScript fetched before the
 * unlock screen is usable, and the time to it with Chromium's CPU throttled 4×, against a build
 * of the same source that loads everything up front (bench/support/unlock-screen-load.ts).
 * `npm run bench -- webhost --rounds 9` takes more samples.
 */
const ROUNDS = 5;
const MB = 1024 * 1024;

interface Sample {
  ms: number;
  rssMb: number;
}

function residentMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN; // no /proc on this platform
  }
}

/** Spawns, waits for the printed address, runs `firstAnswer` against it, then kills the child. */
function measure(args: string[], firstAnswer: (address: string) => Promise<void>): Promise<Sample> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...args, '--data-dir', mkdtempSync(join(tmpdir(), 'pd-bench-web-'))],
    { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PENDAMPING_LOG: 'warn' } },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const address = /(http:\/\/\S+)/.exec(out)?.[1];
      if (!address) return;
      child.stdout?.removeAllListeners('data');
      firstAnswer(address).then(() => {
        const sample = { ms: performance.now() - started, rssMb: residentMb(child.pid) };
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        resolve(sample);
      }, reject);
    });
  });
}

function askAppInfo(address: string): Promise<void> {
  const launch = new URL(address);
  const ws = new WebSocket(`ws://${launch.host}/api`, {
    headers: {
      Cookie: `pendamping_token=${launch.searchParams.get('token') ?? ''}`,
      Origin: launch.origin,
    },
  });
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () =>
      ws.send(JSON.stringify({ kind: 'request', id: 1, method: 'app.info', input: {} })),
    );
    ws.on('message', () => {
      ws.close();
      resolve();
    });
  });
}

const BARE_SERVER = `const s = require('node:http').createServer((q, r) => r.end('ok'))
  .listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port + '/'));`;

const suite: BenchSuite = {
  name: 'webhost',
  description:
    'web host cold start and memory; JS and time to a usable unlock screen, CPU throttled 4×',
  async run({ args, record }) {
    const host: Sample[] = [];
    const bare: Sample[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(
        await measure(['-e', BARE_SERVER, '--'], (a) => fetch(a).then((r) => void r.text())),
      );
      host.push(await measure(['--import', 'tsx', 'electron/webhost/cli.ts'], askAppInfo));
    }
    const median = (xs: Sample[], key: keyof Sample): number =>
      percentile(sortedCopy(xs.map((x) => x[key])), 50);
    record({
      name: 'cold start to first API answer (median of 5)',
      value: median(host, 'ms'),
      unit: 'ms',
      baseline: median(bare, 'ms'),
      goal: '≤ 1000 ms',
    });
    record({
      name: 'cold start, worst of 5',
      value: Math.max(...host.map((s) => s.ms)),
      unit: 'ms',
      goal: '≤ 1000 ms',
    });
    record({
      name: 'resident memory after first answer',
      value: median(host, 'rssMb'),
      unit: 'MB',
      baseline: median(bare, 'rssMb'),
    });

    const rounds = Number(arg(args, '--rounds') ?? ROUNDS);
    const eagerDir = await buildEagerRenderer();
    const loads = await measureUnlockScreen({ split: splitRendererDir(), eager: eagerDir }, rounds);
    const mid = (xs: Load[], key: keyof Load): number =>
      percentile(sortedCopy(xs.map((x) => x[key])), 50);
    record({
      name: 'renderer JS before the unlock screen is usable',
      value: mid(loads.split, 'jsBytes') / MB,
      unit: 'MB',
      baseline: mid(loads.eager, 'jsBytes') / MB,
      goal: '≤ 1.5 MB',
    });
    const ms = mid(loads.split, 'ms');
    record({
      name: `to a usable unlock screen, CPU 4× slower (median of ${rounds})`,
      value: ms,
      unit: 'ms',
      baseline: mid(loads.eager, 'ms'),
      goal: '≤ 1000 ms and ratio ≤ 0.5',
    });
    record({
      name: 'to a usable unlock screen, CPU 4× slower, worst',
      value: Math.max(...loads.split.map((l) => l.ms)),
      unit: 'ms',
      baseline: Math.max(...loads.eager.map((l) => l.ms)),
    });
  },
};

export default suite;
