import type { Migration } from './migration';

/** The team's signed, hash-chained roster log (shared/sync/roster.ts), stored as signed. */
export const roster: Migration = {
  version: 3,
  name: 'roster',
  sqlite: `
    CREATE TABLE IF NOT EXISTS roster (
      team_id BLOB NOT NULL, idx INTEGER NOT NULL, event BLOB NOT NULL,
      PRIMARY KEY (team_id, idx)) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE IF NOT EXISTS roster (
      team_id bytea NOT NULL, idx integer NOT NULL, event bytea NOT NULL,
      PRIMARY KEY (team_id, idx));
  `,
};
