import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database';

export interface UpdateRow {
  seq: number;
  keyId: string;
  blob: Buffer;
}

/**
 * The append-only log of encrypted Yjs updates: one row per persisted update, read back in order.
 * Knows SQL only; sealing and opening happen in the Store.
 */
export class UpdateLog {
  private readonly insert: Statement<[string, string, Buffer]>;
  private readonly selectByDoc: Statement<[string], { seq: number; key_id: string; blob: Buffer }>;
  private readonly countByDoc: Statement<[string], { n: number; bytes: number }>;
  private readonly deleteCovered: Statement<[{ docId: string; throughSeq: number }]>;
  private readonly deleteAll: Statement<[string]>;

  constructor(db: SqliteDatabase) {
    this.insert = db.prepare('INSERT INTO updates (doc_id, key_id, blob) VALUES (?, ?, ?)');
    this.selectByDoc = db.prepare(
      'SELECT seq, key_id, blob FROM updates WHERE doc_id = ? ORDER BY seq',
    );
    this.countByDoc = db.prepare(
      'SELECT count(*) AS n, coalesce(sum(length(blob)), 0) AS bytes FROM updates WHERE doc_id = ?',
    );
    // Rows that are known problems survive compaction: a key that arrives later may read them.
    this.deleteCovered = db.prepare(`
      DELETE FROM updates WHERE doc_id = @docId AND seq <= @throughSeq AND seq NOT IN
        (SELECT seq FROM row_problems WHERE doc_id = @docId AND row_kind = 'update')`);
    this.deleteAll = db.prepare('DELETE FROM updates WHERE doc_id = ?');
  }

  append(docId: string, keyId: string, blob: Buffer): number {
    return Number(this.insert.run(docId, keyId, blob).lastInsertRowid);
  }

  rows(docId: string): UpdateRow[] {
    return this.selectByDoc.all(docId).map((r) => ({ seq: r.seq, keyId: r.key_id, blob: r.blob }));
  }

  stats(docId: string): { count: number; bytes: number } {
    const r = this.countByDoc.get(docId);
    return { count: r?.n ?? 0, bytes: r?.bytes ?? 0 };
  }

  deleteThrough(docId: string, throughSeq: number): number {
    return this.deleteCovered.run({ docId, throughSeq }).changes;
  }

  deleteDocument(docId: string): void {
    this.deleteAll.run(docId);
  }
}
