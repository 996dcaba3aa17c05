import type { Statement } from 'better-sqlite3';
import type { Clock } from '../clock';
import type { SqliteDatabase } from './database';
import type { RowKind, RowProblem } from './types';

interface ProblemRow {
  doc_id: string;
  row_kind: RowKind;
  seq: number;
  reason: string;
}

const toProblem = (r: ProblemRow): RowProblem => ({
  docId: r.doc_id,
  rowKind: r.row_kind,
  seq: r.seq,
  reason: r.reason,
});

/** The quarantine list: rows that failed to decrypt. Reasons never contain content. */
export class ProblemRows {
  private readonly upsert: Statement<[string, RowKind, number, string, number]>;
  private readonly clear: Statement<[string, RowKind, number]>;
  private readonly selectAll: Statement<[], ProblemRow>;
  private readonly selectByDoc: Statement<[string], ProblemRow>;
  private readonly removeDoc: Statement<[string]>;

  constructor(
    db: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    this.upsert = db.prepare(`
      INSERT INTO row_problems (doc_id, row_kind, seq, reason, detected_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (doc_id, row_kind, seq) DO UPDATE SET reason = excluded.reason`);
    this.clear = db.prepare(
      'DELETE FROM row_problems WHERE doc_id = ? AND row_kind = ? AND seq = ?',
    );
    this.selectAll = db.prepare(
      'SELECT doc_id, row_kind, seq, reason FROM row_problems ORDER BY doc_id, row_kind, seq',
    );
    this.selectByDoc = db.prepare(
      'SELECT doc_id, row_kind, seq, reason FROM row_problems WHERE doc_id = ? ORDER BY row_kind, seq',
    );
    this.removeDoc = db.prepare('DELETE FROM row_problems WHERE doc_id = ?');
  }

  record(problem: RowProblem): void {
    this.upsert.run(problem.docId, problem.rowKind, problem.seq, problem.reason, this.clock.now());
  }

  resolved(docId: string, rowKind: RowKind, seq: number): void {
    this.clear.run(docId, rowKind, seq);
  }

  all(): RowProblem[] {
    return this.selectAll.all().map(toProblem);
  }

  forDocument(docId: string): RowProblem[] {
    return this.selectByDoc.all(docId).map(toProblem);
  }

  deleteDocument(docId: string): void {
    this.removeDoc.run(docId);
  }
}
