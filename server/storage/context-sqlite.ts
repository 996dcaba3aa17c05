import type Database from 'better-sqlite3';
import type { Clock } from '../../shared/clock';
import type { StorageEvent } from './types';

/**
 * What the SQLite store's parts (members-, roster-, scopes-, entries-, deletion-sqlite.ts)
 * share: the open database, its wall clock, and the event to emit once a transaction has committed.
 */
export interface SqliteContext {
  readonly db: Database.Database;
  /** Ms since the epoch, for when a team was created and a member joined. */
  readonly clock: Clock;
  emit(event: StorageEvent): void;
}
