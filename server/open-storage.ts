import { SqliteStorage } from './storage/sqlite';
import type { SyncStorage } from './storage/types';

/** SQLite in `dataDir` by default; PostgreSQL when a postgres:// URL is given. */
export async function openStorage(options: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<SyncStorage> {
  if (options.databaseUrl && /^postgres(ql)?:\/\//.test(options.databaseUrl)) {
    const { PostgresStorage } = await import('./storage/postgres');
    return PostgresStorage.open(options.databaseUrl);
  }
  return new SqliteStorage(options.dataDir);
}
