import type Database from 'better-sqlite3';
import type { ChunkPutOutcome, ChunkStore } from './chunks';

const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Attachment chunks in the embedded relay's SQLite file (synchronous=FULL: durable on return). */
export class SqliteChunks implements ChunkStore {
  constructor(private readonly db: Database.Database) {}

  async have(teamId: Uint8Array, scopeId: string, attachmentId: string): Promise<number[]> {
    return (
      this.db
        .prepare(
          `SELECT idx FROM attachment_chunks
           WHERE team_id = ? AND scope_id = ? AND attachment_id = ? ORDER BY idx`,
        )
        .all(buf(teamId), scopeId, attachmentId) as Array<{ idx: number }>
    ).map((r) => r.idx);
  }

  async put(teamId: Uint8Array, c: Parameters<ChunkStore['put']>[1]): Promise<ChunkPutOutcome> {
    const team = buf(teamId);
    return this.db
      .transaction((): ChunkPutOutcome => {
        const first = this.db
          .prepare(
            `SELECT chunk_count AS count, max(idx = ?) AS here FROM attachment_chunks
             WHERE team_id = ? AND scope_id = ? AND attachment_id = ?`,
          )
          .get(c.index, team, c.scopeId, c.attachmentId) as
          { count: number | null; here: number | null } | undefined;
        if (first?.count != null && first.count !== c.count) return 'conflict';
        if (first?.here === 1) return 'duplicate';
        this.db
          .prepare(
            `INSERT INTO attachment_chunks
               (team_id, scope_id, attachment_id, idx, chunk_count, author, body)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(team, c.scopeId, c.attachmentId, c.index, c.count, c.author, buf(c.body));
        return 'stored';
      })
      .immediate();
  }

  async get(
    teamId: Uint8Array,
    scopeId: string,
    attachmentId: string,
    index: number,
  ): Promise<Uint8Array | undefined> {
    const row = this.db
      .prepare(
        `SELECT body FROM attachment_chunks
         WHERE team_id = ? AND scope_id = ? AND attachment_id = ? AND idx = ?`,
      )
      .get(buf(teamId), scopeId, attachmentId, index) as { body: Buffer } | undefined;
    return row && new Uint8Array(row.body.buffer, row.body.byteOffset, row.body.byteLength);
  }

  async eraseScope(teamId: Uint8Array, scopeId: string): Promise<number> {
    const deleted = this.db
      .prepare('DELETE FROM attachment_chunks WHERE team_id = ? AND scope_id = ?')
      .run(buf(teamId), scopeId).changes;
    // secure_delete zeroed the pages; the checkpoint moves them out of the WAL as well.
    if (deleted > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return deleted;
  }

  async teamBytes(teamId: Uint8Array): Promise<number> {
    const row = this.db
      .prepare(
        'SELECT coalesce(sum(length(body)), 0) AS n FROM attachment_chunks WHERE team_id = ?',
      )
      .get(buf(teamId)) as { n: number };
    return row.n;
  }
}
