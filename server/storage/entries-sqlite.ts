import type { OutEntry } from '../../shared/sync';
import { AppendTally, DEFAULT_QUOTAS } from './acceptance';
import type { SqliteContext } from './context-sqlite';
import { pageOf } from './read-page';
import { buf, toEntry, type EntryRow } from './rows';
import { insertScope, ownedScopes, scopeRow } from './scopes-sqlite';
import { storedEntries } from './stored-entries';
import {
  teamKey,
  type AppendOutcome,
  type ReadQuery,
  type ReadResult,
  type WritePolicy,
} from './types';

/** A team's entries in SQLite: appending under the acceptance policy, and reading pages. */

export function teamSeq({ db }: SqliteContext, teamId: Uint8Array): number {
  const r = db.prepare('SELECT last_seq FROM teams WHERE team_id = ?').get(buf(teamId)) as
    { last_seq: number } | undefined;
  return r?.last_seq ?? 0;
}

export function teamBytes({ db }: SqliteContext, teamId: Uint8Array): number {
  const r = db.prepare('SELECT bytes_used FROM teams WHERE team_id = ?').get(buf(teamId)) as
    { bytes_used: number } | undefined;
  return r?.bytes_used ?? 0;
}

export function append(
  ctx: SqliteContext,
  teamId: Uint8Array,
  author: number,
  entries: OutEntry[],
  policy: WritePolicy,
): AppendOutcome {
  const { db } = ctx;
  const team = buf(teamId);
  const findDup = db.prepare('SELECT seq FROM entries WHERE team_id = ? AND update_id = ?');
  const docScope = db.prepare('SELECT scope_id FROM docs WHERE team_id = ? AND doc_id = ?');
  const erased = db.prepare('SELECT 1 FROM erased_scopes WHERE team_id = ? AND scope_id = ?');
  const insertDoc = db.prepare('INSERT INTO docs (team_id, doc_id, scope_id) VALUES (?, ?, ?)');
  const insert = db.prepare(
    `INSERT INTO entries (team_id, seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const outcome = db
    .transaction((): AppendOutcome => {
      const row = db
        .prepare('SELECT last_seq, bytes_used FROM teams WHERE team_id = ?')
        .get(team) as { last_seq: number; bytes_used: number };
      const tally = new AppendTally(
        author,
        {
          teamIdHex: teamKey(teamId),
          head: row.last_seq,
          usedBytes: row.bytes_used,
          ownedScopes: ownedScopes(ctx, teamId, author),
        },
        policy,
        policy.quotas ?? DEFAULT_QUOTAS,
      );
      for (const e of entries) {
        const dup = findDup.get(team, buf(e.updateId)) as { seq: number } | undefined;
        const bound = docScope.get(team, e.docId) as { scope_id: string } | undefined;
        const verdict = tally.judge(e, {
          duplicateSeq: dup?.seq,
          erased: erased.get(team, e.scopeId) !== undefined,
          boundScope: bound?.scope_id,
          scope: scopeRow(ctx, teamId, e.scopeId),
        });
        if (verdict.status !== 'store') continue;
        if (verdict.createScope) insertScope(ctx, teamId, verdict.createScope);
        insert.run(
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
        );
        if (verdict.bindDoc) insertDoc.run(team, e.docId, e.scopeId);
      }
      if (tally.changed) {
        const { head, usedBytes } = tally.counters;
        db.prepare('UPDATE teams SET last_seq = ?, bytes_used = ? WHERE team_id = ?').run(
          head,
          usedBytes,
          team,
        );
      }
      return tally.outcome();
    })
    .immediate();
  const key = teamKey(teamId);
  if (outcome.scopesCreated) ctx.emit({ type: 'scopes', team: key });
  if (outcome.stored > 0) {
    const stored = storedEntries(author, entries, outcome);
    ctx.emit({ type: 'entries', team: key, seq: outcome.lastSeq, stored });
  }
  return outcome;
}

function where(q: ReadQuery): string {
  return `team_id = @team AND seq > @after AND seq <= @head
    AND scope_id IN (SELECT value FROM json_each(@scopes))
    ${q.scopeId ? 'AND scope_id = @scopeId' : ''}
    AND (kind != 3 OR aux = @member OR author = @member)
    ${q.includeOwn ? '' : 'AND author != @member'}`;
}

function params(teamId: Uint8Array, q: ReadQuery, head: number): Record<string, unknown> {
  return {
    team: buf(teamId),
    after: q.after,
    head,
    scopes: JSON.stringify(q.scopes),
    member: q.member,
    ...(q.scopeId ? { scopeId: q.scopeId } : {}),
  };
}

/** A page of what `q` may read, up to the team's `head` (its teamSeq when the read began). */
export function read(
  { db }: SqliteContext,
  teamId: Uint8Array,
  q: ReadQuery,
  head: number,
): ReadResult {
  const rows = db
    .prepare(
      `SELECT seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body FROM entries
       WHERE ${where(q)} ORDER BY seq LIMIT ${Math.max(1, Math.floor(q.maxCount)) + 1}`,
    )
    .all(params(teamId, q, head)) as EntryRow[];
  return pageOf(rows.map(toEntry), q, head);
}

export function summary(
  { db }: SqliteContext,
  teamId: Uint8Array,
  q: ReadQuery,
  head: number,
): { count: number; bytes: number } {
  const r = db
    .prepare(
      `SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE ${where(q)}`,
    )
    .get(params(teamId, q, head)) as { n: number; bytes: number };
  return { count: r.n, bytes: r.bytes };
}
