import { lockTeam, type PostgresContext } from './context-postgres';
import { buf } from './rows';
import { teamKey } from './types';

/** A team's roster log in PostgreSQL: signed events, appended at the index a device expects. */

export async function rosterLength({ pool }: PostgresContext, teamId: Uint8Array): Promise<number> {
  const r = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM roster WHERE team_id = $1',
    [buf(teamId)],
  );
  return r.rows[0]?.n ?? 0;
}

export async function roster(
  { pool }: PostgresContext,
  teamId: Uint8Array,
  from: number,
  limit: number,
): Promise<Uint8Array[]> {
  const r = await pool.query<{ event: Buffer }>(
    'SELECT event FROM roster WHERE team_id = $1 AND idx >= $2 ORDER BY idx LIMIT $3',
    [buf(teamId), from, limit],
  );
  return r.rows.map((row) => new Uint8Array(row.event));
}

export async function appendRoster(
  ctx: PostgresContext,
  teamId: Uint8Array,
  index: number,
  event: Uint8Array,
): Promise<'ok' | 'conflict'> {
  const team = teamKey(teamId);
  const result = await ctx.tx(async (c): Promise<'ok' | 'conflict'> => {
    // The team row's lock orders appends across processes, as it orders entries.
    await lockTeam(c, teamId);
    const r = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM roster WHERE team_id = $1',
      [buf(teamId)],
    );
    if ((r.rows[0]?.n ?? 0) !== index) return 'conflict';
    await c.query('INSERT INTO roster (team_id, idx, event) VALUES ($1, $2, $3)', [
      buf(teamId),
      index,
      buf(event),
    ]);
    await ctx.notify(c, { type: 'roster', team });
    return 'ok';
  });
  if (result === 'ok') ctx.emit({ type: 'roster', team });
  return result;
}
