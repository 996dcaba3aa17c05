import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { initSodium, randomBytes, randomKey } from '../../electron/core/crypto';
import { DocumentStore } from '../../electron/core/docs';
import { openDatabase, Store, type KeyProvider } from '../../electron/core/store';
import { DEFAULT_KDF_COST } from '../../electron/core/vault';
import { deriveKeyEncryptionKey, newKdfParams } from '../../electron/core/vault/kdf';
import type { BenchContext, BenchSuite } from '../harness';
import { percentile, sortedCopy } from '../harness';

/**
 * The encrypted store: durable single writes against plain SQLite with the same pragmas, opening
 * a 10,000-document notebook to its index, and the passphrase KDF.
 */
const WRITES = 3000;
const WARMUP = 200;
const DOCUMENTS = 10_000;

const keyPerDoc = (): KeyProvider => {
  const keys = new Map<string, Uint8Array>();
  const key = (docId: string): Uint8Array => {
    let k = keys.get(docId);
    if (!k) keys.set(docId, (k = randomKey()));
    return k;
  };
  return { writeKey: (d) => ({ keyId: 'k1', key: key(d) }), readKey: (d) => key(d) };
};

function timeEach(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

function median(values: number[]): number {
  return percentile(sortedCopy(values), 50);
}

/** Alternating blocks, so both sides see the same disk weather. */
function durableWrites(ctx: BenchContext, dir: string): void {
  const store = Store.open(join(dir, 'writes.sqlite'), keyPerDoc());
  const plain = openDatabase(join(dir, 'plain.sqlite'));
  plain.exec(
    'CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, blob BLOB NOT NULL)',
  );
  const insert = plain.prepare('INSERT INTO updates (doc_id, blob) VALUES (?, ?)');
  const plainWrite = plain.transaction((b: Buffer) => insert.run('doc-bench', b));
  const payload = randomBytes(200);
  const payloadBuf = Buffer.from(payload);

  timeEach(WARMUP, () => store.appendUpdate('doc-bench', payload));
  timeEach(WARMUP, () => plainWrite.immediate(payloadBuf));
  const enc: number[] = [];
  const raw: number[] = [];
  const block = 250;
  for (let done = 0; done < WRITES; done += block) {
    enc.push(...timeEach(block, () => store.appendUpdate('doc-bench', payload)));
    raw.push(...timeEach(block, () => plainWrite.immediate(payloadBuf)));
  }
  store.close();
  plain.close();

  const e = sortedCopy(enc);
  const r = sortedCopy(raw);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  ctx.record({
    name: 'durable encrypted write p50',
    value: percentile(e, 50),
    unit: 'ms',
    baseline: percentile(r, 50),
  });
  ctx.record({
    name: 'durable encrypted write p95',
    value: percentile(e, 95),
    unit: 'ms',
    baseline: percentile(r, 95),
    goal: '≤ 2 ms, ratio ≤ 1.5',
  });
  ctx.record({
    name: 'durable encrypted writes per second',
    value: (enc.length * 1000) / sum(enc),
    unit: 'writes/s',
    baseline: (raw.length * 1000) / sum(raw),
  });
}

/** A notebook of 10,000 small documents and an index document listing them all. */
function buildNotebook(file: string, keys: KeyProvider): string {
  const store = Store.open(file, keys, { durability: 'normal' });
  const docs = new DocumentStore(store);
  const indexId = 'index-' + Buffer.from(randomBytes(8)).toString('hex');
  store.setDocumentKind(indexId, 'index');
  docs.open(indexId);
  const ids: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const id = Buffer.from(randomBytes(16)).toString('hex');
    ids.push(id);
    const doc = new Y.Doc();
    doc
      .getText('note')
      .insert(0, `Catatan sesi ${i}: klien bercerita tentang minggu ini. `.repeat(8));
    doc.getMap('meta').set('status', i % 3 === 0 ? 'closed' : 'open');
    const seqs = store.appendUpdates(id, [Y.encodeStateAsUpdate(doc)]);
    store.compact(id, Y.encodeStateAsUpdate(doc), seqs[0] ?? 0);
    store.setDocumentKind(id, 'session');
    // A few keystroke-sized updates after the snapshot, as a document edited since its last close.
    const sv = Y.encodeStateVector(doc);
    doc.getText('note').insert(0, 'ok ');
    store.appendUpdate(id, Y.encodeStateAsUpdate(doc, sv));
  }
  // The index, written in batches of 500 entries (one row each), then compacted on close.
  for (let at = 0; at < DOCUMENTS; at += 500) {
    docs.transact(indexId, (d) => {
      const entries = d.getMap<Y.Map<unknown>>('entries');
      for (const [j, id] of ids.slice(at, at + 500).entries()) {
        const entry = new Y.Map<unknown>();
        entry.set('title', `Sesi ${at + j} — Klien ${(at + j) % 700}`);
        entry.set('kind', 'session');
        entry.set('updatedAt', 1_700_000_000_000 + (at + j) * 60_000);
        entry.set('status', (at + j) % 3 === 0 ? 'closed' : 'open');
        entries.set(id, entry);
      }
    });
  }
  docs.closeAll();
  store.close();
  return indexId;
}

function openNotebook(ctx: BenchContext, dir: string): void {
  const file = join(dir, 'notebook.sqlite');
  const keys = keyPerDoc();
  const t0 = performance.now();
  buildNotebook(file, keys);
  const buildMs = performance.now() - t0;

  const samples: number[] = [];
  let entries = 0;
  for (let round = 0; round < 7; round++) {
    const t = performance.now();
    const store = Store.open(file, keys);
    const docs = new DocumentStore(store);
    const [indexId] = store.listDocumentIds('index');
    if (!indexId) throw new Error('no index document');
    const list = docs.open(indexId).getMap<Y.Map<unknown>>('entries');
    const rows: Array<{ id: string; title: unknown; updatedAt: unknown }> = [];
    list.forEach((entry, id) =>
      rows.push({ id, title: entry.get('title'), updatedAt: entry.get('updatedAt') }),
    );
    samples.push(performance.now() - t);
    entries = rows.length;
    docs.closeAll();
    store.close();
  }
  if (entries !== DOCUMENTS) throw new Error(`index lists ${entries} documents`);
  ctx.record({
    name: `open ${DOCUMENTS} docs store to usable index`,
    value: median(samples),
    unit: 'ms',
    goal: '≤ 300 ms',
  });

  const store = Store.open(file, keys);
  const docs = new DocumentStore(store, {
    compaction: { onCloseMinUpdates: Number.MAX_SAFE_INTEGER },
  });
  const ids = store.listDocumentIds('session');
  const t = performance.now();
  let chars = 0;
  for (const id of ids) {
    chars += docs.open(id).getText('note').length;
    docs.close(id);
  }
  const allMs = performance.now() - t;
  docs.closeAll();
  store.close();
  if (chars === 0) throw new Error('documents were empty');
  ctx.record({ name: `open every one of ${ids.length} docs`, value: allMs, unit: 'ms' });
  ctx.record({
    name: 'open one doc (snapshot + 1 update)',
    value: (allMs * 1000) / ids.length,
    unit: 'µs',
  });
  ctx.record({ name: `build the ${DOCUMENTS}-doc notebook (set-up)`, value: buildMs, unit: 'ms' });
}

/* ── Argon2id: the vault's KDF at its default cost (electron/core/vault/kdf.ts). ── */
function argon2id(ctx: BenchContext): void {
  const params = newKdfParams(DEFAULT_KDF_COST, randomBytes(16));
  const runs = [0, 1, 2].map(() => {
    const t = performance.now();
    deriveKeyEncryptionKey('kuda-lari-di-pantai-senja', params);
    return performance.now() - t;
  });
  ctx.record({
    name: 'argon2id derive (default cost)',
    value: median(runs) / 1000,
    unit: 's',
    goal: '0.5–1.5 s',
  });
}

const suite: BenchSuite = {
  name: 'store',
  description: 'encrypted store: durable writes vs plain SQLite, opening 10k documents, Argon2id',
  async run(ctx) {
    await initSodium();
    const dir = mkdtempSync(join(tmpdir(), 'pd-bench-store-'));
    try {
      durableWrites(ctx, dir);
      openNotebook(ctx, dir);
      argon2id(ctx);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
