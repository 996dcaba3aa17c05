import type { Transaction } from 'better-sqlite3';
import { systemClock, type Clock } from '../clock';
import { CoreError } from '../errors';
import { openRow, sealRow } from './blobs';
import { openDatabase, type DatabaseOptions, type SqliteDatabase } from './database';
import { DocumentDirectory } from './documents';
import { migrate } from './migrations';
import { ProblemRows } from './problems';
import { Snapshots } from './snapshots';
import { mapSqliteError } from './sqlite-errors';
import { UpdateLog } from './update-log';
import type { KeyProvider, LoadedDocument, RowProblem, SlowQueryLogger } from './types';

export interface StoreOptions extends DatabaseOptions {
  /** Told the name and duration of any operation slower than `slowQueryMs` (default 40 ms). */
  onSlowQuery?: SlowQueryLogger;
  slowQueryMs?: number;
  /** When rows are created and problems found (the core's clock seam; the system clock by default). */
  clock?: Clock;
}

/**
 * Random identifiers only: the id is a column in clear, so it must never be a name or a title.
 * Letters, digits, '-' and '_' covers UUIDs, base64url and hex.
 */
const DOC_ID = /^[A-Za-z0-9_-]{1,128}$/;

function checkDocId(docId: string): void {
  if (!DOC_ID.test(docId)) {
    throw new TypeError('a document id must be 1–128 characters of [A-Za-z0-9_-]');
  }
}

/**
 * Encrypted rows in SQLite. Every blob is sealed with the document's key, bound to the document
 * id, the row kind and the key id, so a row copied to another document or relabelled fails to
 * open. A row that fails is reported and skipped; everything else still loads.
 */
export class Store {
  private readonly log: UpdateLog;
  private readonly snapshots: Snapshots;
  private readonly rowProblems: ProblemRows;
  private readonly directory: DocumentDirectory;
  private readonly appendTx: Transaction<(docId: string, update: Uint8Array) => number>;
  private readonly appendManyTx: Transaction<(docId: string, updates: Uint8Array[]) => number[]>;
  private readonly slowQueryMs: number;
  private closed = false;

  private constructor(
    private readonly db: SqliteDatabase,
    private readonly keys: KeyProvider,
    readonly file: string,
    private readonly options: StoreOptions,
  ) {
    this.log = new UpdateLog(db);
    this.snapshots = new Snapshots(db);
    const clock = options.clock ?? systemClock;
    this.rowProblems = new ProblemRows(db, clock);
    this.directory = new DocumentDirectory(db, clock);
    this.slowQueryMs = options.slowQueryMs ?? 40;
    const appendOne = (docId: string, update: Uint8Array): number => {
      const row = sealRow(this.keys, docId, 'update', update);
      this.directory.touch(docId);
      return this.log.append(docId, row.keyId, row.blob);
    };
    this.appendTx = db.transaction(appendOne);
    this.appendManyTx = db.transaction((docId: string, updates: Uint8Array[]) =>
      updates.map((u) => appendOne(docId, u)),
    );
  }

  /** Opens (creating if needed) and migrates the database at `file`. */
  static open(file: string, keys: KeyProvider, options: StoreOptions = {}): Store {
    let db: SqliteDatabase | undefined;
    try {
      db = openDatabase(file, options);
      migrate(db);
      return new Store(db, keys, file, options);
    } catch (error) {
      db?.close();
      throw mapSqliteError(error);
    }
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /**
   * The connection, for core modules that own tables of their own in the same file (the keyring,
   * the sync outbox), so their writes share its durability and its transactions.
   */
  get database(): SqliteDatabase {
    this.assertOpen();
    return this.db;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }

  /** Durable when it returns (synchronous=FULL, see database.ts). Returns the local sequence number. */
  appendUpdate(docId: string, update: Uint8Array): number {
    checkDocId(docId);
    return this.run('appendUpdate', () => this.appendTx.immediate(docId, update));
  }

  /** All or nothing, one fsync. */
  appendUpdates(docId: string, updates: readonly Uint8Array[]): number[] {
    checkDocId(docId);
    return this.run('appendUpdates', () => this.appendManyTx.immediate(docId, [...updates]));
  }

  /**
   * The snapshot and the later updates, decrypted. Rows that fail are left out, recorded in the
   * quarantine list and returned as problems; a row that was a problem and now opens (its key
   * arrived) is taken off the list.
   */
  loadDocument(docId: string): LoadedDocument {
    checkDocId(docId);
    return this.run('loadDocument', () => {
      const { snapshotRow, rows, known } = this.db.transaction(() => ({
        snapshotRow: this.snapshots.get(docId),
        rows: this.log.rows(docId),
        known: this.rowProblems.forDocument(docId),
      }))();
      const problems: RowProblem[] = [];
      const fixed: RowProblem[] = [];
      const wasProblem = (kind: RowProblem['rowKind'], seq: number): RowProblem | undefined =>
        known.find((p) => p.rowKind === kind && p.seq === seq);

      let snapshot: Uint8Array | null = null;
      let lastSeq = 0;
      if (snapshotRow) {
        lastSeq = snapshotRow.throughSeq;
        const opened = openRow(this.keys, docId, 'snapshot', snapshotRow.keyId, snapshotRow.blob);
        const seq = snapshotRow.throughSeq;
        if (opened.ok) {
          snapshot = opened.bytes;
          const was = wasProblem('snapshot', seq);
          if (was) fixed.push(was);
        } else {
          problems.push({ docId, rowKind: 'snapshot', seq, reason: opened.reason });
        }
      }
      const updates: Uint8Array[] = [];
      for (const row of rows) {
        lastSeq = Math.max(lastSeq, row.seq);
        const opened = openRow(this.keys, docId, 'update', row.keyId, row.blob);
        if (opened.ok) {
          updates.push(opened.bytes);
          const was = wasProblem('update', row.seq);
          if (was) fixed.push(was);
        } else {
          problems.push({ docId, rowKind: 'update', seq: row.seq, reason: opened.reason });
        }
      }
      if (problems.length > 0 || fixed.length > 0) this.recordProblems(problems, fixed);
      return { snapshot, updates, lastSeq, problems };
    });
  }

  /**
   * Replaces the document's snapshot with `snapshot` (the merged state through `throughSeq`) and
   * deletes the updates it covers, in one transaction. Quarantined updates are kept. A snapshot
   * that failed to decrypt is never overwritten: it may hold the only copy of older writing.
   */
  compact(docId: string, snapshot: Uint8Array, throughSeq: number): number {
    checkDocId(docId);
    return this.run('compact', () => {
      const badSnapshot = this.rowProblems.forDocument(docId).some((p) => p.rowKind === 'snapshot');
      if (badSnapshot) {
        throw new CoreError(
          'corrupt',
          'This document’s saved snapshot could not be read, so it was not replaced.',
        );
      }
      const row = sealRow(this.keys, docId, 'snapshot', snapshot);
      return this.db
        .transaction(() => {
          const previous = this.snapshots.get(docId);
          if (previous && previous.throughSeq > throughSeq) {
            throw new RangeError(
              `compaction through ${throughSeq} would go behind the snapshot (through ${previous.throughSeq})`,
            );
          }
          this.directory.touch(docId);
          this.snapshots.put(docId, row.keyId, throughSeq, row.blob);
          return this.log.deleteThrough(docId, throughSeq);
        })
        .immediate();
    });
  }

  updateCount(docId: string): number {
    return this.run('updateCount', () => this.log.stats(docId).count);
  }

  /** Count and total ciphertext bytes of the document's update log. */
  updateStats(docId: string): { count: number; bytes: number } {
    return this.run('updateStats', () => this.log.stats(docId));
  }

  listDocumentIds(kind?: string): string[] {
    return this.run('listDocumentIds', () => this.directory.list(kind));
  }

  /** Labels a document with a fixed kind word ('index', 'case', 'session', …). */
  setDocumentKind(docId: string, kind: string): void {
    checkDocId(docId);
    this.run('setDocumentKind', () => this.directory.setKind(docId, kind));
  }

  documentKind(docId: string): string | undefined {
    return this.run('documentKind', () => this.directory.kind(docId));
  }

  deleteDocument(docId: string): void {
    checkDocId(docId);
    this.run('deleteDocument', () =>
      this.db
        .transaction(() => {
          this.log.deleteDocument(docId);
          this.snapshots.delete(docId);
          this.rowProblems.deleteDocument(docId);
          this.directory.delete(docId);
        })
        .immediate(),
    );
  }

  /** Every row known to be unreadable, across all documents. */
  problems(): RowProblem[] {
    return this.run('problems', () => this.rowProblems.all());
  }

  /** 'ok', or SQLite's list of what is wrong, one finding a line. */
  integrityCheck(): string {
    return this.run('integrityCheck', () => {
      const rows = this.db.pragma('integrity_check') as Array<{ integrity_check: string }>;
      return rows.map((r) => r.integrity_check).join('\n');
    });
  }

  /**
   * A consistent copy of the whole database at `file` (SQLite's online backup API), for the
   * backup module. The copy holds the same ciphertext as the store, nothing more.
   */
  async copyTo(file: string, onProgress?: (done: number, total: number) => void): Promise<void> {
    this.assertOpen();
    try {
      await this.db.backup(file, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(totalPages - remainingPages, totalPages);
          return 256;
        },
      });
    } catch (error) {
      throw mapSqliteError(error);
    }
  }

  private recordProblems(problems: RowProblem[], fixed: RowProblem[]): void {
    try {
      this.db.transaction(() => {
        for (const p of problems) this.rowProblems.record(p);
        for (const p of fixed) this.rowProblems.resolved(p.docId, p.rowKind, p.seq);
      })();
    } catch {
      // Best effort: the problems are still returned to the caller; a full disk must not stop
      // the readable part of a document from loading.
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new CoreError('locked', 'The notebook is locked; unlock it to continue.');
    }
  }

  private run<T>(operation: string, fn: () => T): T {
    this.assertOpen();
    const started = performance.now();
    try {
      return fn();
    } catch (error) {
      throw mapSqliteError(error);
    } finally {
      const ms = performance.now() - started;
      if (ms > this.slowQueryMs) this.options.onSlowQuery?.(operation, ms);
    }
  }
}
