import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initSodium, randomKey } from '../../../electron/core/crypto';
import { Store } from '../../../electron/core/store';
import { singleKey } from './support/keys';
import { tempDir, text } from './support/temp';

const WRITER = join(__dirname, 'support', 'crash-writer.ts');
const ROUNDS_PER_LANE = 26;
const LANES = 2;

interface Ack {
  seq: number;
  docId: string;
  payload: string;
}

/** Runs the writer once and SIGKILLs it at a random moment; returns what it acknowledged. */
function runAndKill(dbFile: string, keyHex: string, round: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, dbFile, keyHex, String(round)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    // Most rounds die mid-write; some die while the store is still opening or migrating.
    const beforeReady = round % 7 === 3;
    if (beforeReady) timer = setTimeout(() => child.kill('SIGKILL'), 100 + Math.random() * 250);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited by itself (${String(_code)}): ${err}`));
        return;
      }
      // Only whole lines were acknowledged; a cut-off last line was not.
      const lines = out.slice(0, out.lastIndexOf('\n') + 1).split('\n');
      const acks = lines
        .filter((l) => /^\d+ /.test(l))
        .map((l) => {
          const [seq, docId, payload] = l.split(' ');
          return { seq: Number(seq), docId: docId ?? '', payload: payload ?? '' };
        });
      resolve(acks);
    });
  });
}

function verify(dbFile: string, key: Uint8Array, acked: Ack[], where: string): void {
  const store = Store.open(dbFile, singleKey(key));
  try {
    expect(store.integrityCheck(), where).toBe('ok');
    expect(store.problems(), where).toEqual([]);
    const present = new Set<string>();
    for (const docId of store.listDocumentIds()) {
      const loaded = store.loadDocument(docId);
      expect(loaded.problems, where).toEqual([]);
      for (const u of loaded.updates) present.add(`${docId} ${text(u)}`);
    }
    const missing = acked.filter((a) => !present.has(`${a.docId} ${a.payload}`));
    expect(missing, where).toEqual([]);
  } finally {
    store.close();
  }
}

describe('crash safety of the store', () => {
  const tmp = tempDir('pendamping-crash-');
  beforeAll(initSodium);
  afterAll(tmp.cleanup);

  it('keeps every acknowledged update, readable, after the writer is SIGKILLed at random moments', async () => {
    const key = randomKey();
    const keyHex = Buffer.from(key).toString('hex');
    // Lane 0's first writer runs alone, so tsx has compiled (and cached) the writer before two
    // processes start at once.
    let warmedUp: () => void = () => undefined;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    const lanes = Array.from({ length: LANES }, async (_, lane) => {
      if (lane > 0) await warm;
      const dbFile = join(tmp.dir, `lane-${lane}.sqlite`);
      const acked: Ack[] = [];
      let rounds = 0;
      for (let round = 0; round < ROUNDS_PER_LANE; round++) {
        acked.push(...(await runAndKill(dbFile, keyHex, round)));
        if (lane === 0 && round === 0) warmedUp();
        rounds += 1;
        verify(dbFile, key, acked, `lane ${lane} round ${round}`);
      }
      return { rounds, acked: acked.length };
    });
    const results = await Promise.all(lanes);
    const totalRounds = results.reduce((n, r) => n + r.rounds, 0);
    const totalAcked = results.reduce((n, r) => n + r.acked, 0);
    expect(totalRounds).toBeGreaterThanOrEqual(50);
    // The writer really was killed mid-stream, not before it wrote anything.
    expect(totalAcked).toBeGreaterThan(50);
  }, 120_000);
});
