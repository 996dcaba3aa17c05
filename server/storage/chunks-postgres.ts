import type pg from 'pg';
import type { ChunkPutOutcome, ChunkStore } from './chunks';

const buf = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Attachment chunks in PostgreSQL, shared by every relay process on the database. */
export class PostgresChunks implements ChunkStore {
  constructor(private readonly pool: pg.Pool) {}

  async have(teamId: Uint8Array, scopeId: string, attachmentId: string): Promise<number[]> {
    const r = await this.pool.query<{ idx: number }>(
      `SELECT idx FROM attachment_chunks
       WHERE team_id = $1 AND scope_id = $2 AND attachment_id = $3 ORDER BY idx`,
      [buf(teamId), scopeId, attachmentId],
    );
    return r.rows.map((row) => row.idx);
  }

  async put(teamId: Uint8Array, c: Parameters<ChunkStore['put']>[1]): Promise<ChunkPutOutcome> {
    const team = buf(teamId);
    const counts = await this.pool.query<{ chunk_count: number }>(
      `SELECT chunk_count FROM attachment_chunks
       WHERE team_id = $1 AND scope_id = $2 AND attachment_id = $3 LIMIT 1`,
      [team, c.scopeId, c.attachmentId],
    );
    const count = counts.rows[0]?.chunk_count;
    if (count !== undefined && count !== c.count) return 'conflict';
    const r = await this.pool.query(
      `INSERT INTO attachment_chunks (team_id, scope_id, attachment_id, idx, chunk_count, author, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [team, c.scopeId, c.attachmentId, c.index, c.count, c.author, buf(c.body)],
    );
    return r.rowCount === 1 ? 'stored' : 'duplicate';
  }

  async get(
    teamId: Uint8Array,
    scopeId: string,
    attachmentId: string,
    index: number,
  ): Promise<Uint8Array | undefined> {
    const r = await this.pool.query<{ body: Buffer }>(
      `SELECT body FROM attachment_chunks
       WHERE team_id = $1 AND scope_id = $2 AND attachment_id = $3 AND idx = $4`,
      [buf(teamId), scopeId, attachmentId, index],
    );
    const body = r.rows[0]?.body;
    return body && new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  }

  async eraseScope(teamId: Uint8Array, scopeId: string): Promise<number> {
    const r = await this.pool.query(
      'DELETE FROM attachment_chunks WHERE team_id = $1 AND scope_id = $2',
      [buf(teamId), scopeId],
    );
    return r.rowCount ?? 0;
  }

  async teamBytes(teamId: Uint8Array): Promise<number> {
    const r = await this.pool.query<{ n: string }>(
      'SELECT coalesce(sum(length(body)), 0) AS n FROM attachment_chunks WHERE team_id = $1',
      [buf(teamId)],
    );
    return Number(r.rows[0]?.n ?? 0);
  }
}
