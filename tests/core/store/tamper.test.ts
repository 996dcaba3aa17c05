import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { Store } from '../../../electron/core/store';
import { TestKeys } from './support/keys';
import { tempDir, text, utf8 } from './support/temp';

describe('tampered or misplaced rows', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let keys: TestKeys;
  let store: Store;

  /** Raw SQL on the file, as an attacker or a damaged disk would do it. */
  function raw(fn: (db: Database.Database) => void): void {
    store.close();
    const db = new Database(file);
    fn(db);
    db.close();
    store = Store.open(file, keys);
  }

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

  it('reports a row with flipped bytes as a problem, never applies it, and loads the rest', () => {
    store.appendUpdate('doc-a', utf8('pertama'));
    const bad = store.appendUpdate('doc-a', utf8('kedua'));
    store.appendUpdate('doc-a', utf8('ketiga'));
    store.appendUpdate('doc-b', utf8('dokumen lain'));
    raw((db) => {
      const { blob } = db.prepare('SELECT blob FROM updates WHERE seq = ?').get(bad) as {
        blob: Buffer;
      };
      blob[30] = (blob[30] ?? 0) ^ 0xff;
      db.prepare('UPDATE updates SET blob = ? WHERE seq = ?').run(blob, bad);
    });

    const loaded = store.loadDocument('doc-a');
    expect(loaded.updates.map(text)).toEqual(['pertama', 'ketiga']);
    expect(loaded.problems).toEqual([
      {
        docId: 'doc-a',
        rowKind: 'update',
        seq: bad,
        reason: expect.stringMatching(/failed authentication/),
      },
    ]);
    expect(store.problems()).toEqual(loaded.problems);
    expect(store.loadDocument('doc-b').updates.map(text)).toEqual(['dokumen lain']);
  });

  it('detects a blob swapped between two documents', () => {
    const seqA = store.appendUpdate('doc-a', utf8('milik A'));
    const seqB = store.appendUpdate('doc-b', utf8('milik B'));
    raw((db) => {
      const get = db.prepare('SELECT blob, key_id FROM updates WHERE seq = ?');
      const a = get.get(seqA) as { blob: Buffer; key_id: string };
      const b = get.get(seqB) as { blob: Buffer; key_id: string };
      const set = db.prepare('UPDATE updates SET blob = ?, key_id = ? WHERE seq = ?');
      set.run(b.blob, b.key_id, seqA);
      set.run(a.blob, a.key_id, seqB);
    });
    expect(store.loadDocument('doc-a').updates).toEqual([]);
    expect(store.loadDocument('doc-b').updates).toEqual([]);
    expect(store.problems().map((p) => [p.docId, p.seq])).toEqual([
      ['doc-a', seqA],
      ['doc-b', seqB],
    ]);
  });

  it('detects the same key used for both documents: the binding, not the key, catches the move', () => {
    const shared = new TestKeys();
    const one = shared.writeKey('doc-a');
    const sameKey = {
      writeKey: () => one,
      readKey: (_d: string, id: string) => (id === one.keyId ? one.key : undefined),
    };
    store.close();
    store = Store.open(file, sameKey);
    store.appendUpdate('doc-a', utf8('milik A'));
    raw((db) => db.prepare("UPDATE updates SET doc_id = 'doc-b'").run());
    store.close();
    store = Store.open(file, sameKey);
    expect(store.loadDocument('doc-b').updates).toEqual([]);
    expect(store.loadDocument('doc-b').problems).toHaveLength(1);
  });

  it('detects an update relabelled as a snapshot', () => {
    const seq = store.appendUpdate('doc-a', utf8('pembaruan'));
    raw((db) => {
      const row = db.prepare('SELECT key_id, blob FROM updates WHERE seq = ?').get(seq) as {
        key_id: string;
        blob: Buffer;
      };
      db.prepare("INSERT INTO snapshots VALUES ('doc-a', ?, ?, ?)").run(row.key_id, seq, row.blob);
      db.prepare('DELETE FROM updates').run();
    });
    const loaded = store.loadDocument('doc-a');
    expect(loaded.snapshot).toBeNull();
    expect(loaded.problems).toEqual([expect.objectContaining({ rowKind: 'snapshot', seq })]);
    expect(() => store.compact('doc-a', utf8('new'), seq)).toThrow(
      expect.objectContaining({ code: 'corrupt' }),
    );
  });

  it('reports a row under a missing key and clears the problem once the key is back', () => {
    const { keyId, key } = keys.writeKey('doc-a');
    const seq = store.appendUpdate('doc-a', utf8('nanti'));
    keys.forget('doc-a', keyId);
    expect(store.loadDocument('doc-a').problems).toEqual([
      { docId: 'doc-a', rowKind: 'update', seq, reason: expect.stringMatching(/no key/) },
    ]);
    // Compaction keeps the unreadable row for when the key arrives.
    keys.rotate('doc-a');
    store.compact('doc-a', utf8('snap'), seq);
    expect(store.updateCount('doc-a')).toBe(1);

    const back = {
      writeKey: (d: string) => keys.writeKey(d),
      readKey: (d: string, id: string) => (id === keyId ? key : keys.readKey(d, id)),
    };
    store.close();
    store = Store.open(file, back);
    expect(store.loadDocument('doc-a').updates.map(text)).toEqual(['nanti']);
    expect(store.problems()).toEqual([]);
  });
});
