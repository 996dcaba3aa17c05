import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium, randomKey } from '../../../electron/core/crypto';
import { DocumentStore } from '../../../electron/core/docs';
import { Store, type KeyProvider } from '../../../electron/core/store';
import { tempDir } from '../store/support/temp';

/** One case key that can be missing, as on a notebook restored from a backup without it. */
class LateKey implements KeyProvider {
  readonly key = randomKey();
  missing = false;

  writeKey(): { keyId: string; key: Uint8Array } {
    return { keyId: 'case-key-1', key: this.key };
  }

  readKey(_docId: string, keyId: string): Uint8Array | undefined {
    return !this.missing && keyId === 'case-key-1' ? this.key : undefined;
  }
}

describe('a document read before its key arrived', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('shows its saved rows once the key arrives and it is reloaded, in the same Y.Doc', () => {
    const keys = new LateKey();
    const store = Store.open(join(tmp.dir, 'notebook.sqlite'), keys);
    const docs = new DocumentStore(store);
    docs.transact('case-a', (doc) => doc.getText('note').insert(0, 'ditulis sebelum cadangan'));
    docs.closeAll();

    keys.missing = true;
    const doc = docs.open('case-a');
    expect(doc.getText('note').toString()).toBe('');
    expect(docs.problems('case-a')).toHaveLength(1);

    keys.missing = false;
    docs.reload('case-a');
    expect(docs.open('case-a')).toBe(doc);
    expect(doc.getText('note').toString()).toBe('ditulis sebelum cadangan');
    expect(docs.problems('case-a')).toEqual([]);
    expect(store.problems()).toEqual([]);
    docs.closeAll();
    store.close();
  });
});
