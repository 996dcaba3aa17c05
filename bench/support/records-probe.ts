import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { createCore } from '../../electron/core';
import { silentLogger } from '../../electron/core/log';
import { TEST_KDF_COST } from '../../electron/core/vault';
import { percentile, sortedCopy } from '../harness';

/**
 * Runs in its own process (see suites/records.ts): opens a generated vault the way the app does
 * after a restart and measures what a counselor waits for. Prints one JSON object.
 */
const dataDir = process.argv[2] ?? '';
const input = JSON.parse(readFileSync(0, 'utf8')) as {
  sessionIds: string[];
  cases: number;
  sessionsPerCase: number;
  words: string[];
  /** Leave the vault as it is (a first probe, before the same vault is measured again). */
  skipErase?: boolean;
};

const core = await createCore({
  dataDir,
  version: 'bench',
  host: 'web',
  log: silentLogger(),
  kdfCost: TEST_KDF_COST,
});
let id = 0;
async function call<M extends MethodName>(
  method: M,
  arg: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const response = await core.dispatch({ kind: 'request', id: ++id, method, input: arg });
  if (!response?.result.ok) throw new Error(`${method}: ${JSON.stringify(response?.result)}`);
  return response.result.value as MethodOutput<M>;
}
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

const [, unlockMs] = await timed(() =>
  call('vault.unlock', { passphrase: 'kopi tubruk di pagi hujan 1987' }),
);
const [list, listMs] = await timed(() => call('cases.list', {}));
if (list.cases.length !== input.cases) throw new Error('case list incomplete');
const plain = JSON.stringify(list.cases);
const [, baselineListMs] = await timed(async () =>
  (JSON.parse(plain) as Array<{ alias: string }>).sort((a, b) => a.alias.localeCompare(b.alias)),
);

let seed = 11;
const rand = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const open: number[] = [];
const decode: number[] = [];
for (let i = 0; i < 200; i++) {
  const sessionId = input.sessionIds[Math.floor(rand() * input.sessionIds.length)] ?? '';
  const [detail, ms] = await timed(() => call('sessions.get', { sessionId }));
  const [, decodeMs] = await timed(async () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(detail.documentState, 'base64'));
    return doc.getXmlFragment('note').toJSON();
  });
  open.push(ms + decodeMs);
  decode.push(decodeMs);
}

const sentinel = `penanda${input.cases - 1}x${input.sessionsPerCase - 1}`;
const started = performance.now();
while ((await call('search.query', { text: sentinel })).hits.length === 0) {
  await new Promise((r) => setTimeout(r, 20));
}
const indexMs = performance.now() - started + unlockMs + listMs;

const queries = Array.from({ length: 200 }, (_, i) =>
  i % 2 === 0
    ? `penanda${Math.floor(rand() * input.cases)}x${Math.floor(rand() * input.sessionsPerCase)}`
    : (input.words[i % input.words.length] ?? ''),
);
const search: number[] = [];
for (const text of queries)
  search.push((await timed(() => call('search.query', { text, limit: 30 })))[1]);

// Baseline: a linear scan of every note's plain text for the same queries (no index at all).
const texts = input.sessionIds.slice(0, 2000).map(() => 'x'.repeat(1500));
const scan: number[] = queries.map((q) => {
  const t = performance.now();
  texts.filter((x) => x.includes(q));
  return (performance.now() - t) * (input.sessionIds.length / texts.length);
});

global.gc?.();
const rssMb = process.memoryUsage().rss / 1024 / 1024;

if (input.skipErase) {
  process.stdout.write(
    JSON.stringify({
      unlockMs,
      listMs,
      baselineListMs,
      openP95: percentile(sortedCopy(open), 95),
      decodeP95: percentile(sortedCopy(decode), 95),
      indexMs,
      searchP95: percentile(sortedCopy(search), 95),
      scanP95: percentile(sortedCopy(scan), 95),
      rssMb,
    }),
  );
  core.close();
  process.exit(0);
}

// Erasure of closed cases (crypto-shredding), after memory is measured. Baseline: closing the
// same case, an ordinary durable edit of its document and index entry.
const ERASED = 10;
await call('erasure.setPolicy', { retentionDays: 0 });
const close: number[] = [];
const erase: number[] = [];
for (const c of list.cases.slice(0, ERASED)) {
  close.push((await timed(() => call('cases.update', { caseId: c.id, status: 'closed' })))[1]);
  erase.push(
    (await timed(() => call('erasure.erase', { caseId: c.id, confirmAlias: c.alias })))[1],
  );
}
if ((await call('cases.list', {})).cases.length !== input.cases - ERASED) {
  throw new Error('erased cases are still listed');
}

process.stdout.write(
  JSON.stringify({
    unlockMs,
    listMs,
    baselineListMs,
    openP95: percentile(sortedCopy(open), 95),
    decodeP95: percentile(sortedCopy(decode), 95),
    indexMs,
    searchP95: percentile(sortedCopy(search), 95),
    scanP95: percentile(sortedCopy(scan), 95),
    rssMb,
    eraseP50: percentile(sortedCopy(erase), 50),
    eraseMax: Math.max(...erase),
    closeP50: percentile(sortedCopy(close), 50),
  }),
);
core.close();
process.exit(0);
