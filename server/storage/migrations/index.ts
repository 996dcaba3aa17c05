import type Database from 'better-sqlite3';
import type pg from 'pg';
import { systemClock, type Clock } from '../../../shared/clock';
import { initialSchema } from './0001-initial-schema';
import { inviteFailedAttempts } from './0002-invite-failed-attempts';
import { roster } from './0003-roster';
import { teamQuota } from './0004-team-quota';
import { attachmentChunks } from './0005-attachment-chunks';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration, in order. Append only: a released version never changes. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  inviteFailedAttempts,
  roster,
  teamQuota,
  attachmentChunks,
];

export const LATEST_VERSION = MIGRATIONS.length;

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`;

/** The migrations a database at `current` still needs, up to `target`. */
function pending(current: number, target: number): readonly Migration[] {
  if (current > LATEST_VERSION) {
    throw new Error(
      `the relay database is at schema version ${current}, newer than this relay (${LATEST_VERSION}); run a newer relay`,
    );
  }
  return MIGRATIONS.filter((m) => m.version > current && m.version <= target);
}

/**
 * Brings a SQLite database to `target` (default: the latest); returns the version it was at.
 * `clock` stamps when each migration was applied.
 */
export function migrateSqlite(
  db: Database.Database,
  target = LATEST_VERSION,
  clock: Clock = systemClock,
): number {
  db.exec(LEDGER);
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  const from = row.v ?? 0;
  for (const m of pending(from, target)) {
    db.transaction(() => {
      if (typeof m.sqlite === 'string') db.exec(m.sqlite);
      else m.sqlite(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        clock.now(),
      );
    }).immediate();
  }
  return from;
}

/**
 * Brings a PostgreSQL database to `target`. The caller holds the schema advisory lock, so of
 * several relay processes starting together one migrates and the others find it done. `clock`
 * stamps when each migration was applied.
 */
export async function migratePostgres(
  client: pg.PoolClient | pg.Client,
  target = LATEST_VERSION,
  clock: Clock = systemClock,
): Promise<number> {
  await client.query(LEDGER);
  const r = await client.query<{ v: number | null }>(
    'SELECT max(version)::int AS v FROM schema_migrations',
  );
  const from = r.rows[0]?.v ?? 0;
  for (const m of pending(from, target)) {
    await client.query('BEGIN');
    try {
      await client.query(m.postgres);
      await client.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [m.version, m.name, clock.now()],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return from;
}
