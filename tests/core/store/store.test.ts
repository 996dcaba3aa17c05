import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { CoreError } from '../../../electron/core/errors';
import { Store } from '../../../electron/core/store';
import { mapSqliteError } from '../../../electron/core/store/sqlite-errors';
import { TestKeys } from './support/keys';
import { tempDir, text, utf8 } from './support/temp';

describe('the encrypted store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let keys: TestKeys;
  let store: Store;

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'notebook.sqlite');
    keys = new TestKeys();
    store = Store.open(file, keys);
  });
  afterEach(() => {
    store.close();
    tmp.cleanup();
  });

  it('returns increasing sequence numbers and loads the updates back in order', () => {
    const a = store.appendUpdate('doc-a', utf8('satu'));
    const b = store.appendUpdate('doc-a', utf8('dua'));
    expect(b).toBeGreaterThan(a);
    const loaded = store.loadDocument('doc-a');
    expect(loaded.snapshot).toBeNull();
    expect(loaded.updates.map(text)).toEqual(['satu', 'dua']);
    expect(loaded.lastSeq).toBe(b);
    expect(loaded.problems).toEqual([]);
  });

  it('keeps what it acknowledged after being closed and reopened', () => {
    store.appendUpdate('doc-a', utf8('tersimpan'));
    store.close();
    store = Store.open(file, keys);
    expect(store.loadDocument('doc-a').updates.map(text)).toEqual(['tersimpan']);
  });

  it('appends a batch of updates in one transaction, all or nothing', () => {
    const seqs = store.appendUpdates('doc-a', [utf8('1'), utf8('2'), utf8('3')]);
    expect(seqs).toHaveLength(3);
    let calls = 0;
    const failing = Store.open(file, {
      writeKey: (docId) => {
        calls += 1;
        if (calls === 2) throw new Error('key provider failed mid-batch');
        return keys.writeKey(docId);
      },
      readKey: (docId, keyId) => keys.readKey(docId, keyId),
    });
    expect(() => failing.appendUpdates('doc-a', [utf8('4'), utf8('5')])).toThrow(/mid-batch/);
    failing.close();
    expect(store.loadDocument('doc-a').updates.map(text)).toEqual(['1', '2', '3']);
  });

  it('replaces covered updates with a snapshot when compacting, keeping later ones', () => {
    store.appendUpdate('doc-a', utf8('1'));
    const through = store.appendUpdate('doc-a', utf8('2'));
    store.appendUpdate('doc-b', utf8('other'));
    expect(store.compact('doc-a', utf8('snapshot 1+2'), through)).toBe(2);
    store.appendUpdate('doc-a', utf8('3'));
    const loaded = store.loadDocument('doc-a');
    expect(loaded.snapshot && text(loaded.snapshot)).toBe('snapshot 1+2');
    expect(loaded.updates.map(text)).toEqual(['3']);
    expect(store.updateCount('doc-a')).toBe(1);
    expect(store.updateCount('doc-b')).toBe(1);
  });

  it('never reuses a sequence number after compaction deleted the newest rows', () => {
    const through = store.appendUpdate('doc-a', utf8('1'));
    store.compact('doc-a', utf8('snap'), through);
    expect(store.appendUpdate('doc-a', utf8('2'))).toBeGreaterThan(through);
  });

  it('refuses to compact behind an existing snapshot', () => {
    const first = store.appendUpdate('doc-a', utf8('1'));
    const second = store.appendUpdate('doc-a', utf8('2'));
    store.compact('doc-a', utf8('snap'), second);
    expect(() => store.compact('doc-a', utf8('older'), first)).toThrow(RangeError);
  });

  it('lists documents, labels their kind, and deletes one completely', () => {
    store.appendUpdate('doc-a', utf8('a'));
    store.appendUpdate('doc-b', utf8('b'));
    store.setDocumentKind('doc-b', 'index');
    expect(store.listDocumentIds()).toEqual(['doc-a', 'doc-b']);
    expect(store.listDocumentIds('index')).toEqual(['doc-b']);
    expect(store.documentKind('doc-a')).toBe('unknown');
    store.deleteDocument('doc-a');
    expect(store.listDocumentIds()).toEqual(['doc-b']);
    expect(store.loadDocument('doc-a').updates).toEqual([]);
    expect(store.updateCount('doc-a')).toBe(0);
  });

  it('accepts only random-looking document ids and fixed kind words, never free text', () => {
    expect(() => store.appendUpdate('Budi Santoso', utf8('x'))).toThrow(TypeError);
    expect(() => store.setDocumentKind('doc-a', 'Catatan sesi Budi')).toThrow(TypeError);
  });

  it('reports slow operations by name and duration only', () => {
    store.close();
    const seen: Array<[string, number]> = [];
    store = Store.open(file, keys, {
      slowQueryMs: 0,
      onSlowQuery: (op, ms) => seen.push([op, ms]),
    });
    store.appendUpdate('doc-a', utf8('RAHASIA'));
    expect(seen.map(([op]) => op)).toContain('appendUpdate');
    expect(JSON.stringify(seen)).not.toContain('RAHASIA');
    expect(JSON.stringify(seen)).not.toContain('doc-a');
  });

  it('says the notebook is locked when used after close', () => {
    store.close();
    expect(() => store.appendUpdate('doc-a', utf8('x'))).toThrow(
      expect.objectContaining({ code: 'locked' }),
    );
  });

  it('passes its integrity check', () => {
    store.appendUpdate('doc-a', utf8('x'));
    expect(store.integrityCheck()).toBe('ok');
  });

  it('turns a full disk into CoreError disk_full and keeps nothing of the failed write', () => {
    const db = new Database(join(tmp.dir, 'small.sqlite'));
    db.exec('CREATE TABLE t (b BLOB)');
    db.pragma('max_page_count = 3');
    const insertMany = db.transaction(() => {
      for (let i = 0; i < 10; i++) db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(3000));
    });
    let caught: unknown;
    try {
      insertMany();
    } catch (error) {
      caught = mapSqliteError(error);
    }
    expect(caught).toBeInstanceOf(CoreError);
    expect((caught as CoreError).code).toBe('disk_full');
    expect((caught as CoreError).message).toMatch(/disk is full/);
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 0 });
    db.close();
  });
});
