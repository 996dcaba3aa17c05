import type Database from 'better-sqlite3';
import type { StorageEvent } from './types';

/**
 * What the SQLite store's parts (members-, roster-, scopes-, entries-, deletion-sqlite.ts)
 * share: the open database, and the event to emit once a transaction has committed.
 */
export interface SqliteContext {
  readonly db: Database.Database;
  emit(event: StorageEvent): void;
}
