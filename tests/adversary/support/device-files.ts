import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import type { CoreHarness } from '../../core/support/core-harness';

/** The key ids a device holds (ids are not secret; the keys themselves stay sealed). */
export function heldKeyIds(h: CoreHarness): string[] {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT key_id FROM scope_keys').all() as Array<{ key_id: string }>).map(
      (r) => r.key_id,
    );
  } finally {
    db.close();
  }
}
