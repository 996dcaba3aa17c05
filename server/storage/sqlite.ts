import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  AckStatus,
  EntryKind,
  ErrorCode,
  type AckResult,
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
  type StorageEvent,
  type SyncStorage,
  type WritePolicy,
} from './types';

/**
 * The embedded store: one SQLite file in the data directory, WAL with synchronous=FULL so an
 * acknowledged entry survives a crash of the process and of the machine. One process only (for
 * several processes use PostgreSQL). Every call is synchronous inside; the async signatures are
 * the interface shared with the PostgreSQL store.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS teams (
    team_id BLOB PRIMARY KEY, last_seq INTEGER NOT NULL, next_member INTEGER NOT NULL,
    created_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS members (
    team_id BLOB NOT NULL, member_no INTEGER NOT NULL, role INTEGER NOT NULL,
    sign_pk BLOB NOT NULL, box_pk BLOB NOT NULL, invite_id BLOB NOT NULL, join_mac BLOB NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0, joined_at INTEGER NOT NULL,
    PRIMARY KEY (team_id, member_no), UNIQUE (team_id, sign_pk)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS invites (
    team_id BLOB NOT NULL, invite_id BLOB NOT NULL, role INTEGER NOT NULL, auth_hash BLOB NOT NULL,
    created_by INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_by INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (team_id, invite_id)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS scopes (
    team_id BLOB NOT NULL, scope_id TEXT NOT NULL, owner INTEGER NOT NULL,
    include_supervisors INTEGER NOT NULL, members TEXT NOT NULL,
    PRIMARY KEY (team_id, scope_id)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS docs (
    team_id BLOB NOT NULL, doc_id TEXT NOT NULL, scope_id TEXT NOT NULL,
    PRIMARY KEY (team_id, doc_id)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY, team_id BLOB NOT NULL, seq INTEGER NOT NULL, doc_id TEXT NOT NULL,
    scope_id TEXT NOT NULL, kind INTEGER NOT NULL, update_id BLOB NOT NULL, key_id TEXT NOT NULL,
    aux INTEGER NOT NULL, author INTEGER NOT NULL, sig BLOB NOT NULL, body BLOB NOT NULL);
  CREATE UNIQUE INDEX IF NOT EXISTS entries_by_seq ON entries (team_id, seq);
  CREATE UNIQUE INDEX IF NOT EXISTS entries_by_update ON entries (team_id, update_id);
  CREATE INDEX IF NOT EXISTS entries_by_doc ON entries (team_id, doc_id, kind, seq);
  CREATE TABLE IF NOT EXISTS erased_scopes (
    team_id BLOB NOT NULL, scope_id TEXT NOT NULL, erased_by INTEGER NOT NULL,
    erased_at INTEGER NOT NULL, PRIMARY KEY (team_id, scope_id)) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS roster (
    team_id BLOB NOT NULL, idx INTEGER NOT NULL, event BLOB NOT NULL,
    PRIMARY KEY (team_id, idx)) WITHOUT ROWID;
`;

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

/** Columns added after a table was first created (CREATE TABLE IF NOT EXISTS skips them). */
function migrate(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(invites)').all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'failed_attempts')) {
    db.exec('ALTER TABLE invites ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0');
  }
}

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

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'relay.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON');
    this.db.exec(SCHEMA);
    migrate(this.db);
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

  async setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor = false,
  ): Promise<'ok' | 'forbidden'> {
    const result = this.db
      .transaction(() => {
        const existing = this.scopeRow(teamId, scope.scopeId);
        if (existing && existing.owner !== by && !bySupervisor) return 'forbidden' as const;
        this.insertScope(teamId, { ...scope, owner: existing?.owner ?? by });
        return 'ok' as const;
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
        const existing = this.scopeRow(teamId, scopeId);
        if (existing && existing.owner !== by && !bySupervisor) {
          return { outcome: 'forbidden' as const, deleted: 0 };
        }
        const deleted = this.db
          .prepare('DELETE FROM entries WHERE team_id = ? AND scope_id = ?')
          .run(team, scopeId).changes;
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
    const prune = this.db.prepare(
      `DELETE FROM entries WHERE team_id = ? AND doc_id = ? AND
         ((kind = 1 AND seq <= ?) OR (kind = 2 AND seq < ?))`,
    );
    const outcome = this.db
      .transaction((): AppendOutcome => {
        const head = this.db.prepare('SELECT last_seq FROM teams WHERE team_id = ?').get(team) as {
          last_seq: number;
        };
        let lastSeq = head.last_seq;
        let stored = 0;
        let scopesCreated = false;
        const results: AckResult[] = entries.map((e) => {
          const refuse = (code: ErrorCode): AckResult => ({
            updateId: e.updateId,
            seq: 0,
            status: AckStatus.Refused,
            code,
          });
          const dup = findDup.get(team, buf(e.updateId)) as { seq: number } | undefined;
          if (dup)
            return { updateId: e.updateId, seq: dup.seq, status: AckStatus.Duplicate, code: 0 };
          if (erased.get(team, e.scopeId)) return refuse(ErrorCode.Erased);
          const bound = docScope.get(team, e.docId) as { scope_id: string } | undefined;
          if (bound && bound.scope_id !== e.scopeId) return refuse(ErrorCode.Conflict);
          if (e.kind === EntryKind.Key) {
            if (e.docId !== e.scopeId) return refuse(ErrorCode.BadFrame);
            if (!policy.isMember(e.aux)) return refuse(ErrorCode.NotFound);
          }
          if (e.kind === EntryKind.Snapshot && e.aux > lastSeq) return refuse(ErrorCode.BadFrame);
          let scope = this.scopeRow(teamId, e.scopeId);
          if (!scope) {
            scope = { scopeId: e.scopeId, owner: author, includeSupervisors: true, members: [] };
            if (!policy.canWrite(scope)) return refuse(ErrorCode.Forbidden);
            this.insertScope(teamId, scope);
            scopesCreated = true;
          } else if (!policy.canWrite(scope)) {
            return refuse(ErrorCode.Forbidden);
          }
          const seq = ++lastSeq;
          insert.run(
            team,
            seq,
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
          if (!bound) insertDoc.run(team, e.docId, e.scopeId);
          if (e.kind === EntryKind.Snapshot) prune.run(team, e.docId, e.aux, seq);
          stored++;
          return { updateId: e.updateId, seq, status: AckStatus.Stored, code: 0 };
        });
        if (lastSeq !== head.last_seq) {
          this.db.prepare('UPDATE teams SET last_seq = ? WHERE team_id = ?').run(lastSeq, team);
        }
        return { results, lastSeq, stored, scopesCreated };
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
