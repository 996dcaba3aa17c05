import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { DocumentStore } from '../../../electron/core/docs';
import { Store } from '../../../electron/core/store';
import { TestKeys } from '../store/support/keys';
import { tempDir } from '../store/support/temp';

/** Edits as the renderer's editor would: on its own Y.Doc, shipping each update as bytes. */
function typeIn(into: (update: Uint8Array) => void, words: string[]): Y.Doc {
  const editor = new Y.Doc();
  editor.on('update', (u: Uint8Array) => into(u));
  for (const w of words) editor.getText('note').insert(editor.getText('note').length, w);
  return editor;
}

describe('Yjs documents on the encrypted store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let keys: TestKeys;
  let store: Store;
  let docs: DocumentStore;

  const reopen = (compaction?: {
    maxUpdates?: number;
    maxBytes?: number;
    onCloseMinUpdates?: number;
  }): void => {
    docs.closeAll();
    store.close();
    store = Store.open(file, keys);
    docs = new DocumentStore(store, compaction ? { compaction } : {});
  };

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'notebook.sqlite');
    keys = new TestKeys();
    store = Store.open(file, keys);
    docs = new DocumentStore(store, { compaction: { onCloseMinUpdates: 1_000_000 } });
  });
  afterEach(() => {
    docs.closeAll();
    store.close();
    tmp.cleanup();
  });

  it('gives the same content after close and reload', () => {
    typeIn((u) => docs.applyUpdate('sesi-1', u), ['Klien ', 'datang ', 'tepat waktu.']);
    const before = Y.encodeStateAsUpdate(docs.open('sesi-1'));
    expect(docs.open('sesi-1').getText('note').toString()).toBe('Klien datang tepat waktu.');
    reopen({ onCloseMinUpdates: 1_000_000 });
    const after = docs.open('sesi-1');
    expect(after.getText('note').toString()).toBe('Klien datang tepat waktu.');
    expect(Y.encodeStateAsUpdate(after)).toEqual(before);
  });

  it('persists edits made directly on the cached doc, once each', () => {
    const doc = docs.open('kasus-1');
    doc.getMap('case').set('status', 'open');
    docs.transact('kasus-1', (d) => d.getMap('case').set('risk', 'low'));
    expect(store.updateCount('kasus-1')).toBe(2);
    typeIn((u) => docs.applyUpdate('kasus-1', u), ['x']);
    // applyUpdate persisted the update itself; the listener did not write it again.
    expect(store.updateCount('kasus-1')).toBe(3);
    reopen();
    expect(docs.open('kasus-1').getMap('case').toJSON()).toEqual({ status: 'open', risk: 'low' });
  });

  it('tells the outbox of changes made in the core, but not of updates applied from outside', () => {
    const told: string[] = [];
    docs.closeAll();
    docs = new DocumentStore(store, { onLocalChange: (docId) => told.push(docId) });
    docs.transact('kasus-2', (d) => d.getMap('case').set('status', 'open'));
    typeIn((u) => docs.applyUpdate('kasus-2', u), ['dari perangkat lain']);
    expect(told).toEqual(['kasus-2']);
  });

  it('persists before applying: a failed write leaves the cached doc unchanged', () => {
    const doc = docs.open('sesi-1');
    store.close();
    typeIn(
      (u) => {
        expect(() => docs.applyUpdate('sesi-1', u)).toThrow(
          expect.objectContaining({ code: 'locked' }),
        );
      },
      ['tidak tersimpan'],
    );
    expect(doc.getText('note').toString()).toBe('');
    store = Store.open(file, keys);
  });

  it('drops a doc whose direct edit could not be saved, so the next open shows what is durable', () => {
    const errors: string[] = [];
    docs = new DocumentStore(store, { onPersistError: (id) => errors.push(id) });
    docs.transact('sesi-1', (d) => d.getText('note').insert(0, 'aman'));
    const stale = docs.open('sesi-1');
    store.close();
    stale.getText('note').insert(4, ' hilang');
    expect(errors).toEqual(['sesi-1']);
    expect(docs.isOpen('sesi-1')).toBe(false);
    store = Store.open(file, keys);
    docs = new DocumentStore(store);
    expect(docs.open('sesi-1').getText('note').toString()).toBe('aman');
  });

  it('compacts past the threshold with identical content and a shorter log', () => {
    reopen({ maxUpdates: 50, onCloseMinUpdates: 1_000_000 });
    const words = Array.from({ length: 120 }, (_, i) => `kata${i} `);
    typeIn((u) => docs.applyUpdate('sesi-1', u), words);
    const content = docs.open('sesi-1').getText('note').toString();
    expect(content).toBe(words.join(''));
    const log = docs.logSize('sesi-1');
    expect(log.count).toBeLessThan(50);
    expect(store.updateCount('sesi-1')).toBe(log.count);
    expect(store.loadDocument('sesi-1').snapshot).not.toBeNull();
    reopen();
    expect(docs.open('sesi-1').getText('note').toString()).toBe(content);
  });

  it('compacts on explicit request and on close, keeping the content identical', () => {
    typeIn((u) => docs.applyUpdate('sesi-1', u), ['a', 'b', 'c', 'd', 'e']);
    expect(store.updateCount('sesi-1')).toBe(5);
    const before = docs.open('sesi-1').getText('note').toString();
    expect(docs.compact('sesi-1')).toBe(true);
    expect(store.updateCount('sesi-1')).toBe(0);
    typeIn((u) => docs.applyUpdate('sesi-2', u), ['1', '2', '3']);
    reopen({ onCloseMinUpdates: 2 });
    docs.open('sesi-2');
    docs.close('sesi-2');
    expect(store.updateCount('sesi-2')).toBe(0);
    expect(docs.open('sesi-1').getText('note').toString()).toBe(before);
    expect(docs.open('sesi-2').getText('note').toString()).toBe('123');
  });

  it('skips and reports a corrupt update row while the others load', () => {
    // Three writers (e.g. a counselor and two supervisors). Yjs orders one writer's updates by
    // clock, so a lost update from a writer also holds back that writer's later ones (they stay
    // pending in the doc); other writers' updates are unaffected.
    const seqs: number[] = [];
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const) {
      const editor = new Y.Doc();
      editor.on('update', (u: Uint8Array) => seqs.push(docs.applyUpdate('sesi-1', u)));
      editor.getMap('m').set(key, value);
    }
    typeIn((u) => docs.applyUpdate('sesi-2', u), ['lain']);
    docs.closeAll();
    store.close();
    const db = new Database(file);
    db.prepare('UPDATE updates SET blob = zeroblob(length(blob)) WHERE seq = ?').run(seqs[1]);
    db.close();
    store = Store.open(file, keys);
    docs = new DocumentStore(store);

    expect(docs.open('sesi-1').getMap('m').toJSON()).toEqual({ a: 1, c: 3 });
    expect(docs.problems('sesi-1')).toEqual([
      expect.objectContaining({ docId: 'sesi-1', rowKind: 'update', seq: seqs[1] }),
    ]);
    expect(docs.open('sesi-2').getText('note').toString()).toBe('lain');
    expect(docs.problems('sesi-2')).toEqual([]);
  });
});
