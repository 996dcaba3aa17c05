import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, randomKey } from '../../electron/core/crypto';
import type { AccountSecrets } from '../../electron/core/vault';
import { DEFAULT_LIMITS, ConnectionBudget } from '../../server/limits';
import { monotonicClock } from '../../server/rate-limit';
import { makeTeam, tempDir } from '../../tests/sync/support/harness';
import { spawnServer, type ChildServer } from '../../tests/server/support/child-server';
import { percentile, sortedCopy, type BenchContext, type BenchSuite } from '../harness';
import { oneEntryPushes, rawReader } from '../support/raw-reader';

/**
 * What the relay's rate limits cost an authenticated connection. The per-address buckets are only
 * consulted when connecting and authenticating; on the hot path each frame is charged to the
 * connection's frame and byte budgets. Measured two ways:
 *
 * - push throughput through a relay process with the default limits, against the same relay
 *   with every limit off: a raw writer pushes pre-signed one-entry frames back to back (the most
 *   frames per byte a client sends) and a raw reader counts them arriving; rounds alternate
 *   between the two relays and the median of each is compared;
 * - the budget's own cost per frame, in nanoseconds.
 */
const ENTRIES = 1000;
const ROUNDS = 10;

const OFF = {
  PENDAMPING_LIMIT_CONNECTIONS: 'off',
  PENDAMPING_LIMIT_AUTH_FAILURES: 'off',
  PENDAMPING_LIMIT_TEAM_CREATIONS: 'off',
  PENDAMPING_LIMIT_JOINS: 'off',
  PENDAMPING_LIMIT_FRAMES: 'off',
  PENDAMPING_LIMIT_BYTES: 'off',
  PENDAMPING_INVITE_ATTEMPTS: '0',
};

/** CPU time the relay process has used so far, in ms (Linux: /proc/<pid>/stat, at 100 Hz). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Entries per second one relay stores and delivers, and the relay CPU it took, for one round. */
async function pushRound(relay: ChildServer, dir: string): Promise<{ rate: number; cpu: number }> {
  const { devices, teamId, secrets, scopeId } = await makeTeam(dir, relay.url, 1);
  for (const d of devices) await d.close();
  const key = randomKey();
  const keyId = Buffer.from(randomBytes(8)).toString('hex');
  const frames = oneEntryPushes({
    teamId,
    secrets: secrets[0] as AccountSecrets,
    docId: 'doc-limits',
    scopeId,
    keyId,
    key,
    count: ENTRIES,
  });
  let received = 0;
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const reader = await rawReader(relay.url, teamId, secrets[1] as AccountSecrets, (n) => {
    received += n;
    if (received >= ENTRIES) done();
  });
  const writer = await rawReader(relay.url, teamId, secrets[0] as AccountSecrets, () => 0);
  const pid = relay.proc.pid as number;
  const cpu0 = cpuMs(pid);
  const t0 = performance.now();
  for (const f of frames) writer.send(f);
  await all;
  const rate = ENTRIES / ((performance.now() - t0) / 1000);
  const cpu = cpuMs(pid) - cpu0;
  writer.close();
  reader.close();
  return { rate, cpu };
}

const median = (xs: number[]): number => percentile(sortedCopy(xs), 50);

async function pushThroughput(ctx: BenchContext): Promise<void> {
  const tmp = tempDir('pendamping-bench-limits-');
  const limited = await spawnServer({
    dataDir: join(tmp.dir, 'limited'),
    allowTeamCreation: true,
    // Default limits, but the bench's own team set-up comes from 127.0.0.1 many times over.
    env: {
      PENDAMPING_LOG: 'error',
      PENDAMPING_LIMIT_TEAM_CREATIONS: 'off',
      PENDAMPING_LIMIT_JOINS: 'off',
    },
  });
  const open = await spawnServer({
    dataDir: join(tmp.dir, 'open'),
    allowTeamCreation: true,
    env: { PENDAMPING_LOG: 'error', ...OFF },
  });
  try {
    const on: Array<{ rate: number; cpu: number }> = [];
    const off: Array<{ rate: number; cpu: number }> = [];
    await pushRound(limited, tmp.dir); // warm-up of both processes (JIT, SQLite pages)
    await pushRound(open, tmp.dir);
    for (let i = 0; i < ROUNDS; i++) {
      // Alternating, and in ABBA order, so drift of the machine (other work, thermal, the bench
      // process's own garbage) hits both alike and neither always goes first.
      if (i % 2 === 0) {
        on.push(await pushRound(limited, tmp.dir));
        off.push(await pushRound(open, tmp.dir));
      } else {
        off.push(await pushRound(open, tmp.dir));
        on.push(await pushRound(limited, tmp.dir));
      }
    }
    ctx.record({
      name: `entries/s, default limits vs none (${ENTRIES} pushes)`,
      value: median(on.map((r) => r.rate)),
      unit: 'ent/s',
      baseline: median(off.map((r) => r.rate)),
      goal: 'ratio ≥ 0.95 (A/A noise ±4 %)',
    });
    // Relay CPU summed over every round: less sensitive than wall time to whatever else the
    // machine is running, and the 10 ms tick averages out over the rounds.
    const perEntry = (rs: Array<{ cpu: number }>): number =>
      (rs.reduce((n, r) => n + r.cpu, 0) * 1000) / (rs.length * ENTRIES);
    ctx.record({
      name: 'relay CPU per entry, default limits vs none',
      value: perEntry(on),
      unit: 'µs',
      baseline: perEntry(off),
      goal: 'ratio ≤ 1.05',
    });
  } finally {
    for (const relay of [limited, open]) {
      relay.proc.kill('SIGTERM');
      await relay.exited;
    }
    tmp.cleanup();
  }
}

function budgetCost(ctx: BenchContext): void {
  const budget = new ConnectionBudget(
    { frames: DEFAULT_LIMITS.frames, bytes: DEFAULT_LIMITS.bytes },
    monotonicClock,
  );
  const n = 2_000_000;
  let sink = 0;
  for (let i = 0; i < 100_000; i++) sink += budget.charge(0);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) sink += budget.charge(0);
  const ns = ((performance.now() - t0) * 1e6) / n;
  if (sink < 0) throw new Error('unreachable');
  ctx.record({ name: 'connection budget per frame (clock, 2 buckets)', value: ns, unit: 'ns' });
}

const suite: BenchSuite = {
  name: 'relay-limits',
  description: 'what the relay rate limits cost an authenticated connection',
  async run(ctx) {
    budgetCost(ctx);
    await pushThroughput(ctx);
  },
};

export default suite;
