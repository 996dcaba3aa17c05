import type { ScopeInfo } from '../../shared/sync';
import { judgeScopeSet, type Quotas } from './acceptance';
import type { SqliteContext } from './context-sqlite';
import { buf, memberList } from './rows';
import { teamKey, type ScopeSetOutcome } from './types';

/** A team's scopes in SQLite (members as a JSON array of numbers). */

interface ScopeRow {
  scope_id: string;
  owner: number;
  include_supervisors: number;
  members: string;
}

const toScope = (r: ScopeRow): ScopeInfo => ({
  scopeId: r.scope_id,
  owner: r.owner,
  includeSupervisors: r.include_supervisors === 1,
  members: JSON.parse(r.members) as number[],
});

export function scopes({ db }: SqliteContext, teamId: Uint8Array): ScopeInfo[] {
  const rows = db
    .prepare(
      'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = ? ORDER BY scope_id',
    )
    .all(buf(teamId)) as ScopeRow[];
  return rows.map(toScope);
}

export function scopeRow(
  { db }: SqliteContext,
  teamId: Uint8Array,
  scopeId: string,
): ScopeInfo | undefined {
  const r = db
    .prepare(
      'SELECT owner, include_supervisors, members FROM scopes WHERE team_id = ? AND scope_id = ?',
    )
    .get(buf(teamId), scopeId) as Omit<ScopeRow, 'scope_id'> | undefined;
  return r && toScope({ ...r, scope_id: scopeId });
}

export function insertScope({ db }: SqliteContext, teamId: Uint8Array, s: ScopeInfo): void {
  db.prepare(
    `INSERT INTO scopes (team_id, scope_id, owner, include_supervisors, members) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (team_id, scope_id) DO UPDATE SET
       include_supervisors = excluded.include_supervisors, members = excluded.members`,
  ).run(
    buf(teamId),
    s.scopeId,
    s.owner,
    s.includeSupervisors ? 1 : 0,
    JSON.stringify(memberList(s.members)),
  );
}

export function ownedScopes({ db }: SqliteContext, teamId: Uint8Array, owner: number): number {
  const r = db
    .prepare('SELECT count(*) AS n FROM scopes WHERE team_id = ? AND owner = ?')
    .get(buf(teamId), owner) as { n: number };
  return r.n;
}

export function setScope(
  ctx: SqliteContext,
  teamId: Uint8Array,
  scope: ScopeInfo,
  by: number,
  bySupervisor: boolean,
  quotas: Quotas,
): ScopeSetOutcome {
  const result = ctx.db
    .transaction((): ScopeSetOutcome => {
      const existing = scopeRow(ctx, teamId, scope.scopeId);
      const owned = existing ? 0 : ownedScopes(ctx, teamId, by);
      const team = teamKey(teamId);
      const verdict = judgeScopeSet(team, scope.scopeId, existing, by, bySupervisor, owned, quotas);
      if (typeof verdict === 'string') return verdict;
      insertScope(ctx, teamId, { ...scope, owner: verdict.owner });
      return 'ok';
    })
    .immediate();
  if (result === 'ok') ctx.emit({ type: 'scopes', team: teamKey(teamId) });
  return result;
}
