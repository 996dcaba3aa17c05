import * as Y from 'yjs';
import { Device, makeTeam, sleep } from '../../../tests/sync/support/harness';
import { DOC, applyPatches, loadTrace, type Trace } from './traces';
import { withRelay } from './servers';

// 5. The concurrent trace.

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
export async function concurrentTrace(path: string): Promise<boolean> {
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
