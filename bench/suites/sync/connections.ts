import WebSocket from 'ws';
import type { AccountSecrets } from '../../../electron/core/vault';
import { makeTeam, sleep } from '../../../tests/sync/support/harness';
import type { BenchContext } from '../../harness';
import { arg } from '../../harness';
import { rawReader } from '../../support/raw-reader';
import { rssKiB, startYWebsocket, stopChild, withRelay } from './servers';

/** 3. Idle connections one process holds, and memory per connection, vs y-websocket. */

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

export async function idleConnections(ctx: BenchContext): Promise<void> {
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
