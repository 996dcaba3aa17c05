import { join } from 'node:path';
import type { StoredEntry } from '../../../shared/sync';
import { SqliteStorage } from '../../../server/storage/sqlite';

/**
 * Everything a SQLite relay holds in `scopes`, read straight from its database (a second
 * connection, beside a running relay or after it stopped): what a leak of its files would give.
 */
export async function storedInScopes(
  relayDir: string,
  teamId: Uint8Array,
  scopes: string[],
): Promise<StoredEntry[]> {
  const storage = new SqliteStorage(join(relayDir, 'relay'));
  try {
    const all = await storage.read(teamId, {
      after: 0,
      member: 0,
      scopes,
      includeOwn: true,
      maxBytes: 1 << 24,
      maxCount: 10_000,
    });
    return all.entries;
  } finally {
    await storage.close();
  }
}
