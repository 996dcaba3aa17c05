import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../electron/core/clock';
import { initSodium, randomKey } from '../../electron/core/crypto';
import { Keyring } from '../../electron/core/keys/keyring';
import { Store } from '../../electron/core/store';
import { generateSecrets } from '../../electron/core/vault/secrets';
import { tempDir } from './store/support/temp';

/* Issue #15, item 3: time in the core is read through one seam, so a test can set it. */
describe('the core reads time through its clock seam', () => {
  const tmp = tempDir();
  let store: Store | undefined;

  beforeAll(initSodium);
  afterEach(() => {
    store?.close();
    tmp.cleanup();
  });

  it('dates documents and scope keys by the clock it is given', () => {
    const clock: Clock = { now: () => Date.UTC(2031, 4, 6) };
    const keyring = new Keyring(generateSecrets(), () => randomKey(), clock);
    store = Store.open(join(tmp.dir, 'notebook.sqlite'), keyring, { clock });
    keyring.attach(store.database);

    store.setDocumentKind('doc-1', 'index');
    keyring.createScope('case-a');

    const db = store.database;
    expect(db.prepare('SELECT created_at AS at FROM documents').get()).toEqual({
      at: Date.UTC(2031, 4, 6),
    });
    expect(db.prepare('SELECT created_at AS at FROM scope_keys').get()).toEqual({
      at: Date.UTC(2031, 4, 6),
    });
  });
});
