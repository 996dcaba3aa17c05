import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  AckStatus,
  EntryKind,
  type MemberInfo,
  type OutEntry,
  type ScopeInfo,
  type StoredEntry,
} from '../../shared/sync';
import { randomBytes } from '../../shared/crypto/random';
import {
  roleFromCode,
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
import {
  AppendTally,
  confirmedCover,
  DEFAULT_QUOTAS,
  judgeScopeSet,
  mayErase,
  type Quotas,
} from './acceptance';
import { migrateSqlite } from './migrations';
import { SqliteChunks } from './chunks-sqlite';

/**
 * The embedded store: one SQLite file in the data directory, WAL with synchronous=FULL so an
 * acknowledged entry survives a crash of the process and of the machine. One process only (for
 * several processes use PostgreSQL). Every call is synchronous inside; the async signatures are
 * the interface shared with the PostgreSQL store. The schema is the numbered migrations in
 * ./migrations; what is accepted is decided in ./acceptance.ts.
 */
interface MemberRow {
  member_no: number;
  role: number;
  sign_pk: Buffer;
  box_pk: Buffer;
  invite_id: Buffer;
  join_mac: Buffer;
  removed: number;
}

interface EntryRow {
  seq: number;
  doc_id: string;
  scope_id: string;
  kind: number;
  update_id: Buffer;
  key_id: string;
  aux: number;
  author: number;
  sig: Buffer;
  body: Buffer;
}

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export const toMember = (r: MemberRow): MemberInfo => ({
  memberNo: r.member_no,
  role: roleFromCode(r.role),
  signPk: u8(r.sign_pk),
  boxPk: u8(r.box_pk),
  inviteId: u8(r.invite_id),
  joinMac: u8(r.join_mac),
  removed: r.removed === 1,
});

export const toEntry = (r: EntryRow): StoredEntry => ({
  seq: Number(r.seq),
  author: r.author,
  kind: r.kind as EntryKind,
  docId: r.doc_id,
  scopeId: r.scope_id,
  updateId: u8(r.update_id),
  keyId: r.key_id,
  aux: Number(r.aux),
  sig: u8(r.sig),
  body: u8(r.body),
});

/**
 * A live invite and a presented secret's hash: 'burned' once it has seen `max` wrong secrets
 * (0: never), even for the right one, so guessing gets `max` tries per invite in all; 'wrong'
 * for a wrong secret (the caller counts it), 'ok' otherwise.
 */
export function inviteVerdict(
  failed: number,
  max: number,
  presented: Uint8Array,
  stored: Uint8Array,
): 'ok' | 'wrong' | 'burned' {
  if (max > 0 && failed >= max) return 'burned';
  return Buffer.from(presented).equals(stored) ? 'ok' : 'wrong';
}

export class SqliteStorage implements SyncStorage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly events = new EventEmitter();
  private readonly id: Uint8Array;
  readonly chunks: SqliteChunks;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'relay.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON');
    migrateSqlite(this.db);
    this.chunks = new SqliteChunks(this.db);
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'server_id'").get() as
      { value: Buffer } | undefined;
    if (row) {
      this.id = u8(row.value);
    } else {
      this.id = randomBytes(16);
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('server_id', ?)").run(buf(this.id));
    }
  }

  async serverId(): Promise<Uint8Array> {
    return this.id;
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  private emit(event: StorageEvent): void {
    this.events.emit('event', event);
  }

  onEvent(listener: (event: StorageEvent) => void): void {
    this.events.on('event', listener);
  }

  private addMember(teamId: Uint8Array, role: number, m: NewMember): MemberInfo {
    const team = this.db
      .prepare('SELECT next_member FROM teams WHERE team_id = ?')
      .get(buf(teamId)) as { next_member: number };
    const no = team.next_member;
    this.db
      .prepare('UPDATE teams SET next_member = next_member + 1 WHERE team_id = ?')
      .run(buf(teamId));
    this.db
      .prepare(
        `INSERT INTO members (team_id, member_no, role, sign_pk, box_pk, invite_id, join_mac, joined_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        buf(teamId),
        no,
        role,
        buf(m.signPk),
        buf(m.boxPk),
        buf(m.inviteId),
        buf(m.joinMac),
        Date.now(),
      );
    return {
      memberNo: no,
      role: roleFromCode(role),
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
    const member = this.db
      .transaction(() => {
        const ins = this.db
          .prepare(
            'INSERT OR IGNORE INTO teams (team_id, last_seq, next_member, created_at) VALUES (?, 0, 1, ?)',
          )
          .run(buf(teamId), Date.now());
        if (ins.changes === 0) return 'exists' as const;
        return this.addMember(teamId, ROLE_CODE.supervisor, {
          ...founder,
          inviteId: ZERO_ID,
          joinMac: ZERO_MAC,
        });
      })
      .immediate();
    if (member !== 'exists') this.emit({ type: 'members', team: teamKey(teamId) });
    return member;
  }

  async createInvite(teamId: Uint8Array, invite: InviteRecord): Promise<boolean> {
    const r = this.db
      .prepare(
        `INSERT OR IGNORE INTO invites (team_id, invite_id, role, auth_hash, created_by, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        buf(teamId),
        buf(invite.inviteId),
        ROLE_CODE[invite.role],
        buf(invite.authHash),
        invite.createdBy,
        invite.expiresAt,
      );
    return r.changes === 1;
  }

  async join(
    teamId: Uint8Array,
    inviteAuthHash: Uint8Array,
    member: NewMember,
    nowSeconds: number,
    maxWrongSecrets = 0,
  ): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'> {
    const result = this.db
      .transaction(() => {
        const inv = this.db
          .prepare(
            `SELECT role, auth_hash, expires_at, used_by, failed_attempts FROM invites
             WHERE team_id = ? AND invite_id = ?`,
          )
          .get(buf(teamId), buf(member.inviteId)) as
          | {
              role: number;
              auth_hash: Buffer;
              expires_at: number;
              used_by: number | null;
              failed_attempts: number;
            }
          | undefined;
        if (!inv || inv.used_by !== null || inv.expires_at < nowSeconds) {
          return 'bad-invite' as const;
        }
        const verdict = inviteVerdict(
          inv.failed_attempts,
          maxWrongSecrets,
          inviteAuthHash,
          inv.auth_hash,
        );
        if (verdict === 'wrong') {
          this.db
            .prepare(
              'UPDATE invites SET failed_attempts = failed_attempts + 1 WHERE team_id = ? AND invite_id = ?',
            )
            .run(buf(teamId), buf(member.inviteId));
          return maxWrongSecrets > 0 && inv.failed_attempts + 1 >= maxWrongSecrets
            ? ('burned' as const)
            : ('bad-invite' as const);
        }
        if (verdict === 'burned') return 'burned' as const;
        const existing = this.db
          .prepare('SELECT 1 FROM members WHERE team_id = ? AND sign_pk = ?')
          .get(buf(teamId), buf(member.signPk));
        if (existing) return 'exists' as const;
        const added = this.addMember(teamId, inv.role, member);
        this.db
          .prepare('UPDATE invites SET used_by = ? WHERE team_id = ? AND invite_id = ?')
          .run(added.memberNo, buf(teamId), buf(member.inviteId));
        return added;
      })
      .immediate();
    if (typeof result !== 'string') this.emit({ type: 'members', team: teamKey(teamId) });
    return result;
  }

  async members(teamId: Uint8Array): Promise<MemberInfo[]> {
    const rows = this.db
      .prepare(
        `SELECT member_no, role, sign_pk, box_pk, invite_id, join_mac, removed FROM members
         WHERE team_id = ? ORDER BY member_no`,
      )
      .all(buf(teamId)) as MemberRow[];
    return rows.map(toMember);
  }

  async rosterLength(teamId: Uint8Array): Promise<number> {
    const row = this.db
      .prepare('SELECT count(*) AS n FROM roster WHERE team_id = ?')
      .get(buf(teamId)) as { n: number };
    return row.n;
  }

  async roster(teamId: Uint8Array, from: number, limit: number): Promise<Uint8Array[]> {
    const rows = this.db
      .prepare('SELECT event FROM roster WHERE team_id = ? AND idx >= ? ORDER BY idx LIMIT ?')
      .all(buf(teamId), from, limit) as Array<{ event: Buffer }>;
    return rows.map((r) => u8(r.event));
  }

  async appendRoster(
    teamId: Uint8Array,
    index: number,
    event: Uint8Array,
  ): Promise<'ok' | 'conflict'> {
    const result = this.db
      .transaction((): 'ok' | 'conflict' => {
        const { n } = this.db
          .prepare('SELECT count(*) AS n FROM roster WHERE team_id = ?')
          .get(buf(teamId)) as { n: number };
        if (n !== index) return 'conflict';
        this.db
          .prepare('INSERT INTO roster (team_id, idx, event) VALUES (?, ?, ?)')
          .run(buf(teamId), index, buf(event));
        return 'ok';
      })
      .immediate();
    if (result === 'ok') this.emit({ type: 'roster', team: teamKey(teamId) });
    return result;
  }

  async removeMember(teamId: Uint8Array, memberNo: number): Promise<boolean> {
    const r = this.db
      .prepare('UPDATE members SET removed = 1 WHERE team_id = ? AND member_no = ?')
      .run(buf(teamId), memberNo);
    if (r.changes > 0) this.emit({ type: 'members', team: teamKey(teamId) });
    return r.changes > 0;
  }

  async scopes(teamId: Uint8Array): Promise<ScopeInfo[]> {
    const rows = this.db
      .prepare(
        'SELECT scope_id, owner, include_supervisors, members FROM scopes WHERE team_id = ? ORDER BY scope_id',
      )
      .all(buf(teamId)) as Array<{
      scope_id: string;
      owner: number;
      include_supervisors: number;
      members: string;
    }>;
    return rows.map((r) => ({
      scopeId: r.scope_id,
      owner: r.owner,
      includeSupervisors: r.include_supervisors === 1,
      members: JSON.parse(r.members) as number[],
    }));
  }

  private scopeRow(teamId: Uint8Array, scopeId: string): ScopeInfo | undefined {
    const r = this.db
      .prepare(
        'SELECT owner, include_supervisors, members FROM scopes WHERE team_id = ? AND scope_id = ?',
      )
      .get(buf(teamId), scopeId) as
      { owner: number; include_supervisors: number; members: string } | undefined;
    return (
      r && {
        scopeId,
        owner: r.owner,
        includeSupervisors: r.include_supervisors === 1,
        members: JSON.parse(r.members) as number[],
      }
    );
  }

  private insertScope(teamId: Uint8Array, s: ScopeInfo): void {
    this.db
      .prepare(
        `INSERT INTO scopes (team_id, scope_id, owner, include_supervisors, members) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (team_id, scope_id) DO UPDATE SET
           include_supervisors = excluded.include_supervisors, members = excluded.members`,
      )
      .run(
        buf(teamId),
        s.scopeId,
        s.owner,
        s.includeSupervisors ? 1 : 0,
        JSON.stringify([...new Set(s.members)].sort((a, b) => a - b)),
      );
  }

  private ownedScopes(teamId: Uint8Array, owner: number): number {
    const r = this.db
      .prepare('SELECT count(*) AS n FROM scopes WHERE team_id = ? AND owner = ?')
      .get(buf(teamId), owner) as { n: number };
    return r.n;
  }

  async setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor = false,
    quotas: Quotas = DEFAULT_QUOTAS,
  ): Promise<ScopeSetOutcome> {
    const result = this.db
      .transaction((): ScopeSetOutcome => {
        const existing = this.scopeRow(teamId, scope.scopeId);
        const owned = existing ? 0 : this.ownedScopes(teamId, by);
        const team = teamKey(teamId);
        const verdict = judgeScopeSet(
          team,
          scope.scopeId,
          existing,
          by,
          bySupervisor,
          owned,
          quotas,
        );
        if (typeof verdict === 'string') return verdict;
        this.insertScope(teamId, { ...scope, owner: verdict.owner });
        return 'ok';
      })
      .immediate();
    if (result === 'ok') this.emit({ type: 'scopes', team: teamKey(teamId) });
    return result;
  }

  async eraseScope(
    teamId: Uint8Array,
    scopeId: string,
    by: number,
    bySupervisor: boolean,
    nowSeconds: number,
  ): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }> {
    const team = buf(teamId);
    const result = this.db
      .transaction(() => {
        if (!mayErase(this.scopeRow(teamId, scopeId), by, bySupervisor)) {
          return { outcome: 'forbidden' as const, deleted: 0 };
        }
        const deleted = this.deleteEntries(team, 'scope_id = ?', [scopeId]);
        this.db.prepare('DELETE FROM docs WHERE team_id = ? AND scope_id = ?').run(team, scopeId);
        this.db.prepare('DELETE FROM scopes WHERE team_id = ? AND scope_id = ?').run(team, scopeId);
        this.db
          .prepare(
            'INSERT OR IGNORE INTO erased_scopes (team_id, scope_id, erased_by, erased_at) VALUES (?, ?, ?, ?)',
          )
          .run(team, scopeId, by, nowSeconds);
        return { outcome: 'ok' as const, deleted };
      })
      .immediate();
    // secure_delete zeroes the freed pages; a checkpoint moves them out of the WAL too.
    if (result.outcome === 'ok') {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.emit({ type: 'scopes', team: teamKey(teamId) });
    }
    return result;
  }

  async teamSeq(teamId: Uint8Array): Promise<number> {
    const r = this.db.prepare('SELECT last_seq FROM teams WHERE team_id = ?').get(buf(teamId)) as
      { last_seq: number } | undefined;
    return r?.last_seq ?? 0;
  }

  /** Deletes a team's entries matching `where` and takes their bytes off the team's count. */
  private deleteEntries(team: Buffer, where: string, params: unknown[]): number {
    const { bytes } = this.db
      .prepare(
        `SELECT coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE team_id = ? AND ${where}`,
      )
      .get(team, ...params) as { bytes: number };
    const deleted = this.db
      .prepare(`DELETE FROM entries WHERE team_id = ? AND ${where}`)
      .run(team, ...params).changes;
    this.db
      .prepare('UPDATE teams SET bytes_used = max(0, bytes_used - ?) WHERE team_id = ?')
      .run(bytes, team);
    return deleted;
  }

  async append(
    teamId: Uint8Array,
    author: number,
    entries: OutEntry[],
    policy: WritePolicy,
  ): Promise<AppendOutcome> {
    const team = buf(teamId);
    const findDup = this.db.prepare('SELECT seq FROM entries WHERE team_id = ? AND update_id = ?');
    const docScope = this.db.prepare('SELECT scope_id FROM docs WHERE team_id = ? AND doc_id = ?');
    const erased = this.db.prepare(
      'SELECT 1 FROM erased_scopes WHERE team_id = ? AND scope_id = ?',
    );
    const insertDoc = this.db.prepare(
      'INSERT INTO docs (team_id, doc_id, scope_id) VALUES (?, ?, ?)',
    );
    const insert = this.db.prepare(
      `INSERT INTO entries (team_id, seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const outcome = this.db
      .transaction((): AppendOutcome => {
        const row = this.db
          .prepare('SELECT last_seq, bytes_used FROM teams WHERE team_id = ?')
          .get(team) as { last_seq: number; bytes_used: number };
        const tally = new AppendTally(
          author,
          {
            teamIdHex: teamKey(teamId),
            head: row.last_seq,
            usedBytes: row.bytes_used,
            ownedScopes: this.ownedScopes(teamId, author),
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
            scope: this.scopeRow(teamId, e.scopeId),
          });
          if (verdict.status !== 'store') continue;
          if (verdict.createScope) this.insertScope(teamId, verdict.createScope);
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
          this.db
            .prepare('UPDATE teams SET last_seq = ?, bytes_used = ? WHERE team_id = ?')
            .run(head, usedBytes, team);
        }
        return tally.outcome();
      })
      .immediate();
    const key = teamKey(teamId);
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
    return this.db
      .transaction((): number => {
        const row = this.db
          .prepare(
            'SELECT author, aux, scope_id FROM entries WHERE team_id = ? AND seq = ? AND doc_id = ? AND kind = ?',
          )
          .get(team, seq, docId, EntryKind.Snapshot) as
          { author: number; aux: number; scope_id: string } | undefined;
        const facts = row && {
          author: row.author,
          covers: row.aux,
          scope: this.scopeRow(teamId, row.scope_id),
        };
        const covers = confirmedCover(facts, by, canRead);
        if (covers === undefined) return 0;
        const { where, params } = obsoleteUnder(docId, covers, seq);
        return this.deleteEntries(team, where, params);
      })
      .immediate();
  }

  async teamBytes(teamId: Uint8Array): Promise<number> {
    const r = this.db.prepare('SELECT bytes_used FROM teams WHERE team_id = ?').get(buf(teamId)) as
      { bytes_used: number } | undefined;
    return r?.bytes_used ?? 0;
  }

  private where(q: ReadQuery): string {
    return `team_id = @team AND seq > @after AND seq <= @head
      AND scope_id IN (SELECT value FROM json_each(@scopes))
      ${q.scopeId ? 'AND scope_id = @scopeId' : ''}
      AND (kind != 3 OR aux = @member OR author = @member)
      ${q.includeOwn ? '' : 'AND author != @member'}`;
  }

  private params(teamId: Uint8Array, q: ReadQuery, head: number): Record<string, unknown> {
    return {
      team: buf(teamId),
      after: q.after,
      head,
      scopes: JSON.stringify(q.scopes),
      member: q.member,
      ...(q.scopeId ? { scopeId: q.scopeId } : {}),
    };
  }

  async read(teamId: Uint8Array, q: ReadQuery): Promise<ReadResult> {
    const head = await this.teamSeq(teamId);
    const rows = this.db
      .prepare(
        `SELECT seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body FROM entries
         WHERE ${this.where(q)} ORDER BY seq LIMIT ${Math.max(1, Math.floor(q.maxCount)) + 1}`,
      )
      .all(this.params(teamId, q, head)) as EntryRow[];
    return pageOf(rows.map(toEntry), q, head);
  }

  async summary(teamId: Uint8Array, q: ReadQuery): Promise<{ count: number; bytes: number }> {
    const head = await this.teamSeq(teamId);
    const r = this.db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(length(body)), 0) AS bytes FROM entries WHERE ${this.where(q)}`,
      )
      .get(this.params(teamId, q, head)) as { n: number; bytes: number };
    return { count: r.n, bytes: r.bytes };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}

/**
 * What a confirmed snapshot at `seq`, covering `covers`, makes obsolete in its document: the
 * updates it covers and the snapshots stored before it (`?` placeholders, for both stores).
 */
export function obsoleteUnder(
  docId: string,
  covers: number,
  seq: number,
): { where: string; params: unknown[] } {
  return {
    where: 'doc_id = ? AND ((kind = ? AND seq <= ?) OR (kind = ? AND seq < ?))',
    params: [docId, EntryKind.Update, covers, EntryKind.Snapshot, seq],
  };
}

/** Cuts a page under the byte limit; `rows` may hold one more than maxCount (to know if done). */
export function pageOf(rows: StoredEntry[], q: ReadQuery, head: number): ReadResult {
  const entries: StoredEntry[] = [];
  let bytes = 0;
  for (const e of rows) {
    if (entries.length >= q.maxCount) break;
    const size = e.body.length + 200;
    if (entries.length > 0 && bytes + size > q.maxBytes) break;
    entries.push(e);
    bytes += size;
  }
  const done = entries.length === rows.length;
  const last = entries[entries.length - 1];
  return { entries, scannedTo: done ? Math.max(head, q.after) : (last?.seq ?? q.after), done };
}

/** The entries an append stored, with the sequence numbers it gave them. */
export function storedEntries(
  author: number,
  entries: OutEntry[],
  outcome: AppendOutcome,
): StoredEntry[] {
  const out: StoredEntry[] = [];
  outcome.results.forEach((r, i) => {
    const e = entries[i];
    if (e && r.status === AckStatus.Stored) out.push({ ...e, seq: r.seq, author });
  });
  return out;
}
