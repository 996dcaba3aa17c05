import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium, randomKey } from '../../../electron/core/crypto';
import { CoreError } from '../../../electron/core/errors';
import {
  CHUNK_BYTES,
  exportBackup,
  readBackupHeader,
  restoreBackup,
} from '../../../electron/core/backup';
import { Store } from '../../../electron/core/store';
import { TestKeys } from '../store/support/keys';
import { tempDir, text, utf8 } from '../store/support/temp';

const vaultBytes = utf8('{"vault":"wrapped secrets","kdf":{"t":3,"m":65536}}');

async function expectCorrupt(promise: Promise<unknown>): Promise<CoreError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CoreError);
  expect((error as CoreError).code).toBe('corrupt');
  return error as CoreError;
}

describe('encrypted backup files', () => {
  let tmp: ReturnType<typeof tempDir>;
  let keys: TestKeys;
  let store: Store;
  let dbFile: string;
  let backupFile: string;
  const backupKey = new Uint8Array(32);

  beforeAll(async () => {
    await initSodium();
    backupKey.set(randomKey());
  });
  beforeEach(async () => {
    tmp = tempDir();
    keys = new TestKeys();
    dbFile = join(tmp.dir, 'notebook.sqlite');
    backupFile = join(tmp.dir, 'cadangan.pdbak');
    store = Store.open(dbFile, keys);
    // A few documents, and enough bytes for several 64 KiB chunks.
    for (let d = 0; d < 4; d++) {
      store.appendUpdates(
        `doc-${d}`,
        Array.from({ length: 60 }, (_, i) => utf8(`dokumen ${d} baris ${i} `.repeat(20))),
      );
    }
    await exportBackup({ source: store, outFile: backupFile, backupKey, header: vaultBytes });
  });
  afterEach(() => {
    if (store.isOpen) store.close();
    tmp.cleanup();
  });

  /** Restores into a fresh directory's database and returns that database's file name. */
  const freshTarget = (): string => join(mkdtempSync(join(tmp.dir, 'target-')), 'restored.sqlite');

  it('round-trips a store with a few documents', async () => {
    const target = freshTarget();
    const restored = await restoreBackup({ file: backupFile, backupKey, dbFile: target });
    expect(restored.header).toEqual(vaultBytes);
    const copy = Store.open(target, keys);
    expect(copy.listDocumentIds()).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3']);
    expect(text(copy.loadDocument('doc-2').updates[59] ?? new Uint8Array())).toContain(
      'dokumen 2 baris 59',
    );
    expect(copy.integrityCheck()).toBe('ok');
    copy.close();
  });

  it('spans several chunks and leaves no temporary copy behind', () => {
    const size = readFileSync(backupFile).length;
    expect(size).toBeGreaterThan(2 * CHUNK_BYTES);
    const leftovers = readdir(tmp.dir).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('gives back the header without any key', async () => {
    expect(await readBackupHeader(backupFile)).toEqual(vaultBytes);
  });

  it('detects a flipped byte in the header, the first chunk, a middle chunk and the last chunk', async () => {
    const good = readFileSync(backupFile);
    const headerAt = 14 + 5;
    const firstChunkAt = 14 + vaultBytes.length + 24 + 100;
    const positions = [8, headerAt, firstChunkAt, Math.floor(good.length / 2), good.length - 3];
    for (const at of positions) {
      const bad = Buffer.from(good);
      bad[at] = (bad[at] ?? 0) ^ 0x20;
      writeFileSync(backupFile, bad);
      await expectCorrupt(restoreBackup({ file: backupFile, backupKey, dbFile: freshTarget() }));
    }
  });

  it('detects truncation, at a chunk boundary or inside a chunk', async () => {
    const good = readFileSync(backupFile);
    const dataStart = 14 + vaultBytes.length + 24;
    const boundary = dataStart + 2 * (CHUNK_BYTES + 17);
    for (const length of [boundary, good.length - 1, dataStart + 10, 20]) {
      writeFileSync(backupFile, good.subarray(0, length));
      const error = await expectCorrupt(
        restoreBackup({ file: backupFile, backupKey, dbFile: freshTarget() }),
      );
      expect(error.message).toMatch(/backup/);
    }
  });

  it('detects reordered chunks and bytes appended after the end', async () => {
    const good = readFileSync(backupFile);
    const dataStart = 14 + vaultBytes.length + 24;
    const size = CHUNK_BYTES + 17;
    const swapped = Buffer.from(good);
    good.copy(swapped, dataStart + size, dataStart + 2 * size, dataStart + 3 * size);
    good.copy(swapped, dataStart + 2 * size, dataStart + size, dataStart + 2 * size);
    writeFileSync(backupFile, swapped);
    await expectCorrupt(restoreBackup({ file: backupFile, backupKey, dbFile: freshTarget() }));
    writeFileSync(backupFile, Buffer.concat([good, Buffer.from('extra')]));
    await expectCorrupt(restoreBackup({ file: backupFile, backupKey, dbFile: freshTarget() }));
  });

  it('refuses a wrong key with a clear message', async () => {
    const error = await expectCorrupt(
      restoreBackup({ file: backupFile, backupKey: randomKey(), dbFile: freshTarget() }),
    );
    expect(error.message).toMatch(/key does not match/);
  });

  it('leaves the existing data untouched after a failed restore', async () => {
    store.appendUpdate('doc-0', utf8('sesudah cadangan'));
    store.close();
    const before = readFileSync(dbFile);
    const bad = readFileSync(backupFile);
    bad[bad.length - 40] = (bad[bad.length - 40] ?? 0) ^ 1;
    writeFileSync(backupFile, bad);
    await expectCorrupt(restoreBackup({ file: backupFile, backupKey, dbFile }));
    expect(readFileSync(dbFile)).toEqual(before);
    expect(
      readdir(tmp.dir).filter((f) => f.endsWith('.tmp') || f.includes('before-restore')),
    ).toEqual([]);
    store = Store.open(dbFile, keys);
    expect(text(store.loadDocument('doc-0').updates.at(-1) ?? new Uint8Array())).toBe(
      'sesudah cadangan',
    );
  });

  it('replaces existing data on a good restore and keeps the replaced file beside it', async () => {
    store.appendUpdate('doc-9', utf8('hanya di data lama'));
    store.close();
    const result = await restoreBackup({ file: backupFile, backupKey, dbFile });
    expect(result.previous && existsSync(result.previous)).toBe(true);
    store = Store.open(dbFile, keys);
    expect(store.listDocumentIds()).not.toContain('doc-9');
    expect(store.listDocumentIds()).toContain('doc-3');
  });

  it('reports progress that reaches the total, for export and restore', async () => {
    const exportSteps: Array<[number, number]> = [];
    await exportBackup({
      source: store,
      outFile: join(tmp.dir, 'lagi.pdbak'),
      backupKey,
      header: vaultBytes,
      onProgress: (done, total) => exportSteps.push([done, total]),
    });
    const restoreSteps: Array<[number, number]> = [];
    await restoreBackup({
      file: backupFile,
      backupKey,
      dbFile: freshTarget(),
      onProgress: (done, total) => restoreSteps.push([done, total]),
    });
    for (const steps of [exportSteps, restoreSteps]) {
      expect(steps.length).toBeGreaterThan(2);
      const [done, total] = steps.at(-1) ?? [0, 1];
      expect(done).toBe(total);
      expect(steps.every(([d], i) => i === 0 || d >= (steps[i - 1]?.[0] ?? 0))).toBe(true);
    }
  });

  it('backs up a database file given by path', async () => {
    store.close();
    const out = join(tmp.dir, 'dari-berkas.pdbak');
    await exportBackup({ source: dbFile, outFile: out, backupKey, header: vaultBytes });
    const target = freshTarget();
    await restoreBackup({ file: out, backupKey, dbFile: target });
    const copy = Store.open(target, keys);
    expect(copy.listDocumentIds()).toHaveLength(4);
    copy.close();
  });
});

const readdir = (dir: string): string[] => readdirSync(dir);
