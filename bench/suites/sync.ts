import { join, resolve } from 'node:path';
import type { BenchSuite } from '../harness';
import { arg } from '../harness';
import { bytesOnTheWire } from './sync/bytes';
import { concurrentTrace } from './sync/concurrent-trace';
import { idleConnections } from './sync/connections';
import { fanOut } from './sync/fan-out';
import { firstSync } from './sync/first-sync';
import { TRACES, loadTrace } from './sync/traces';

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
