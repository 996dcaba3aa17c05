import type Database from 'better-sqlite3';

/**
 * One numbered change of the relay's schema, for both back-ends (STYLE.md: numbered migrations,
 * each with its own test). Versions are applied in order, each in its own transaction, and
 * recorded in `schema_migrations`; a database records every version it has.
 */
export interface Migration {
  version: number;
  name: string;
  /** SQL, or a function for a change SQLite cannot write as idempotent SQL. */
  sqlite: string | ((db: Database.Database) => void);
  postgres: string;
}
