import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { AccountSecrets } from '../../../electron/core/vault';
import { Device, makeTeam, sleep } from '../../../tests/sync/support/harness';
import { FaultProxy } from '../../../tests/server/support/fault-proxy';
import type { BenchContext } from '../../harness';
import { arg } from '../../harness';
import { TRACES, loadTrace } from './traces';
import { withRelay } from './servers';

/** 4. A supervisor's first sync of 1,000 session documents, vs the notes' compressed size. */

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

export async function firstSync(ctx: BenchContext): Promise<void> {
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
