import type { OutEntry } from '../../shared/sync';
import { AppendTally, DEFAULT_QUOTAS } from './acceptance';
import type { PostgresContext } from './context-postgres';
import { pageOf } from './read-page';
import { buf, toEntry } from './rows';
import { ownedScopes, scopeRow, upsertScope } from './scopes-postgres';
import { storedEntries } from './stored-entries';
import {
  teamKey,
  type AppendOutcome,
  type ReadQuery,
  type ReadResult,
  type WritePolicy,
} from './types';

/**
 * A team's entries in PostgreSQL: appending under the acceptance policy, with sequence numbers
 * given under the team row's lock (postgres.ts's header), and reading pages.
 */

export async function teamSeq({ pool }: PostgresContext, teamId: Uint8Array): Promise<number> {
  const r = await pool.query<{ last_seq: string }>(
    'SELECT last_seq FROM teams WHERE team_id = $1',
    [buf(teamId)],
  );
  return Number(r.rows[0]?.last_seq ?? 0);
}

export async function teamBytes({ pool }: PostgresContext, teamId: Uint8Array): Promise<number> {
  const r = await pool.query<{ bytes_used: string }>(
    'SELECT bytes_used FROM teams WHERE team_id = $1',
    [buf(teamId)],
  );
  return Number(r.rows[0]?.bytes_used ?? 0);
}

export async function append(
  ctx: PostgresContext,
  teamId: Uint8Array,
  author: number,
  entries: OutEntry[],
  policy: WritePolicy,
): Promise<AppendOutcome> {
  const team = buf(teamId);
  const key = teamKey(teamId);
  const outcome = await ctx.tx(async (c): Promise<AppendOutcome> => {
    const head = await c.query<{ last_seq: string; bytes_used: string }>(
      'SELECT last_seq, bytes_used FROM teams WHERE team_id = $1 FOR UPDATE',
      [team],
    );
    const tally = new AppendTally(
      author,
      {
        teamIdHex: key,
        head: Number(head.rows[0]?.last_seq ?? 0),
        usedBytes: Number(head.rows[0]?.bytes_used ?? 0),
        ownedScopes: await ownedScopes(c, teamId, author),
      },
      policy,
      policy.quotas ?? DEFAULT_QUOTAS,
    );
    for (const e of entries) {
      const dup = await c.query<{ seq: string }>(
        'SELECT seq FROM entries WHERE team_id = $1 AND update_id = $2',
        [team, buf(e.updateId)],
      );
      const erased = await c.query(
        'SELECT 1 FROM erased_scopes WHERE team_id = $1 AND scope_id = $2',
        [team, e.scopeId],
      );
      const bound = await c.query<{ scope_id: string }>(
        'SELECT scope_id FROM docs WHERE team_id = $1 AND doc_id = $2',
        [team, e.docId],
      );
      const verdict = tally.judge(e, {
        duplicateSeq: dup.rows[0] ? Number(dup.rows[0].seq) : undefined,
        erased: (erased.rowCount ?? 0) > 0,
        boundScope: bound.rows[0]?.scope_id,
        scope: await scopeRow(c, teamId, e.scopeId),
      });
      if (verdict.status !== 'store') continue;
      if (verdict.createScope) await upsertScope(c, teamId, verdict.createScope);
      await c.query(
        `INSERT INTO entries (team_id, seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          team,
          verdict.seq,
          e.docId,
          e.scopeId,
          e.kind,
          buf(e.updateId),
          e.keyId,
          e.aux,
          author,
          buf(e.sig),
          buf(e.body),
        ],
      );
      if (verdict.bindDoc) {
        await c.query('INSERT INTO docs (team_id, doc_id, scope_id) VALUES ($1, $2, $3)', [
          team,
          e.docId,
          e.scopeId,
        ]);
      }
    }
    const result = tally.outcome();
    if (tally.changed) {
      await c.query('UPDATE teams SET last_seq = $1, bytes_used = $2 WHERE team_id = $3', [
        result.lastSeq,
        tally.counters.usedBytes,
        team,
      ]);
      await ctx.notify(c, { type: 'entries', team: key, seq: result.lastSeq });
    }
    if (result.scopesCreated) await ctx.notify(c, { type: 'scopes', team: key });
    return result;
  });
  if (outcome.scopesCreated) ctx.emit({ type: 'scopes', team: key });
  if (outcome.stored > 0) {
    const stored = storedEntries(author, entries, outcome);
    ctx.emit({ type: 'entries', team: key, seq: outcome.lastSeq, stored });
  }
  return outcome;
}

function where(q: ReadQuery, params: unknown[]): string {
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const member = p(q.member);
  return `team_id = $1 AND seq > ${p(q.after)} AND seq <= $2
    AND scope_id = ANY(${p(q.scopes)}::text[])
    ${q.scopeId ? `AND scope_id = ${p(q.scopeId)}` : ''}
    AND (kind <> 3 OR aux = ${member} OR author = ${member})
    ${q.includeOwn ? '' : `AND author <> ${member}`}`;
}

/** A page of what `q` may read, up to the team's `head` (its teamSeq when the read began). */
export async function read(
  { pool }: PostgresContext,
  teamId: Uint8Array,
  q: ReadQuery,
  head: number,
): Promise<ReadResult> {
  const params: unknown[] = [buf(teamId), head];
  const condition = where(q, params);
  const r = await pool.query(
    `SELECT seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body FROM entries
     WHERE ${condition} ORDER BY seq LIMIT ${Math.max(1, Math.floor(q.maxCount)) + 1}`,
    params,
  );
  return pageOf(r.rows.map(toEntry), q, head);
}

export async function summary(
  { pool }: PostgresContext,
  teamId: Uint8Array,
  q: ReadQuery,
  head: number,
): Promise<{ count: number; bytes: number }> {
  const params: unknown[] = [buf(teamId), head];
  const condition = where(q, params);
  const r = await pool.query<{ n: string; bytes: string }>(
    `SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE ${condition}`,
    params,
  );
  return { count: Number(r.rows[0]?.n ?? 0), bytes: Number(r.rows[0]?.bytes ?? 0) };
}
