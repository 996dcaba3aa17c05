import type { SqliteDatabase } from '../database';

/** One schema step. `up` runs inside the runner's transaction; it must not commit on its own. */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}
