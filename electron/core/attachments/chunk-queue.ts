import type { SqliteDatabase } from '../store';
import { openChunk } from './chunk-cipher';
import type { AttachmentKeys, AttachmentState } from './attachment-store';

/** One file this device has to send or fetch, with what the person decided about it. */
export interface QueuedFile {
  id: string;
  scopeId: string;
  keyId: string;
  chunkCount: number;
  sealedBytes: number;
  state: Exclude<AttachmentState, 'synced'>;
  allowed: boolean;
}

export interface WaitingTotals {
  upload: { files: number; bytes: number };
  download: { files: number; bytes: number };
  /** Of both, the files the data saver holds back: not allowed by the person while it saves. */
  held: { files: number; bytes: number };
}

interface FileRow {
  attachment_id: string;
  scope_id: string;
  key_id: string;
  chunk_count: number;
  sealed_bytes: number;
  state: 'local' | 'remote';
  allowed: number;
}

const toQueued = (r: FileRow): QueuedFile => ({
  id: r.attachment_id,
  scopeId: r.scope_id,
  keyId: r.key_id,
  chunkCount: r.chunk_count,
  sealedBytes: r.sealed_bytes,
  state: r.state,
  allowed: r.allowed === 1,
});

/**
 * The sync side of attachment storage: which chunks the relay has acknowledged (never sent again),
 * which are still to fetch, and how much is waiting. A chunk that arrives is opened with the
 * scope's key before it is kept, so a relay cannot plant bytes that would only fail later.
 */
export class ChunkQueue {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly keys: AttachmentKeys,
  ) {}

  /** Files still to send or fetch, oldest first. */
  queued(): QueuedFile[] {
    return (
      this.db
        .prepare(
          `SELECT attachment_id, scope_id, key_id, chunk_count, sealed_bytes, state, allowed
           FROM attachments WHERE state != 'synced' ORDER BY created_at, attachment_id`,
        )
        .all() as FileRow[]
    ).map(toQueued);
  }

  file(id: string): QueuedFile | undefined {
    const row = this.db
      .prepare(
        `SELECT attachment_id, scope_id, key_id, chunk_count, sealed_bytes, state, allowed
         FROM attachments WHERE attachment_id = ? AND state != 'synced'`,
      )
      .get(id) as FileRow | undefined;
    return row && toQueued(row);
  }

  /** The person lets this file travel now, whatever the data saver says. */
  allow(id: string): void {
    this.db.prepare('UPDATE attachments SET allowed = 1 WHERE attachment_id = ?').run(id);
  }

  allowAll(): void {
    this.db.prepare("UPDATE attachments SET allowed = 1 WHERE state != 'synced'").run();
  }

  /** Indices of the chunks the relay has not acknowledged yet. */
  unsent(id: string): number[] {
    return (
      this.db
        .prepare(
          'SELECT idx FROM attachment_chunks WHERE attachment_id = ? AND sent = 0 ORDER BY idx',
        )
        .all(id) as Array<{ idx: number }>
    ).map((r) => r.idx);
  }

  sealedChunk(id: string, index: number): Uint8Array | undefined {
    const row = this.db
      .prepare('SELECT blob FROM attachment_chunks WHERE attachment_id = ? AND idx = ?')
      .get(id, index) as { blob: Buffer } | undefined;
    return row && new Uint8Array(row.blob.buffer, row.blob.byteOffset, row.blob.byteLength);
  }

  /** The relay acknowledged these chunks (it holds them, durably): they are never sent again. */
  markSent(id: string, indices: readonly number[]): void {
    const mark = this.db.prepare(
      'UPDATE attachment_chunks SET sent = 1 WHERE attachment_id = ? AND idx = ?',
    );
    this.db
      .transaction(() => {
        for (const index of indices) mark.run(id, index);
        if (this.unsent(id).length === 0) this.setState(id, 'synced');
      })
      .immediate();
  }

  /** Indices this device still lacks of a file it expects. */
  missing(id: string): number[] {
    const file = this.file(id);
    if (!file) return [];
    const have = new Set(
      (
        this.db
          .prepare('SELECT idx FROM attachment_chunks WHERE attachment_id = ?')
          .all(id) as Array<{
          idx: number;
        }>
      ).map((r) => r.idx),
    );
    const out: number[] = [];
    for (let i = 0; i < file.chunkCount; i++) if (!have.has(i)) out.push(i);
    return out;
  }

  /**
   * A chunk fetched from the relay. Refused (false) unless it opens under the file's key at this
   * place: a chunk of another file, another index or altered bytes is never kept.
   */
  arrived(id: string, index: number, sealed: Uint8Array): boolean {
    const file = this.file(id);
    if (!file || file.state !== 'remote' || index >= file.chunkCount) return false;
    const key = this.keys.readKey(file.scopeId, file.keyId);
    if (!key) return false;
    try {
      const plain = openChunk(
        key,
        { attachmentId: id, keyId: file.keyId, index, count: file.chunkCount },
        sealed,
      );
      plain.fill(0);
    } catch {
      return false;
    }
    this.db
      .transaction(() => {
        this.db
          .prepare(
            'INSERT OR IGNORE INTO attachment_chunks (attachment_id, idx, blob, sent) VALUES (?, ?, ?, 1)',
          )
          .run(id, index, Buffer.from(sealed));
        if (this.missing(id).length === 0) this.setState(id, 'synced');
      })
      .immediate();
    return true;
  }

  /**
   * How much waits to go up and to come down, in sealed bytes (what the wire will carry), and how
   * much of it the data saver holds back when `saving` (on, on a metered connection): the same
   * rule as the sync's (AttachmentSync.eligible), so the figure says what will not move by itself.
   */
  waiting(saving = false): WaitingTotals {
    const totals: WaitingTotals = {
      upload: { files: 0, bytes: 0 },
      download: { files: 0, bytes: 0 },
      held: { files: 0, bytes: 0 },
    };
    for (const file of this.queued()) {
      const side = file.state === 'local' ? totals.upload : totals.download;
      const left =
        file.state === 'local' ? this.unsent(file.id).length : this.missing(file.id).length;
      const bytes = Math.round((file.sealedBytes * left) / file.chunkCount);
      side.files += 1;
      side.bytes += bytes;
      if (saving && !file.allowed) {
        totals.held.files += 1;
        totals.held.bytes += bytes;
      }
    }
    return totals;
  }

  private setState(id: string, state: AttachmentState): void {
    this.db.prepare('UPDATE attachments SET state = ? WHERE attachment_id = ?').run(state, id);
  }
}
