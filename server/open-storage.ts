import type { Clock } from '../shared/clock';
import { SqliteStorage } from './storage/sqlite';
import type { SyncStorage } from './storage/types';

/**
 * SQLite in `dataDir` by default; PostgreSQL when a postgres:// URL is given. `clock` is the
 * store's wall clock (the system clock unless given).
 */
export async function openStorage(options: {
  dataDir: string;
  databaseUrl?: string;
  clock?: Clock;
}): Promise<SyncStorage> {
  if (options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    const { PostgresStorage } = await import('./storage/postgres');
    return PostgresStorage.open(options.databaseUrl, { clock: options.clock });
  }
  return new SqliteStorage(options.dataDir, { clock: options.clock });
}
