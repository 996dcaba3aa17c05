import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../electron/core/backup';
import { initSodium, randomKey } from '../../../electron/core/crypto';
import { DocumentStore } from '../../../electron/core/docs';
import { Store } from '../../../electron/core/store';
import { TestKeys } from './support/keys';
import { tempDir, utf8 } from './support/temp';

const SECRETS = [
  'ZEBRA-ALIAS-7731',
  'Klien mengaku dipukul suaminya tadi malam',
  'Rina Kusumawati',
  'risiko bunuh diri: tinggi',
];

/** Every needle in UTF-8 and UTF-16LE, searched in every byte of every file in `dir`. */
function findLeaks(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    for (const secret of SECRETS) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(secret, encoding)))
          found.push(`${name}: ${secret} (${encoding})`);
      }
    }
  }
  return found;
}

describe('nothing readable on disk', () => {
  const tmp = tempDir('pendamping-leak-');
  beforeAll(initSodium);
  afterAll(tmp.cleanup);

  it('finds none of the words written, in the database, its WAL and shm, or a backup', async () => {
    const file = join(tmp.dir, 'notebook.sqlite');
    const store = Store.open(file, new TestKeys());
    for (const secret of SECRETS) {
      store.appendUpdate('doc-raw', utf8(secret));
      store.appendUpdate('doc-raw', Buffer.from(secret, 'utf16le'));
    }
    const docs = new DocumentStore(store, { compaction: { maxUpdates: 3 } });
    docs.transact('doc-yjs', (d) => d.getText('note').insert(0, SECRETS[1] ?? ''));
    docs.transact('doc-yjs', (d) => d.getMap('client').set('alias', SECRETS[0] ?? ''));
    docs.transact('doc-yjs', (d) => d.getMap('client').set('name', SECRETS[2] ?? ''));
    docs.transact('doc-yjs', (d) => d.getArray('risk').push([SECRETS[3] ?? '']));

    // While open: the WAL and shm hold the recent pages.
    const names = readdirSync(tmp.dir);
    expect(names.some((n) => n.endsWith('-wal'))).toBe(true);
    expect(findLeaks(tmp.dir)).toEqual([]);

    await exportBackup({
      source: store,
      outFile: join(tmp.dir, 'cadangan.pdbak'),
      backupKey: randomKey(),
      header: utf8('vault header'),
    });
    docs.closeAll();
    store.close();
    expect(findLeaks(tmp.dir)).toEqual([]);
    // The scan itself works: the needles are found where they are in clear.
    expect(Buffer.from(`xx${SECRETS[0] ?? ''}xx`).includes(Buffer.from(SECRETS[0] ?? ''))).toBe(
      true,
    );
  });
});
