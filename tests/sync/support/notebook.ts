import { join } from 'node:path';
import { randomKey } from '../../../electron/core/crypto';
import { migrate, openDatabase, type SqliteDatabase } from '../../../electron/core/store';
import type { SyncKeySource } from '../../../electron/core/sync/client-types';
import { LocalSyncState } from '../../../electron/core/sync/local-state';
import { tempDir } from './harness';

/** A migrated notebook database with the sync tables, and its local sync state. */
export function syncNotebook(): {
  db: SqliteDatabase;
  local: LocalSyncState;
  close: () => void;
} {
  const tmp = tempDir();
  const db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
  migrate(db);
  const localKey = randomKey();
  const local = new LocalSyncState(db, {
    writeKey: () => ({ keyId: 'local-1', key: localKey }),
    readKey: () => localKey,
  });
  return {
    db,
    local,
    close: () => {
      db.close();
      tmp.cleanup();
    },
  };
}

/** Every document `doc-…` in scope `case-1` under one case key; others have none yet. */
export function oneCaseKey(): SyncKeySource & { key: Uint8Array } {
  const key = randomKey();
  return {
    key,
    currentKey: (docId) => (docId.startsWith('doc') ? { keyId: 'k1', key } : undefined),
    keyById: (docId, keyId) => (docId.startsWith('doc') && keyId === 'k1' ? key : undefined),
    scopeOf: (docId) => (docId.startsWith('doc') ? 'case-1' : undefined),
  };
}
