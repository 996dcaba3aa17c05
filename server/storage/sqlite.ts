import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock, type Clock } from '../../shared/clock';
import type { MemberInfo, OutEntry, ScopeInfo } from '../../shared/sync';
import { randomBytes } from '../../shared/crypto/random';
import { DEFAULT_QUOTAS, type Quotas } from './acceptance';
import { SqliteChunks } from './chunks-sqlite';
import type { SqliteContext } from './context-sqlite';
import * as deletion from './deletion-sqlite';
import * as entries from './entries-sqlite';
import * as members from './members-sqlite';
import { LATEST_VERSION, migrateSqlite } from './migrations';
import * as roster from './roster-sqlite';
import { buf, u8 } from './rows';
import * as scopes from './scopes-sqlite';
import type {
  AppendOutcome,
  InviteRecord,
  NewMember,
  ReadQuery,
  ReadResult,
  ScopeSetOutcome,
  StorageEvent,
  SyncStorage,
  WritePolicy,
} from './types';

/**
 * The embedded store: one SQLite file in the data directory, WAL with synchronous=FULL so an
 * acknowledged entry survives a crash of the process and of the machine. One process only (for
 * several processes use PostgreSQL). Every call is synchronous inside; the async signatures are
 * the interface shared with the PostgreSQL store. The schema is the numbered migrations in
 * ./migrations; what is accepted is decided in ./acceptance.ts. The queries are in
 * members-, roster-, scopes-, entries- and deletion-sqlite.ts.
 */
export class SqliteStorage implements SyncStorage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly events = new EventEmitter();
  private readonly id: Uint8Array;
  private readonly ctx: SqliteContext;
  readonly chunks: SqliteChunks;

  /**
   * `options.clock`: the wall clock (ms since the epoch) that stamps when a team was created, a
   * member joined and a migration was applied; the system clock unless given.
   */
  constructor(dataDir: string, options: { clock?: Clock } = {}) {
    const clock = options.clock ?? systemClock;
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'relay.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON');
    migrateSqlite(this.db, LATEST_VERSION, clock);
    this.ctx = { db: this.db, clock, emit: (event) => this.events.emit('event', event) };
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

  onEvent(listener: (event: StorageEvent) => void): void {
    this.events.on('event', listener);
  }

  async createTeam(
    teamId: Uint8Array,
    founder: { signPk: Uint8Array; boxPk: Uint8Array },
  ): Promise<MemberInfo | 'exists'> {
    return members.createTeam(this.ctx, teamId, founder);
  }

  async createInvite(teamId: Uint8Array, invite: InviteRecord): Promise<boolean> {
    return members.createInvite(this.ctx, teamId, invite);
  }

  async join(
    teamId: Uint8Array,
    inviteAuthHash: Uint8Array,
    member: NewMember,
    nowSeconds: number,
    maxWrongSecrets = 0,
  ): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'> {
    return members.join(this.ctx, teamId, inviteAuthHash, member, nowSeconds, maxWrongSecrets);
  }

  async members(teamId: Uint8Array): Promise<MemberInfo[]> {
    return members.members(this.ctx, teamId);
  }

  async removeMember(teamId: Uint8Array, memberNo: number): Promise<boolean> {
    return members.removeMember(this.ctx, teamId, memberNo);
  }

  async rosterLength(teamId: Uint8Array): Promise<number> {
    return roster.rosterLength(this.ctx, teamId);
  }

  async roster(teamId: Uint8Array, from: number, limit: number): Promise<Uint8Array[]> {
    return roster.roster(this.ctx, teamId, from, limit);
  }

  async appendRoster(
    teamId: Uint8Array,
    index: number,
    event: Uint8Array,
  ): Promise<'ok' | 'conflict'> {
    return roster.appendRoster(this.ctx, teamId, index, event);
  }

  async scopes(teamId: Uint8Array): Promise<ScopeInfo[]> {
    return scopes.scopes(this.ctx, teamId);
  }

  async setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor = false,
    quotas: Quotas = DEFAULT_QUOTAS,
  ): Promise<ScopeSetOutcome> {
    return scopes.setScope(this.ctx, teamId, scope, by, bySupervisor, quotas);
  }

  async eraseScope(
    teamId: Uint8Array,
    scopeId: string,
    by: number,
    bySupervisor: boolean,
    nowSeconds: number,
  ): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }> {
    return deletion.eraseScope(this.ctx, teamId, scopeId, by, bySupervisor, nowSeconds);
  }

  async teamSeq(teamId: Uint8Array): Promise<number> {
    return entries.teamSeq(this.ctx, teamId);
  }

  async append(
    teamId: Uint8Array,
    author: number,
    outEntries: OutEntry[],
    policy: WritePolicy,
  ): Promise<AppendOutcome> {
    return entries.append(this.ctx, teamId, author, outEntries, policy);
  }

  async confirmSnapshot(
    teamId: Uint8Array,
    docId: string,
    seq: number,
    by: number,
    canRead: (scope: ScopeInfo) => boolean,
  ): Promise<number> {
    return deletion.confirmSnapshot(this.ctx, teamId, docId, seq, by, canRead);
  }

  async teamBytes(teamId: Uint8Array): Promise<number> {
    return entries.teamBytes(this.ctx, teamId);
  }

  async read(teamId: Uint8Array, q: ReadQuery): Promise<ReadResult> {
    const head = await this.teamSeq(teamId);
    return entries.read(this.ctx, teamId, q, head);
  }

  async summary(teamId: Uint8Array, q: ReadQuery): Promise<{ count: number; bytes: number }> {
    const head = await this.teamSeq(teamId);
    return entries.summary(this.ctx, teamId, q, head);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    this.db.close();
  }
}
