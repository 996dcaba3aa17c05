import type { Statement } from 'better-sqlite3';
import { systemClock, type Clock } from '../clock';
import { openBound, randomBytes, sealBound } from '../crypto';
import type { KeyProvider, SqliteDatabase } from '../store';

/**
 * The sync client's rows in the notebook database (migration 0005). The outbox holds local Yjs
 * updates sealed with the LOCAL store key; they are opened and re-sealed under the current case key
 * only when pushed, so an edit made offline under a key that was rotated meanwhile goes out under
 * the new key (docs/sync-protocol.md, "Key rotation").
 */
const OUTBOX_KIND = 'sync-outbox';

const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export interface OutboxRow {
  id: number;
  docId: string;
  kind: 'update' | 'key';
  keyId: string;
  scopeId: string;
  aux: number;
  blob: Uint8Array;
}

export interface Batch {
  batchId: Uint8Array;
  docId: string;
  kind: 'update' | 'key';
  rows: OutboxRow[];
  /** The author's number for this update in its document (author-sequences.ts), if numbered. */
  authorSeq?: number;
}

interface RawRow {
  id: number;
  doc_id: string;
  kind: 'update' | 'key';
  key_id: string;
  scope_id: string;
  aux: number;
  blob: Buffer;
  batch_id: Buffer | null;
  author_seq: number | null;
}

export interface QuarantineRow {
  seq: number;
  docId: string;
  entry: Uint8Array;
  reason: string;
}

export class LocalSyncState {
  private readonly insert: Statement<[string, string, string, string, number, Buffer, number]>;
  private readonly pendingStmt: Statement<[], { n: number }>;
  private readonly deleteBatch: Statement<[Buffer]>;
  private readonly getState: Statement<[string], { value: string }>;
  private readonly putState: Statement<[string, string]>;

  constructor(
    readonly db: SqliteDatabase,
    private readonly localKeys: KeyProvider,
    /** When an outbox row or a quarantined entry was written (stored, so the seam's time). */
    private readonly clock: Clock = systemClock,
  ) {
    this.insert = db.prepare(
      `INSERT INTO sync_outbox (doc_id, kind, key_id, scope_id, aux, blob, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.pendingStmt = db.prepare('SELECT count(*) AS n FROM sync_outbox WHERE refused = 0');
    this.deleteBatch = db.prepare('DELETE FROM sync_outbox WHERE batch_id = ?');
    this.getState = db.prepare('SELECT value FROM sync_state WHERE name = ?');
    this.putState = db.prepare(
      'INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    );
  }

  /** A local change, sealed with the local key of the document. */
  enqueueUpdate(docId: string, update: Uint8Array): void {
    const { keyId, key } = this.localKeys.writeKey(docId);
    const blob = sealBound(key, update, { docId, kind: OUTBOX_KIND, keyId });
    this.insert.run(docId, 'update', keyId, '', 0, asBuffer(blob), this.clock.now());
  }

  /** A key envelope, already sealed to its recipient (crypto_box_seal). */
  enqueueKey(scopeId: string, keyId: string, recipient: number, sealed: Uint8Array): void {
    this.insert.run(scopeId, 'key', keyId, scopeId, recipient, asBuffer(sealed), this.clock.now());
  }

  openUpdate(row: OutboxRow): Uint8Array | undefined {
    const key = this.localKeys.readKey(row.docId, row.keyId);
    if (!key) return undefined;
    try {
      return openBound(key, row.blob, { docId: row.docId, kind: OUTBOX_KIND, keyId: row.keyId });
    } catch {
      return undefined;
    }
  }

  pendingCount(): number {
    return this.pendingStmt.get()?.n ?? 0;
  }

  /** Documents with changes waiting (key envelopes are not a person's changes). */
  pendingDocumentCount(): number {
    return this.pendingDocuments().length;
  }

  /** The ids of documents with local changes the relay has not acknowledged yet. */
  pendingDocuments(): string[] {
    const rows = this.db
      .prepare(
        "SELECT DISTINCT doc_id AS docId FROM sync_outbox WHERE refused = 0 AND kind = 'update'",
      )
      .all() as { docId: string }[];
    return rows.map((r) => r.docId);
  }

  /**
   * Gives every unbatched row a batch id (its update id on the wire): one batch per document of
   * consecutive rows up to `maxBytes`, one per key envelope. Batches are fixed before the first
   * send, so the same rows always travel under the same id, and (with `number`) the same author
   * sequence number.
   */
  assignBatches(maxBytes: number, number?: (docId: string) => number): void {
    const rows = this.db
      .prepare(
        'SELECT id, doc_id, kind, length(blob) AS size FROM sync_outbox WHERE batch_id IS NULL ORDER BY id',
      )
      .all() as Array<{ id: number; doc_id: string; kind: string; size: number }>;
    if (rows.length === 0) return;
    const set = this.db.prepare('UPDATE sync_outbox SET batch_id = ?, author_seq = ? WHERE id = ?');
    this.db.transaction(() => {
      const open = new Map<string, { id: Buffer; bytes: number; seq: number | null }>();
      for (const row of rows) {
        let batch = row.kind === 'update' ? open.get(row.doc_id) : undefined;
        if (!batch || batch.bytes + row.size > maxBytes) {
          const seq = row.kind === 'update' && number ? number(row.doc_id) : null;
          batch = { id: asBuffer(randomBytes(16)), bytes: 0, seq };
          if (row.kind === 'update') open.set(row.doc_id, batch);
        }
        batch.bytes += row.size;
        set.run(batch.id, batch.seq, row.id);
      }
    })();
  }

  /** Batches waiting for an acknowledgement, oldest first (rows after `afterId` only). */
  batches(afterId = 0): Batch[] {
    const rows = this.db
      .prepare(
        `SELECT id, doc_id, kind, key_id, scope_id, aux, blob, batch_id, author_seq FROM sync_outbox
         WHERE batch_id IS NOT NULL AND refused = 0 AND id > ? ORDER BY id`,
      )
      .all(afterId) as RawRow[];
    const byId = new Map<string, Batch>();
    for (const r of rows) {
      const key = (r.batch_id as Buffer).toString('hex');
      let batch = byId.get(key);
      if (!batch) {
        batch = {
          batchId: new Uint8Array(r.batch_id as Buffer),
          docId: r.doc_id,
          kind: r.kind,
          rows: [],
          ...(r.author_seq !== null ? { authorSeq: r.author_seq } : {}),
        };
        byId.set(key, batch);
      }
      batch.rows.push({
        id: r.id,
        docId: r.doc_id,
        kind: r.kind,
        keyId: r.key_id,
        scopeId: r.scope_id,
        aux: r.aux,
        blob: new Uint8Array(r.blob),
      });
    }
    return [...byId.values()];
  }

  acknowledged(batchId: Uint8Array): void {
    this.deleteBatch.run(asBuffer(batchId));
  }

  refused(batchId: Uint8Array): void {
    this.db.prepare('UPDATE sync_outbox SET refused = 1 WHERE batch_id = ?').run(asBuffer(batchId));
  }

  /** Refused rows are offered again on the next connection (access may have been granted since). */
  retryRefused(): void {
    this.db.prepare('UPDATE sync_outbox SET refused = 0 WHERE refused = 1').run();
  }

  refusedCount(): number {
    return (
      this.db.prepare('SELECT count(*) AS n FROM sync_outbox WHERE refused = 1').get() as {
        n: number;
      }
    ).n;
  }

  state(name: string): string | undefined {
    return this.getState.get(name)?.value;
  }

  setState(name: string, value: string): void {
    this.putState.run(name, value);
  }

  scopeSeen(scopeId: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM sync_scopes_seen WHERE scope_id = ?').get(scopeId);
  }

  markScopeSeen(scopeId: string): void {
    this.db.prepare('INSERT OR IGNORE INTO sync_scopes_seen (scope_id) VALUES (?)').run(scopeId);
  }

  /** Counts an entry of a document towards its next snapshot. */
  noteEntry(docId: string, seq: number, bytes: number, snapshot: boolean): void {
    this.db
      .prepare(
        `INSERT INTO sync_docs (doc_id, last_seq, since_snapshot, bytes_since) VALUES (@docId, @seq, @n, @bytes)
         ON CONFLICT (doc_id) DO UPDATE SET last_seq = max(last_seq, @seq),
           since_snapshot = CASE WHEN @snap = 1 THEN 0 ELSE since_snapshot + 1 END,
           bytes_since = CASE WHEN @snap = 1 THEN 0 ELSE bytes_since + @bytes END`,
      )
      .run({
        docId,
        seq,
        n: snapshot ? 0 : 1,
        bytes: snapshot ? 0 : bytes,
        snap: snapshot ? 1 : 0,
      });
  }

  snapshotDue(entries: number, bytes: number): string[] {
    return (
      this.db
        .prepare(
          `SELECT doc_id FROM sync_docs WHERE (since_snapshot >= ? OR bytes_since >= ?)
           AND doc_id NOT IN (SELECT doc_id FROM sync_quarantine) ORDER BY doc_id LIMIT 32`,
        )
        .all(entries, bytes) as Array<{ doc_id: string }>
    ).map((r) => r.doc_id);
  }

  quarantine(seq: number, docId: string, entry: Uint8Array, reason: string): void {
    this.db
      .prepare(
        `INSERT INTO sync_quarantine (seq, doc_id, entry, reason, detected_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (seq) DO UPDATE SET reason = excluded.reason`,
      )
      .run(seq, docId, asBuffer(entry), reason, this.clock.now());
  }

  quarantined(): QuarantineRow[] {
    return (
      this.db
        .prepare('SELECT seq, doc_id, entry, reason FROM sync_quarantine ORDER BY seq')
        .all() as Array<{ seq: number; doc_id: string; entry: Buffer; reason: string }>
    ).map((r) => ({
      seq: r.seq,
      docId: r.doc_id,
      entry: new Uint8Array(r.entry),
      reason: r.reason,
    }));
  }

  /** Documents with entries waiting in quarantine (their numbers cannot be read yet). */
  quarantinedDocs(): Set<string> {
    const rows = this.db.prepare('SELECT DISTINCT doc_id FROM sync_quarantine').all() as Array<{
      doc_id: string;
    }>;
    return new Set(rows.map((r) => r.doc_id));
  }

  release(seq: number): void {
    this.db.prepare('DELETE FROM sync_quarantine WHERE seq = ?').run(seq);
  }

  addTraffic(month: string, sent: number, received: number): void {
    this.db
      .prepare(
        `INSERT INTO sync_traffic (month, bytes_sent, bytes_received) VALUES (?, ?, ?)
         ON CONFLICT (month) DO UPDATE SET bytes_sent = bytes_sent + excluded.bytes_sent,
           bytes_received = bytes_received + excluded.bytes_received`,
      )
      .run(month, sent, received);
  }

  traffic(month: string): { sent: number; received: number } {
    const r = this.db
      .prepare('SELECT bytes_sent, bytes_received FROM sync_traffic WHERE month = ?')
      .get(month) as { bytes_sent: number; bytes_received: number } | undefined;
    return { sent: r?.bytes_sent ?? 0, received: r?.bytes_received ?? 0 };
  }
}
