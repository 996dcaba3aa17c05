import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initSodium, sealBound } from '../../../electron/core/crypto';
import {
  LATEST_VERSION,
  migrate,
  openDatabase,
  schemaVersion,
  Store,
  type SqliteDatabase,
} from '../../../electron/core/store';
import { TestKeys } from './support/keys';
import { tempDir, text, utf8 } from './support/temp';

const tables = (db: SqliteDatabase): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
      name: string;
    }>
  ).map((r) => r.name);

describe('schema migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let db: SqliteDatabase;

  beforeAll(initSodium);
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'notebook.sqlite');
    db = openDatabase(file);
  });
  afterEach(() => {
    if (db.open) db.close();
    tmp.cleanup();
  });

  it('0001 creates the update log and the snapshots and records version 1', () => {
    expect(migrate(db, 1)).toBe(1);
    expect(tables(db)).toEqual(expect.arrayContaining(['snapshots', 'updates']));
    expect(tables(db)).not.toContain('row_problems');
    expect(schemaVersion(db)).toBe(1);
  });

  it('0002 adds the quarantine table for rows that failed to decrypt', () => {
    migrate(db, 1);
    expect(migrate(db, 2)).toBe(2);
    expect(tables(db)).toContain('row_problems');
    db.prepare(
      "INSERT INTO row_problems VALUES ('doc-a', 'update', 1, 'failed authentication', 0)",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO row_problems VALUES ('doc-a', 'bogus', 2, 'x', 0)").run(),
    ).toThrow(/CHECK/);
  });

  it('0003 adds the document directory and backfills existing documents as unknown', () => {
    migrate(db, 2);
    db.prepare("INSERT INTO updates (doc_id, key_id, blob) VALUES ('doc-a', 'k', x'00')").run();
    db.prepare(
      "INSERT INTO snapshots (doc_id, key_id, through_seq, blob) VALUES ('doc-b', 'k', 0, x'00')",
    ).run();
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT doc_id, kind FROM documents ORDER BY doc_id').all()).toEqual([
      { doc_id: 'doc-a', kind: 'unknown' },
      { doc_id: 'doc-b', kind: 'unknown' },
    ]);
  });

  it('0004 adds sealed scope keys and the document-to-scope map', () => {
    migrate(db, 3);
    expect(tables(db)).not.toContain('scope_keys');
    expect(migrate(db, 4)).toBe(4);
    expect(tables(db)).toEqual(expect.arrayContaining(['scope_keys', 'doc_scopes']));
  });

  it('0005 adds the sync outbox, cursor, quarantine and traffic tables', () => {
    migrate(db, 4);
    expect(migrate(db, 5)).toBe(5);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['sync_outbox', 'sync_state', 'sync_quarantine', 'sync_traffic']),
    );
  });

  it('0006 adds key custody and erased scopes, and an erased scope is recorded once', () => {
    migrate(db, 5);
    expect(migrate(db, 6)).toBe(6);
    expect(tables(db)).toEqual(expect.arrayContaining(['key_custody', 'erased_scopes']));
    db.prepare("INSERT INTO erased_scopes VALUES ('case-a', 1)").run();
    expect(() => db.prepare("INSERT INTO erased_scopes VALUES ('case-a', 2)").run()).toThrow(
      /UNIQUE|PRIMARY/,
    );
  });

  it('0007 numbers the keys each scope already holds in the order this device took them in', () => {
    migrate(db, 6);
    const insert = db.prepare(
      'INSERT INTO scope_keys (scope_id, key_id, sealed, created_at) VALUES (?, ?, ?, ?)',
    );
    // Arrival order, not id order: 'b' came first; 'c' and 'd' arrived in the same millisecond.
    insert.run('case-a', 'b', new Uint8Array(1), 100);
    insert.run('case-a', 'a', new Uint8Array(1), 200);
    insert.run('case-b', 'z', new Uint8Array(1), 150);
    insert.run('case-a', 'd', new Uint8Array(1), 300);
    insert.run('case-a', 'c', new Uint8Array(1), 300);
    expect(migrate(db, 7)).toBe(7);
    expect(
      db.prepare('SELECT scope_id, key_id, generation FROM scope_keys ORDER BY id').all(),
    ).toEqual([
      { scope_id: 'case-a', key_id: 'b', generation: 1 },
      { scope_id: 'case-a', key_id: 'a', generation: 2 },
      { scope_id: 'case-b', key_id: 'z', generation: 1 },
      { scope_id: 'case-a', key_id: 'd', generation: 3 },
      { scope_id: 'case-a', key_id: 'c', generation: 4 },
    ]);
    insert.run('case-b', 'y', new Uint8Array(1), 400);
    expect(db.prepare("SELECT generation FROM scope_keys WHERE key_id = 'y'").get()).toEqual({
      generation: 0,
    });
  });

  it('runs each migration once: migrating an up-to-date database changes nothing', () => {
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('refuses a database from a newer version of the app', () => {
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this app knows/);
  });

  it('upgrades a version-1 database with rows, which all stay readable', () => {
    migrate(db, 1);
    const keys = new TestKeys();
    const { keyId, key } = keys.writeKey('doc-old');
    const insert = db.prepare('INSERT INTO updates (doc_id, key_id, blob) VALUES (?, ?, ?)');
    for (const word of ['halo', 'apa kabar']) {
      const blob = sealBound(key, utf8(word), { docId: 'doc-old', kind: 'update', keyId });
      insert.run('doc-old', keyId, Buffer.from(blob));
    }
    const snap = sealBound(key, utf8('snapshot lama'), {
      docId: 'doc-old',
      kind: 'snapshot',
      keyId,
    });
    db.prepare('INSERT INTO snapshots VALUES (?, ?, ?, ?)').run(
      'doc-old',
      keyId,
      0,
      Buffer.from(snap),
    );
    db.close();

    const store = Store.open(file, keys);
    try {
      const check = openDatabase(file, { readonly: true });
      expect(schemaVersion(check)).toBe(LATEST_VERSION);
      check.close();
      expect(store.listDocumentIds()).toEqual(['doc-old']);
      const loaded = store.loadDocument('doc-old');
      expect(loaded.snapshot && text(loaded.snapshot)).toBe('snapshot lama');
      expect(loaded.updates.map(text)).toEqual(['halo', 'apa kabar']);
      expect(loaded.problems).toEqual([]);
      store.appendUpdate('doc-old', utf8('baru'));
      expect(store.loadDocument('doc-old').updates.map(text)).toEqual([
        'halo',
        'apa kabar',
        'baru',
      ]);
    } finally {
      store.close();
    }
  });
});
