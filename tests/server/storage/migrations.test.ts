import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migratePostgres, migrateSqlite } from '../../../server/storage/migrations';
import { SqliteStorage } from '../../../server/storage/sqlite';

/**
 * Each numbered migration (server/storage/migrations) upgrades a database written by the version
 * before it and keeps its data, on SQLite and on PostgreSQL. The rows are written as the older
 * relay wrote them; what they must read as afterwards is checked after the upgrade.
 */
const TEAM = Buffer.alloc(16, 7);
const BODY_A = Buffer.alloc(300, 1);
const BODY_B = Buffer.alloc(200, 2);

/** One database, either back-end: `?` placeholders, rows as plain objects. */
interface Db {
  run(sql: string, params?: unknown[]): Promise<void>;
  all(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  migrate(target: number): Promise<number>;
}

/** What every version since 0001 holds: a team, its founder, an invite and two entries. */
async function seedVersion1(db: Db, sqlite: boolean): Promise<void> {
  const now = sqlite ? [Date.now()] : [];
  await db.run(
    `INSERT INTO teams (team_id, last_seq, next_member${sqlite ? ', created_at' : ''})
     VALUES (?, 2, 2${sqlite ? ', ?' : ''})`,
    [TEAM, ...now],
  );
  await db.run(
    `INSERT INTO members (team_id, member_no, role, sign_pk, box_pk, invite_id, join_mac${sqlite ? ', joined_at' : ''})
     VALUES (?, 1, 1, ?, ?, ?, ?${sqlite ? ', ?' : ''})`,
    [TEAM, Buffer.alloc(32, 1), Buffer.alloc(32, 2), Buffer.alloc(16), Buffer.alloc(32), ...now],
  );
  await db.run(
    `INSERT INTO invites (team_id, invite_id, role, auth_hash, created_by, expires_at)
     VALUES (?, ?, 2, ?, 1, 4102444800)`,
    [TEAM, Buffer.alloc(16, 9), Buffer.alloc(32, 3)],
  );
  for (const [seq, body] of [
    [1, BODY_A],
    [2, BODY_B],
  ] as const) {
    await db.run(
      `INSERT INTO entries (team_id, seq, doc_id, scope_id, kind, update_id, key_id, aux, author, sig, body)
       VALUES (?, ?, 'doc-1', 'case-1', 1, ?, 'k1', 0, 1, ?, ?)`,
      [TEAM, seq, Buffer.alloc(16, seq), Buffer.alloc(64), body],
    );
  }
}

/** The migrations' tests, the same for both back-ends. */
function migrationTests(open: () => Promise<Db>, sqlite: boolean): void {
  async function at(version: number): Promise<Db> {
    const db = await open();
    await db.migrate(version);
    await seedVersion1(db, sqlite);
    return db;
  }

  const kept = async (db: Db): Promise<void> => {
    const entries = await db.all('SELECT seq, body FROM entries ORDER BY seq');
    expect(entries.map((e) => Number(e.seq))).toEqual([1, 2]);
    expect(Buffer.from(entries[0]?.body as Buffer).equals(BODY_A)).toBe(true);
    expect(await db.all('SELECT member_no FROM members')).toHaveLength(1);
  };

  it('0001 records the initial schema, and a database is brought to the latest version once', async () => {
    const db = await at(1);
    expect(await db.migrate(LATEST_VERSION)).toBe(1);
    expect(await db.migrate(LATEST_VERSION)).toBe(LATEST_VERSION);
    const versions = await db.all('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => Number(v.version))).toEqual(
      Array.from({ length: LATEST_VERSION }, (_, i) => i + 1),
    );
    await kept(db);
  });

  it('0002 counts wrong invite secrets, starting at zero for the invites already there', async () => {
    const db = await at(1);
    await db.migrate(2);
    const [invite] = await db.all('SELECT failed_attempts FROM invites');
    expect(Number(invite?.failed_attempts)).toBe(0);
    await kept(db);
  });

  it('0003 adds the roster log next to the data already there', async () => {
    const db = await at(2);
    await db.migrate(3);
    await db.run('INSERT INTO roster (team_id, idx, event) VALUES (?, 0, ?)', [
      TEAM,
      Buffer.from([1]),
    ]);
    expect(await db.all('SELECT idx FROM roster')).toHaveLength(1);
    await kept(db);
  });

  it("0004 counts each team's stored bytes from the entries it already holds", async () => {
    const db = await at(3);
    await db.migrate(4);
    const [team] = await db.all('SELECT bytes_used FROM teams');
    expect(Number(team?.bytes_used)).toBe(BODY_A.length + BODY_B.length);
    await kept(db);
  });
}

describe('numbered relay migrations on SQLite', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const open = async (): Promise<Db> => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-migrate-'));
    dirs.push(dir);
    const db = new Database(join(dir, 'relay.sqlite'));
    return {
      run: async (sql, params = []) => void db.prepare(sql).run(...params),
      all: async (sql, params = []) =>
        db.prepare(sql).all(...params) as Array<Record<string, unknown>>,
      migrate: async (target) => migrateSqlite(db, target),
    };
  };
  migrationTests(open, true);

  it('a database from before numbered migrations opens with its data and is recorded as current', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-migrate-'));
    dirs.push(dir);
    // The schema as the relay wrote it before numbering: tables made with IF NOT EXISTS, the
    // invite counter added on open, the roster table just added, no ledger.
    const db = new Database(join(dir, 'relay.sqlite'));
    migrateSqlite(db, 3);
    db.exec('DROP TABLE schema_migrations');
    const legacy: Db = {
      run: async (sql, params = []) => void db.prepare(sql).run(...params),
      all: async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>,
      migrate: async () => 0,
    };
    await seedVersion1(legacy, true);
    db.close();
    const storage = new SqliteStorage(dir);
    expect((await storage.members(TEAM)).map((m) => m.memberNo)).toEqual([1]);
    expect(await storage.teamSeq(TEAM)).toBe(2);
    expect(await storage.teamBytes(TEAM)).toBe(BODY_A.length + BODY_B.length);
    await storage.close();
  });
});

const url = process.env.DATABASE_URL;
const skip = process.env.PENDAMPING_SKIP_POSTGRES === '1';

describe.skipIf(skip)('numbered relay migrations on PostgreSQL', () => {
  const clients: pg.Client[] = [];
  let admin: pg.Client | undefined;
  const schemas: string[] = [];

  beforeAll(async () => {
    if (!url) {
      throw new Error(
        'DATABASE_URL is not set: start one with scripts/start-postgres.sh, or set PENDAMPING_SKIP_POSTGRES=1 to skip the PostgreSQL tests explicitly',
      );
    }
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    for (const c of clients) await c.end();
    for (const s of schemas) await admin?.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin?.end();
  });

  /** Each database is a fresh schema of the test database, so tests never see each other. */
  const open = async (): Promise<Db> => {
    const schema = `migrate_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    await admin?.query(`CREATE SCHEMA ${schema}`);
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    clients.push(client);
    const numbered = (sql: string): string => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    return {
      run: async (sql, params = []) => void (await client.query(numbered(sql), params)),
      all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows,
      migrate: (target) => migratePostgres(client, target),
    };
  };
  migrationTests(open, false);
});
