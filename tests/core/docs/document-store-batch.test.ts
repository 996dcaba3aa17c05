import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { DocumentStore } from '../../../electron/core/docs';
import { Store } from '../../../electron/core/store';
import { TestKeys } from '../store/support/keys';
import { tempDir } from '../store/support/temp';

describe('a batch of edits across documents', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let keys: TestKeys;
  let store: Store;
  let docs: DocumentStore;
  let shared: Array<[string, number]>;
  const rows = (docId: string): number => store.updateStats(docId).count;
  const reopen = (): void => {
    docs.closeAll();
    store.close();
    store = Store.open(file, keys);
    docs = new DocumentStore(store, { compaction: { onCloseMinUpdates: 1_000_000 } });
  };

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'notebook.sqlite');
    keys = new TestKeys();
    store = Store.open(file, keys);
    shared = [];
    docs = new DocumentStore(store, {
      compaction: { onCloseMinUpdates: 1_000_000 },
      onLocalChange: (docId, update) => shared.push([docId, update.byteLength]),
    });
  });
  afterEach(() => {
    docs.closeAll();
    store.close();
    tmp.cleanup();
  });

  it('writes one row per document it changed, however many changes each had', () => {
    docs.batch(() => {
      for (let i = 0; i < 5; i++) docs.open('daftar-a').getMap('m').set(`k${i}`, `nilai ${i}`);
      docs.open('daftar-b').getMap('m').set('k', 'satu');
      docs.open('daftar-c');
    });
    expect([rows('daftar-a'), rows('daftar-b'), rows('daftar-c')]).toEqual([1, 1, 0]);
    expect(shared.map(([docId]) => docId)).toEqual(['daftar-a', 'daftar-b']);
    reopen();
    expect(docs.open('daftar-a').getMap('m').get('k4')).toBe('nilai 4');
    expect(docs.open('daftar-b').getMap('m').get('k')).toBe('satu');
  });

  it('writes nothing when it throws, and the documents read again what was saved before', () => {
    docs.batch(() => docs.open('daftar-a').getMap('m').set('k', 'sebelum'));
    expect(() =>
      docs.batch(() => {
        docs.open('daftar-a').getMap('m').set('k', 'sesudah');
        docs.open('daftar-b').getMap('m').set('k', 'baru');
        throw new Error('disk penuh');
      }),
    ).toThrow('disk penuh');
    expect([rows('daftar-a'), rows('daftar-b')]).toEqual([1, 0]);
    expect(docs.open('daftar-a').getMap('m').get('k')).toBe('sebelum');
    expect(docs.open('daftar-b').getMap('m').get('k')).toBeUndefined();
    expect(shared.map(([docId]) => docId)).toEqual(['daftar-a']);
  });

  it('joins an outer batch when one runs inside it', () => {
    docs.batch(() => {
      docs.open('daftar-a').getMap('m').set('k1', 'a');
      docs.batch(() => docs.open('daftar-a').getMap('m').set('k2', 'b'));
    });
    expect(rows('daftar-a')).toBe(1);
    expect(docs.open('daftar-a').getMap('m').toJSON()).toEqual({ k1: 'a', k2: 'b' });
  });

  it('leaves edits after it written as they come, one row each', () => {
    docs.batch(() => docs.open('daftar-a').getMap('m').set('k1', 'a'));
    docs.open('daftar-a').getMap('m').set('k2', 'b');
    expect(rows('daftar-a')).toBe(2);
  });
});
