import { EventEmitter } from 'node:events';
import pg from 'pg';
import { EntryKind, type MemberInfo, type OutEntry, type ScopeInfo } from '../../shared/sync';
import { randomBytes } from '../../shared/crypto/random';
import { toHex } from '../../shared/encoding/hex';
import {
  AppendTally,
  confirmedCover,
  DEFAULT_QUOTAS,
  judgeScopeSet,
  mayErase,
  type Quotas,
} from './acceptance';
import { migratePostgres } from './migrations';
import { PostgresChunks } from './chunks-postgres';
import { inviteVerdict } from './invite-verdict';
import { obsoleteUnder } from './obsolete-entries';
import { pageOf } from './read-page';
import { toEntry, toMember } from './rows';
import { storedEntries } from './stored-entries';
import {
  ROLE_CODE,
  teamKey,
  ZERO_ID,
  ZERO_MAC,
  type AppendOutcome,
  type InviteRecord,
  type NewMember,
  type ReadQuery,
  type ReadResult,
  type ScopeSetOutcome,
  type StorageEvent,
  type SyncStorage,
  type WritePolicy,
} from './types';

/**
 * PostgreSQL storage for several relay processes on one database. Sequence numbers are per team
 * and assigned under the team row's lock (SELECT … FOR UPDATE), so they commit in order: a reader
 * whose cursor is N never later finds an entry N−1 that committed after it looked (which a plain
 * sequence would allow). Each commit that stored entries or changed members or scopes sends a
 * NOTIFY; every process LISTENs and wakes its own connections of that team. The schema is the
 * numbered migrations in ./migrations; what is accepted is decided in ./acceptance.ts.
 */
const CHANNEL = 'pendamping_sync';
const SCHEMA_LOCK = 7_240_001;

type Queryable = pg.Pool | pg.PoolClient;

const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export class PostgresStorage implements SyncStorage {
  readonly kind = 'postgres';
  private readonly events = new EventEmitter();
  private readonly instance = toHex(randomBytes(8));
  private id: Uint8Array = new Uint8Array(16);
  private listener: pg.Client | undefined;
  private closed = false;
  readonly chunks: PostgresChunks;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.chunks = new PostgresChunks(pool);
  }

  static async open(url: string): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const storage = new PostgresStorage(pool, url);
    await storage.init();
    return storage;
  }

  private async init(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      try {
        await migratePostgres(client);
        await client.query(
          `INSERT INTO meta (key, value) VALUES ('server_id', $1) ON CONFLICT (key) DO NOTHING`,
          [buf(randomBytes(16))],
        );
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
      }
      const r = await client.query<{ value: Buffer }>(
        "SELECT value FROM meta WHERE key = 'server_id'",
      );
      this.id = new Uint8Array(r.rows[0]?.value ?? randomBytes(16));
    } finally {
      client.release();
    }
    await this.listen();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      const [instance, type, team, seq] = (msg.payload ?? '').split('|');
      if (!team || instance === this.instance) return;
      if (type === 'entries') this.events.emit('event', { type, team, seq: Number(seq) });
      else if (type === 'members' || type === 'scopes' || type === 'roster') {
        this.events.emit('event', { type, team });
      }
    });
    client.on('error', () => {
      // The listening connection dropped: reconnect (other processes' writes would go unseen).
      if (this.closed) return;
      this.listener = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 500);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private async notify(q: Queryable, event: StorageEvent): Promise<void> {
    const seq = event.type === 'entries' ? event.seq : 0;
    await q.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      `${this.instance}|${event.type}|${event.team}|${seq}`,
    ]);
  }

  private emit(event: StorageEvent): void {
    this.events.emit('event', event);
  }

  onEvent(listener: (event: StorageEvent) => void): void {
    this.events.on('event', listener);
  }

  async serverId(): Promise<Uint8Array> {
    return this.id;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
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

  private async addMember(
    c: pg.PoolClient,
    teamId: Uint8Array,
    role: number,
    m: NewMember,
  ): Promise<MemberInfo> {
    const r = await c.query<{ no: number }>(
      `UPDATE teams SET next_member = next_member + 1 WHERE team_id = $1 RETURNING next_member - 1 AS no`,
      [buf(teamId)],
    );
    const no = Number(r.rows[0]?.no);
    await c.query(
      `INSERT INTO members (team_id, member_no, role, sign_pk, box_pk, invite_id, join_mac)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [buf(teamId), no, role, buf(m.signPk), buf(m.boxPk), buf(m.inviteId), buf(m.joinMac)],
    );
    return {
      memberNo: no,
      role: role === 1 ? 'supervisor' : 'counselor',
      signPk: m.signPk,
      boxPk: m.boxPk,
      inviteId: m.inviteId,
      joinMac: m.joinMac,
      removed: false,
    };
  }

  async createTeam(
    teamId: Uint8Array,
    founder: { signPk: Uint8Array; boxPk: Uint8Array },
  ): Promise<MemberInfo | 'exists'> {
    const team = teamKey(teamId);
    return this.tx(async (c) => {
      const ins = await c.query(
        `INSERT INTO teams (team_id, last_seq, next_member) VALUES ($1, 0, 1) ON CONFLICT DO NOTHING`,
        [buf(teamId)],
      );
      if (ins.rowCount === 0) return 'exists' as const;
      const m = await this.addMember(c, teamId, ROLE_CODE.supervisor, {
        ...founder,
        inviteId: ZERO_ID,
        joinMac: ZERO_MAC,
      });
      await this.notify(c, { type: 'members', team });
      return m;
    }).then((m) => {
      if (m !== 'exists') this.emit({ type: 'members', team });
      return m;
    });
  }

  async createInvite(teamId: Uint8Array, invite: InviteRecord): Promise<boolean> {
    const r = await this.pool.query(
      `INSERT INTO invites (team_id, invite_id, role, auth_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        buf(teamId),
        buf(invite.inviteId),
        ROLE_CODE[invite.role],
        buf(invite.authHash),
        invite.createdBy,
        invite.expiresAt,
      ],
    );
    return r.rowCount === 1;
  }

  async join(
    teamId: Uint8Array,
    inviteAuthHash: Uint8Array,
    member: NewMember,
    nowSeconds: number,
    maxWrongSecrets = 0,
  ): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'> {
    const team = teamKey(teamId);
    const result = await this.tx(async (c) => {
      await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [buf(teamId)]);
      const inv = await c.query<{
        role: number;
        auth_hash: Buffer;
        expires_at: string;
        used_by: number | null;
        failed_attempts: number;
      }>(
        `SELECT role, auth_hash, expires_at, used_by, failed_attempts FROM invites
         WHERE team_id = $1 AND invite_id = $2 FOR UPDATE`,
        [buf(teamId), buf(member.inviteId)],
      );
      const row = inv.rows[0];
      if (!row || row.used_by !== null || Number(row.expires_at) < nowSeconds) {
        return 'bad-invite' as const;
      }
      const verdict = inviteVerdict(
        row.failed_attempts,
        maxWrongSecrets,
        inviteAuthHash,
        row.auth_hash,
      );
      if (verdict === 'wrong') {
        // Counted in the database (the row is locked), so the bound holds across every process.
        await c.query(
          `UPDATE invites SET failed_attempts = failed_attempts + 1
           WHERE team_id = $1 AND invite_id = $2`,
          [buf(teamId), buf(member.inviteId)],
        );
        return maxWrongSecrets > 0 && row.failed_attempts + 1 >= maxWrongSecrets
          ? ('burned' as const)
          : ('bad-invite' as const);
      }
      if (verdict === 'burned') return 'burned' as const;
      const existing = await c.query('SELECT 1 FROM members WHERE team_id = $1 AND sign_pk = $2', [
        buf(teamId),
        buf(member.signPk),
      ]);
      if ((existing.rowCount ?? 0) > 0) return 'exists' as const;
      const added = await this.addMember(c, teamId, row.role, member);
      await c.query('UPDATE invites SET used_by = $1 WHERE team_id = $2 AND invite_id = $3', [
        added.memberNo,
        buf(teamId),
        buf(member.inviteId),
      ]);
      await this.notify(c, { type: 'members', team });
      return added;
    });
    if (typeof result !== 'string') this.emit({ type: 'members', team });
    return result;
  }

  async members(teamId: Uint8Array): Promise<MemberInfo[]> {
    const r = await this.pool.query(
      `SELECT member_no, role, sign_pk, box_pk, invite_id, join_mac, removed::int AS removed
       FROM members WHERE team_id = $1 ORDER BY member_no`,
      [buf(teamId)],
    );
    return r.rows.map(toMember);
  }

  async rosterLength(teamId: Uint8Array): Promise<number> {
    const r = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM roster WHERE team_id = $1',
      [buf(teamId)],
    );
    return r.rows[0]?.n ?? 0;
  }

  async roster(teamId: Uint8Array, from: number, limit: number): Promise<Uint8Array[]> {
    const r = await this.pool.query<{ event: Buffer }>(
      'SELECT event FROM roster WHERE team_id = $1 AND idx >= $2 ORDER BY idx LIMIT $3',
      [buf(teamId), from, limit],
    );
    return r.rows.map((row) => new Uint8Array(row.event));
  }

  async appendRoster(
    teamId: Uint8Array,
    index: number,
    event: Uint8Array,
  ): Promise<'ok' | 'conflict'> {
    const team = teamKey(teamId);
    const result = await this.tx(async (c): Promise<'ok' | 'conflict'> => {
      // The team row's lock orders appends across processes, as it orders entries.
      await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [buf(teamId)]);
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
      await this.notify(c, { type: 'roster', team });
      return 'ok';
    });
    if (result === 'ok') this.emit({ type: 'roster', team });
    return result;
  }

  async removeMember(teamId: Uint8Array, memberNo: number): Promise<boolean> {
    const team = teamKey(teamId);
    const changed = await this.tx(async (c) => {
      const r = await c.query(
        'UPDATE members SET removed = true WHERE team_id = $1 AND member_no = $2',
        [buf(teamId), memberNo],
      );
      if ((r.rowCount ?? 0) > 0) await this.notify(c, { type: 'members', team });
      return (r.rowCount ?? 0) > 0;
    });
    if (changed) this.emit({ type: 'members', team });
    return changed;
  }

  private toScope(r: {
    scope_id: string;
    owner: number;
    include_supervisors: boolean;
    members: number[];
  }): ScopeInfo {
    return {
      scopeId: r.scope_id,
      owner: r.owner,
      includeSupervisors: r.include_supervisors,
      members: r.members.map(Number),
    };
  }

  async scopes(teamId: Uint8Array): Promise<ScopeInfo[]> {
    const r = await this.pool.query(
      'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = $1 ORDER BY scope_id',
      [buf(teamId)],
    );
    return r.rows.map((row) => this.toScope(row));
  }

  private async scopeRow(
    c: Queryable,
    teamId: Uint8Array,
    scopeId: string,
  ): Promise<ScopeInfo | undefined> {
    const r = await c.query(
      'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = $1 AND scope_id = $2',
      [buf(teamId), scopeId],
    );
    return r.rows[0] ? this.toScope(r.rows[0]) : undefined;
  }

  private async upsertScope(c: Queryable, teamId: Uint8Array, s: ScopeInfo): Promise<void> {
    await c.query(
      `INSERT INTO scopes (team_id, scope_id, owner, include_supervisors, members)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id, scope_id) DO UPDATE SET
         include_supervisors = excluded.include_supervisors, members = excluded.members`,
      [
        buf(teamId),
        s.scopeId,
        s.owner,
        s.includeSupervisors,
        [...new Set(s.members)].sort((a, b) => a - b),
      ],
    );
  }

  private async ownedScopes(c: Queryable, teamId: Uint8Array, owner: number): Promise<number> {
    const r = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM scopes WHERE team_id = $1 AND owner = $2',
      [buf(teamId), owner],
    );
    return r.rows[0]?.n ?? 0;
  }

  async setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor = false,
    quotas: Quotas = DEFAULT_QUOTAS,
  ): Promise<ScopeSetOutcome> {
    const team = teamKey(teamId);
    const result = await this.tx(async (c): Promise<ScopeSetOutcome> => {
      await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [buf(teamId)]);
      const existing = await this.scopeRow(c, teamId, scope.scopeId);
      const owned = existing ? 0 : await this.ownedScopes(c, teamId, by);
      const verdict = judgeScopeSet(team, scope.scopeId, existing, by, bySupervisor, owned, quotas);
      if (typeof verdict === 'string') return verdict;
      await this.upsertScope(c, teamId, { ...scope, owner: verdict.owner });
      await this.notify(c, { type: 'scopes', team });
      return 'ok';
    });
    if (result === 'ok') this.emit({ type: 'scopes', team });
    return result;
  }

  async eraseScope(
    teamId: Uint8Array,
    scopeId: string,
    by: number,
    bySupervisor: boolean,
    nowSeconds: number,
  ): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }> {
    const team = teamKey(teamId);
    const t = buf(teamId);
    const result = await this.tx(async (c) => {
      await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [t]);
      if (!mayErase(await this.scopeRow(c, teamId, scopeId), by, bySupervisor)) {
        return { outcome: 'forbidden' as const, deleted: 0 };
      }
      const deleted = await this.deleteEntries(c, t, 'scope_id = ?', [scopeId]);
      await c.query('DELETE FROM docs WHERE team_id = $1 AND scope_id = $2', [t, scopeId]);
      await c.query('DELETE FROM scopes WHERE team_id = $1 AND scope_id = $2', [t, scopeId]);
      await c.query(
        `INSERT INTO erased_scopes (team_id, scope_id, erased_by, erased_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [t, scopeId, by, nowSeconds],
      );
      await this.notify(c, { type: 'scopes', team });
      return { outcome: 'ok' as const, deleted };
    });
    if (result.outcome === 'ok') this.emit({ type: 'scopes', team });
    return result;
  }

  async teamSeq(teamId: Uint8Array): Promise<number> {
    const r = await this.pool.query<{ last_seq: string }>(
      'SELECT last_seq FROM teams WHERE team_id = $1',
      [buf(teamId)],
    );
    return Number(r.rows[0]?.last_seq ?? 0);
  }

  /**
   * Deletes a team's entries matching `where` (written with `?` placeholders, shared with the
   * SQLite store) and takes their bytes off the team's count. The caller holds the team row.
   */
  private async deleteEntries(
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

  async append(
    teamId: Uint8Array,
    author: number,
    entries: OutEntry[],
    policy: WritePolicy,
  ): Promise<AppendOutcome> {
    const team = buf(teamId);
    const key = teamKey(teamId);
    const outcome = await this.tx(async (c): Promise<AppendOutcome> => {
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
          ownedScopes: await this.ownedScopes(c, teamId, author),
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
          scope: await this.scopeRow(c, teamId, e.scopeId),
        });
        if (verdict.status !== 'store') continue;
        if (verdict.createScope) await this.upsertScope(c, teamId, verdict.createScope);
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
        await this.notify(c, { type: 'entries', team: key, seq: result.lastSeq });
      }
      if (result.scopesCreated) await this.notify(c, { type: 'scopes', team: key });
      return result;
    });
    if (outcome.scopesCreated) this.emit({ type: 'scopes', team: key });
    if (outcome.stored > 0) {
      const stored = storedEntries(author, entries, outcome);
      this.emit({ type: 'entries', team: key, seq: outcome.lastSeq, stored });
    }
    return outcome;
  }

  async confirmSnapshot(
    teamId: Uint8Array,
    docId: string,
    seq: number,
    by: number,
    canRead: (scope: ScopeInfo) => boolean,
  ): Promise<number> {
    const team = buf(teamId);
    return this.tx(async (c) => {
      await c.query('SELECT 1 FROM teams WHERE team_id = $1 FOR UPDATE', [team]);
      const r = await c.query<{ author: number; aux: string; scope_id: string }>(
        `SELECT author, aux, scope_id FROM entries
         WHERE team_id = $1 AND seq = $2 AND doc_id = $3 AND kind = $4`,
        [team, seq, docId, EntryKind.Snapshot],
      );
      const row = r.rows[0];
      const facts = row && {
        author: row.author,
        covers: Number(row.aux),
        scope: await this.scopeRow(c, teamId, row.scope_id),
      };
      const covers = confirmedCover(facts, by, canRead);
      if (covers === undefined) return 0;
      const { where, params } = obsoleteUnder(docId, covers, seq);
      return this.deleteEntries(c, team, where, params);
    });
  }

  async teamBytes(teamId: Uint8Array): Promise<number> {
    const r = await this.pool.query<{ bytes_used: string }>(
      'SELECT bytes_used FROM teams WHERE team_id = $1',
      [buf(teamId)],
    );
    return Number(r.rows[0]?.bytes_used ?? 0);
  }

  private where(q: ReadQuery, params: unknown[]): string {
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

  async read(teamId: Uint8Array, q: ReadQuery): Promise<ReadResult> {
    const head = await this.teamSeq(teamId);
    const params: unknown[] = [buf(teamId), head];
    const where = this.where(q, params);
    const r = await this.pool.query(
      `SELECT seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body FROM entries
       WHERE ${where} ORDER BY seq LIMIT ${Math.max(1, Math.floor(q.maxCount)) + 1}`,
      params,
    );
    return pageOf(r.rows.map(toEntry), q, head);
  }

  async summary(teamId: Uint8Array, q: ReadQuery): Promise<{ count: number; bytes: number }> {
    const head = await this.teamSeq(teamId);
    const params: unknown[] = [buf(teamId), head];
    const where = this.where(q, params);
    const r = await this.pool.query<{ n: string; bytes: string }>(
      `SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE ${where}`,
      params,
    );
    return { count: Number(r.rows[0]?.n ?? 0), bytes: Number(r.rows[0]?.bytes ?? 0) };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}
