import type pg from 'pg';
import { EntryKind, type ScopeInfo } from '../../shared/sync';
import { confirmedCover, mayErase } from './acceptance';
import { lockTeam, type PostgresContext } from './context-postgres';
import { obsoleteUnder } from './obsolete-entries';
import { buf } from './rows';
import { scopeRow } from './scopes-postgres';
import { teamKey } from './types';

/** What the PostgreSQL store deletes: an erased case, and what a confirmed snapshot covers. */

/**
 * Deletes a team's entries matching `where` (written with `?` placeholders, shared with the
 * SQLite store) and takes their bytes off the team's count. The caller holds the team row.
 */
async function deleteEntries(
  c: pg.PoolClient,
  team: Buffer,
  where: string,
  params: unknown[],
): Promise<number> {
  let n = 1;
  const numbered = where.replace(/\?/g, () => `$${++n}`);
  const r = await c.query<{ bytes: string }>(
    `WITH gone AS (DELETE FROM entries WHERE team_id = $1 AND ${numbered} RETURNING length(body) AS size)
     SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM gone`,
    [team, ...params],
  );
  const row = r.rows[0] as { n: string; bytes: string } | undefined;
  await c.query('UPDATE teams SET bytes_used = greatest(0, bytes_used - $1) WHERE team_id = $2', [
    Number(row?.bytes ?? 0),
    team,
  ]);
  return Number(row?.n ?? 0);
}

export async function eraseScope(
  ctx: PostgresContext,
  teamId: Uint8Array,
  scopeId: string,
  by: number,
  bySupervisor: boolean,
  nowSeconds: number,
): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }> {
  const team = teamKey(teamId);
  const t = buf(teamId);
  const result = await ctx.tx(async (c) => {
    await lockTeam(c, teamId);
    if (!mayErase(await scopeRow(c, teamId, scopeId), by, bySupervisor)) {
      return { outcome: 'forbidden' as const, deleted: 0 };
    }
    const deleted = await deleteEntries(c, t, 'scope_id = ?', [scopeId]);
    await c.query('DELETE FROM docs WHERE team_id = $1 AND scope_id = $2', [t, scopeId]);
    await c.query('DELETE FROM scopes WHERE team_id = $1 AND scope_id = $2', [t, scopeId]);
    await c.query(
      `INSERT INTO erased_scopes (team_id, scope_id, erased_by, erased_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [t, scopeId, by, nowSeconds],
    );
    await ctx.notify(c, { type: 'scopes', team });
    return { outcome: 'ok' as const, deleted };
  });
  if (result.outcome === 'ok') ctx.emit({ type: 'scopes', team });
  return result;
}

export async function confirmSnapshot(
  ctx: PostgresContext,
  teamId: Uint8Array,
  docId: string,
  seq: number,
  by: number,
  canRead: (scope: ScopeInfo) => boolean,
): Promise<number> {
  const team = buf(teamId);
  return ctx.tx(async (c) => {
    await lockTeam(c, teamId);
    const r = await c.query<{ author: number; aux: string; scope_id: string }>(
      `SELECT author, aux, scope_id FROM entries
       WHERE team_id = $1 AND seq = $2 AND doc_id = $3 AND kind = $4`,
      [team, seq, docId, EntryKind.Snapshot],
    );
    const row = r.rows[0];
    const facts = row && {
      author: row.author,
      covers: Number(row.aux),
      scope: await scopeRow(c, teamId, row.scope_id),
    };
    const covers = confirmedCover(facts, by, canRead);
    if (covers === undefined) return 0;
    const { where, params } = obsoleteUnder(docId, covers, seq);
    return deleteEntries(c, team, where, params);
  });
}
