import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { DocumentStore, type DocumentCopier } from '../../../electron/core/docs';
import { Store } from '../../../electron/core/store';
import { TestKeys } from '../store/support/keys';
import { tempDir } from '../store/support/temp';

const copyMap: DocumentCopier = (from, to) => {
  const target = to.getMap('m');
  from.getMap('m').forEach((value, key) => target.set(key, value));
};

describe('a document written afresh (the index: this device’s alone, never merged)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let keys: TestKeys;
  let store: Store;
  let docs: DocumentStore;
  const open = (): void => {
    store = Store.open(file, keys);
    docs = new DocumentStore(store, {
      rewriterOf: (docId) => (docId === 'daftar' ? copyMap : undefined),
    });
  };
  const reopen = (): void => {
    docs.closeAll();
    store.close();
    open();
  };
  /** Each key written five times: Yjs keeps a tombstone for each replaced value. */
  const edited = (docId: string): void => {
    for (let round = 0; round < 5; round++) {
      docs.transact(docId, (doc) => {
        for (let i = 0; i < 200; i++)
          doc.getMap('m').set(`kunci-${i}`, `nilai ${i} putaran ${round}`);
      });
    }
  };

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'notebook.sqlite');
    keys = new TestKeys();
    open();
  });
  afterEach(() => {
    docs.closeAll();
    store.close();
    tmp.cleanup();
  });

  it('holds the same entries without the tombstones of replaced ones, in one row', () => {
    edited('daftar');
    const before = docs.open('daftar').getMap('m').toJSON();
    const withTombstones = Y.encodeStateAsUpdate(docs.open('daftar')).length;
    expect(docs.rewrite('daftar', copyMap)).toBe(true);
    expect(store.updateStats('daftar').count).toBe(0);
    const after = docs.open('daftar');
    expect(after.getMap('m').toJSON()).toEqual(before);
    expect(Y.encodeStateAsUpdate(after).length).toBeLessThan(withTombstones / 2);
    // Edits after it build on the new state and load again.
    docs.transact('daftar', (doc) => doc.getMap('m').set('baru', 'ya'));
    reopen();
    expect(docs.open('daftar').getMap('m').get('baru')).toBe('ya');
    expect(docs.open('daftar').getMap('m').get('kunci-7')).toBe('nilai 7 putaran 4');
  });

  it('is what closing does to a document written since it opened, when it has a copier', () => {
    edited('daftar');
    edited('catatan');
    const sizes = (): number[] =>
      ['daftar', 'catatan'].map((d) => Y.encodeStateAsUpdate(docs.open(d)).length);
    const [listBefore, noteBefore] = sizes();
    reopen();
    const [listAfter, noteAfter] = sizes();
    expect(listAfter).toBeLessThan((listBefore ?? 0) / 2);
    // A document others merge keeps its history: it is compacted, never written afresh.
    expect(noteAfter).toBe(noteBefore);
  });

  it('refuses, changing nothing, a document with a row it could not read', () => {
    edited('daftar');
    docs.closeAll();
    store.close();
    const db = new Database(file);
    db.prepare("UPDATE snapshots SET blob = zeroblob(length(blob)) WHERE doc_id = 'daftar'").run();
    db.close();
    open();
    docs.transact('daftar', (doc) => doc.getMap('m').set('baru', 'ya'));
    expect(docs.rewrite('daftar', copyMap)).toBe(false);
    expect(store.updateStats('daftar').count).toBe(1);
  });
});
