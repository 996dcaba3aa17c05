import type { SqliteContext } from './context-sqlite';
import { buf, u8 } from './rows';
import { teamKey } from './types';

/** A team's roster log in SQLite: signed events, appended at the index a device expects. */

export function rosterLength({ db }: SqliteContext, teamId: Uint8Array): number {
  const row = db.prepare('SELECT count(*) AS n FROM roster WHERE team_id = ?').get(buf(teamId)) as {
    n: number;
  };
  return row.n;
}

export function roster(
  { db }: SqliteContext,
  teamId: Uint8Array,
  from: number,
  limit: number,
): Uint8Array[] {
  const rows = db
    .prepare('SELECT event FROM roster WHERE team_id = ? AND idx >= ? ORDER BY idx LIMIT ?')
    .all(buf(teamId), from, limit) as Array<{ event: Buffer }>;
  return rows.map((r) => u8(r.event));
}

export function appendRoster(
  ctx: SqliteContext,
  teamId: Uint8Array,
  index: number,
  event: Uint8Array,
): 'ok' | 'conflict' {
  const { db } = ctx;
  const result = db
    .transaction((): 'ok' | 'conflict' => {
      const { n } = db
        .prepare('SELECT count(*) AS n FROM roster WHERE team_id = ?')
        .get(buf(teamId)) as { n: number };
      if (n !== index) return 'conflict';
      db.prepare('INSERT INTO roster (team_id, idx, event) VALUES (?, ?, ?)').run(
        buf(teamId),
        index,
        buf(event),
      );
      return 'ok';
    })
    .immediate();
  if (result === 'ok') ctx.emit({ type: 'roster', team: teamKey(teamId) });
  return result;
}
