import type pg from 'pg';
import { buf } from './rows';
import type { StorageEvent } from './types';

export type Queryable = pg.Pool | pg.PoolClient;

/**
 * What the PostgreSQL store's parts (members-, roster-, scopes-, entries-, deletion-postgres.ts)
 * share: the pool, transactions, and the two ways a change is announced (postgres.ts's header).
 */
export interface PostgresContext {
  readonly pool: pg.Pool;
  /** Runs `fn` in a transaction on one pooled client: COMMIT if it returns, ROLLBACK if it throws. */
  tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T>;
  /** A NOTIFY inside the transaction: the other processes hear of the change when it commits. */
  notify(q: Queryable, event: StorageEvent): Promise<void>;
  /** This process's own listeners, told after the commit. */
  emit(event: StorageEvent): void;
}

export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (c: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const value = await fn(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Takes the team row's lock, which orders a team's writes across every process. */
export async function lockTeam(c: pg.PoolClient, teamId: Uint8Array): Promise<void> {
  await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [buf(teamId)]);
}
