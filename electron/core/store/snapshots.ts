import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './database';

export interface SnapshotRow {
  keyId: string;
  throughSeq: number;
  blob: Buffer;
}

/** One encrypted snapshot per document: the merged state of every update up to `throughSeq`. */
export class Snapshots {
  private readonly select: Statement<
    [string],
    { key_id: string; through_seq: number; blob: Buffer }
  >;
  private readonly upsert: Statement<[string, string, number, Buffer]>;
  private readonly remove: Statement<[string]>;

  constructor(db: SqliteDatabase) {
    this.select = db.prepare('SELECT key_id, through_seq, blob FROM snapshots WHERE doc_id = ?');
    this.upsert = db.prepare(`
      INSERT INTO snapshots (doc_id, key_id, through_seq, blob) VALUES (?, ?, ?, ?)
      ON CONFLICT (doc_id) DO UPDATE SET
        key_id = excluded.key_id, through_seq = excluded.through_seq, blob = excluded.blob`);
    this.remove = db.prepare('DELETE FROM snapshots WHERE doc_id = ?');
  }

  get(docId: string): SnapshotRow | undefined {
    const r = this.select.get(docId);
    return r && { keyId: r.key_id, throughSeq: r.through_seq, blob: r.blob };
  }

  put(docId: string, keyId: string, throughSeq: number, blob: Buffer): void {
    this.upsert.run(docId, keyId, throughSeq, blob);
  }

  delete(docId: string): void {
    this.remove.run(docId);
  }
}
