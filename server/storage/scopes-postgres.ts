import type { ScopeInfo } from '../../shared/sync';
import { judgeScopeSet, type Quotas } from './acceptance';
import { lockTeam, type PostgresContext, type Queryable } from './context-postgres';
import { buf, memberList } from './rows';
import { teamKey, type ScopeSetOutcome } from './types';

/** A team's scopes in PostgreSQL (members as an integer array). */

interface ScopeRow {
  scope_id: string;
  owner: number;
  include_supervisors: boolean;
  members: number[];
}

const toScope = (r: ScopeRow): ScopeInfo => ({
  scopeId: r.scope_id,
  owner: r.owner,
  includeSupervisors: r.include_supervisors,
  members: r.members.map(Number),
});

export async function scopes({ pool }: PostgresContext, teamId: Uint8Array): Promise<ScopeInfo[]> {
  const r = await pool.query<ScopeRow>(
    'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = $1 ORDER BY scope_id',
    [buf(teamId)],
  );
  return r.rows.map(toScope);
}

export async function scopeRow(
  c: Queryable,
  teamId: Uint8Array,
  scopeId: string,
): Promise<ScopeInfo | undefined> {
  const r = await c.query<ScopeRow>(
    'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = $1 AND scope_id = $2',
    [buf(teamId), scopeId],
  );
  return r.rows[0] ? toScope(r.rows[0]) : undefined;
}

export async function upsertScope(c: Queryable, teamId: Uint8Array, s: ScopeInfo): Promise<void> {
  await c.query(
    `INSERT INTO scopes (team_id, scope_id, owner, include_supervisors, members)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (team_id, scope_id) DO UPDATE SET
       include_supervisors = excluded.include_supervisors, members = excluded.members`,
    [buf(teamId), s.scopeId, s.owner, s.includeSupervisors, memberList(s.members)],
  );
}

export async function ownedScopes(
  c: Queryable,
  teamId: Uint8Array,
  owner: number,
): Promise<number> {
  const r = await c.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM scopes WHERE team_id = $1 AND owner = $2',
    [buf(teamId), owner],
  );
  return r.rows[0]?.n ?? 0;
}

export async function setScope(
  ctx: PostgresContext,
  teamId: Uint8Array,
  scope: ScopeInfo,
  by: number,
  bySupervisor: boolean,
  quotas: Quotas,
): Promise<ScopeSetOutcome> {
  const team = teamKey(teamId);
  const result = await ctx.tx(async (c): Promise<ScopeSetOutcome> => {
    await lockTeam(c, teamId);
    const existing = await scopeRow(c, teamId, scope.scopeId);
    const owned = existing ? 0 : await ownedScopes(c, teamId, by);
    const verdict = judgeScopeSet(team, scope.scopeId, existing, by, bySupervisor, owned, quotas);
    if (typeof verdict === 'string') return verdict;
    await upsertScope(c, teamId, { ...scope, owner: verdict.owner });
    await ctx.notify(c, { type: 'scopes', team });
    return 'ok';
  });
  if (result === 'ok') ctx.emit({ type: 'scopes', team });
  return result;
}
