import { EntryKind, type ScopeInfo } from '../../shared/sync';
import { confirmedCover, mayErase } from './acceptance';
import type { SqliteContext } from './context-sqlite';
import { obsoleteUnder } from './obsolete-entries';
import { buf } from './rows';
import { scopeRow } from './scopes-sqlite';
import { teamKey } from './types';

/** What the SQLite store deletes: an erased case, and what a confirmed snapshot covers. */

/** Deletes a team's entries matching `where` and takes their bytes off the team's count. */
function deleteEntries(
  { db }: SqliteContext,
  team: Buffer,
  where: string,
  params: unknown[],
): number {
  const { bytes } = db
    .prepare(
      `SELECT coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE team_id = ? AND ${where}`,
    )
    .get(team, ...params) as { bytes: number };
  const deleted = db
    .prepare(`DELETE FROM entries WHERE team_id = ? AND ${where}`)
    .run(team, ...params).changes;
  db.prepare('UPDATE teams SET bytes_used = max(0, bytes_used - ?) WHERE team_id = ?').run(
    bytes,
    team,
  );
  return deleted;
}

export function eraseScope(
  ctx: SqliteContext,
  teamId: Uint8Array,
  scopeId: string,
  by: number,
  bySupervisor: boolean,
  nowSeconds: number,
): { outcome: 'ok' | 'forbidden'; deleted: number } {
  const { db } = ctx;
  const team = buf(teamId);
  const result = db
    .transaction(() => {
      if (!mayErase(scopeRow(ctx, teamId, scopeId), by, bySupervisor)) {
        return { outcome: 'forbidden' as const, deleted: 0 };
      }
      const deleted = deleteEntries(ctx, team, 'scope_id = ?', [scopeId]);
      db.prepare('DELETE FROM docs WHERE team_id = ? AND scope_id = ?').run(team, scopeId);
      db.prepare('DELETE FROM scopes WHERE team_id = ? AND scope_id = ?').run(team, scopeId);
      db.prepare(
        'INSERT OR IGNORE INTO erased_scopes (team_id, scope_id, erased_by, erased_at) VALUES (?, ?, ?, ?)',
      ).run(team, scopeId, by, nowSeconds);
      return { outcome: 'ok' as const, deleted };
    })
    .immediate();
  // secure_delete zeroes the freed pages; a checkpoint moves them out of the WAL too.
  if (result.outcome === 'ok') {
    db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.emit({ type: 'scopes', team: teamKey(teamId) });
  }
  return result;
}

export function confirmSnapshot(
  ctx: SqliteContext,
  teamId: Uint8Array,
  docId: string,
  seq: number,
  by: number,
  canRead: (scope: ScopeInfo) => boolean,
): number {
  const { db } = ctx;
  const team = buf(teamId);
  return db
    .transaction((): number => {
      const row = db
        .prepare(
          'SELECT author, aux, scope_id FROM entries WHERE team_id = ? AND seq = ? AND doc_id = ? AND kind = ?',
        )
        .get(team, seq, docId, EntryKind.Snapshot) as
        { author: number; aux: number; scope_id: string } | undefined;
      const facts = row && {
        author: row.author,
        covers: row.aux,
        scope: scopeRow(ctx, teamId, row.scope_id),
      };
      const covers = confirmedCover(facts, by, canRead);
      if (covers === undefined) return 0;
      const { where, params } = obsoleteUnder(docId, covers, seq);
      return deleteEntries(ctx, team, where, params);
    })
    .immediate();
}
