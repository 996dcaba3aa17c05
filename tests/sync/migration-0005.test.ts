import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type SqliteDatabase } from '../../electron/core/store';
import { tempDir } from './support/harness';

describe('migration 0005', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;

  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('0005 adds the sync outbox, state, quarantine and traffic tables', () => {
    migrate(db, 4);
    expect(migrate(db, 5)).toBe(5);
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
        name: string;
      }>
    ).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'sync_outbox',
        'sync_state',
        'sync_scopes_seen',
        'sync_docs',
        'sync_quarantine',
        'sync_traffic',
      ]),
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO sync_outbox (doc_id, kind, key_id, blob, created_at) VALUES ('d', 'bogus', 'k', x'00', 0)",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
