import pg from 'pg';
import { systemClock, type Clock } from '../../shared/clock';
import type { MemberInfo, OutEntry, ScopeInfo } from '../../shared/sync';
import { randomBytes } from '../../shared/crypto/random';
import { DEFAULT_QUOTAS, type Quotas } from './acceptance';
import { PostgresChunks } from './chunks-postgres';
import { inTransaction, type PostgresContext } from './context-postgres';
import * as deletion from './deletion-postgres';
import * as entries from './entries-postgres';
import { PostgresFanOut } from './fan-out-postgres';
import * as members from './members-postgres';
import { LATEST_VERSION, migratePostgres } from './migrations';
import * as roster from './roster-postgres';
import { buf } from './rows';
import * as scopes from './scopes-postgres';
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
 * PostgreSQL storage for several relay processes on one database. Sequence numbers are per team
 * and assigned under the team row's lock (SELECT … FOR UPDATE), so they commit in order: a reader
 * whose cursor is N never later finds an entry N−1 that committed after it looked (which a plain
 * sequence would allow). Each commit that stored entries or changed members or scopes sends a
 * NOTIFY; every process LISTENs and wakes its own connections of that team. The schema is the
 * numbered migrations in ./migrations; what is accepted is decided in ./acceptance.ts. The
 * queries are in members-, roster-, scopes-, entries- and deletion-postgres.ts; the NOTIFY and
 * LISTEN in fan-out-postgres.ts.
 */
const SCHEMA_LOCK = 7_240_001;

export class PostgresStorage implements SyncStorage {
  readonly kind = 'postgres';
  private id: Uint8Array = new Uint8Array(16);
  private readonly fanOut: PostgresFanOut;
  private readonly ctx: PostgresContext;
  readonly chunks: PostgresChunks;

  private constructor(
    private readonly pool: pg.Pool,
    url: string,
  ) {
    this.chunks = new PostgresChunks(pool);
    const fanOut = new PostgresFanOut(url);
    this.fanOut = fanOut;
    this.ctx = {
      pool,
      tx: (fn) => inTransaction(pool, fn),
      notify: (q, event) => fanOut.notify(q, event),
      emit: (event) => fanOut.emit(event),
    };
  }

  /**
   * `options.clock`: the wall clock (ms since the epoch) that stamps when a migration was applied;
   * the system clock unless given. When a team was created and a member joined are the database's
   * own `now()` (column defaults, never compared with the relay's time).
   */
  static async open(url: string, options: { clock?: Clock } = {}): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const storage = new PostgresStorage(pool, url);
    await storage.init(options.clock ?? systemClock);
    return storage;
  }

  private async init(clock: Clock): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
      try {
        await migratePostgres(client, LATEST_VERSION, clock);
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
    await this.fanOut.listen();
  }

  onEvent(listener: (event: StorageEvent) => void): void {
    this.fanOut.onEvent(listener);
  }

  async serverId(): Promise<Uint8Array> {
    return this.id;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  createTeam(
    teamId: Uint8Array,
    founder: { signPk: Uint8Array; boxPk: Uint8Array },
  ): Promise<MemberInfo | 'exists'> {
    return members.createTeam(this.ctx, teamId, founder);
  }

  createInvite(teamId: Uint8Array, invite: InviteRecord): Promise<boolean> {
    return members.createInvite(this.ctx, teamId, invite);
  }

  join(
    teamId: Uint8Array,
    inviteAuthHash: Uint8Array,
    member: NewMember,
    nowSeconds: number,
    maxWrongSecrets = 0,
  ): Promise<MemberInfo | 'bad-invite' | 'burned' | 'exists'> {
    return members.join(this.ctx, teamId, inviteAuthHash, member, nowSeconds, maxWrongSecrets);
  }

  members(teamId: Uint8Array): Promise<MemberInfo[]> {
    return members.members(this.ctx, teamId);
  }

  removeMember(teamId: Uint8Array, memberNo: number): Promise<boolean> {
    return members.removeMember(this.ctx, teamId, memberNo);
  }

  rosterLength(teamId: Uint8Array): Promise<number> {
    return roster.rosterLength(this.ctx, teamId);
  }

  roster(teamId: Uint8Array, from: number, limit: number): Promise<Uint8Array[]> {
    return roster.roster(this.ctx, teamId, from, limit);
  }

  appendRoster(teamId: Uint8Array, index: number, event: Uint8Array): Promise<'ok' | 'conflict'> {
    return roster.appendRoster(this.ctx, teamId, index, event);
  }

  scopes(teamId: Uint8Array): Promise<ScopeInfo[]> {
    return scopes.scopes(this.ctx, teamId);
  }

  setScope(
    teamId: Uint8Array,
    scope: ScopeInfo,
    by: number,
    bySupervisor = false,
    quotas: Quotas = DEFAULT_QUOTAS,
  ): Promise<ScopeSetOutcome> {
    return scopes.setScope(this.ctx, teamId, scope, by, bySupervisor, quotas);
  }

  eraseScope(
    teamId: Uint8Array,
    scopeId: string,
    by: number,
    bySupervisor: boolean,
    nowSeconds: number,
  ): Promise<{ outcome: 'ok' | 'forbidden'; deleted: number }> {
    return deletion.eraseScope(this.ctx, teamId, scopeId, by, bySupervisor, nowSeconds);
  }

  teamSeq(teamId: Uint8Array): Promise<number> {
    return entries.teamSeq(this.ctx, teamId);
  }

  append(
    teamId: Uint8Array,
    author: number,
    outEntries: OutEntry[],
    policy: WritePolicy,
  ): Promise<AppendOutcome> {
    return entries.append(this.ctx, teamId, author, outEntries, policy);
  }

  confirmSnapshot(
    teamId: Uint8Array,
    docId: string,
    seq: number,
    by: number,
    canRead: (scope: ScopeInfo) => boolean,
  ): Promise<number> {
    return deletion.confirmSnapshot(this.ctx, teamId, docId, seq, by, canRead);
  }

  teamBytes(teamId: Uint8Array): Promise<number> {
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
    await this.fanOut.close();
    await this.pool.end();
  }
}
