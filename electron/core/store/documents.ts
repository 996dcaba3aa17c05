import type { Statement } from 'better-sqlite3';
import type { Clock } from '../clock';
import type { SqliteDatabase } from './database';

/** A kind is a fixed word from our code ('index', 'case', 'session'), never user text. */
const KIND = /^[a-z][a-z0-9_-]{0,31}$/;

export function checkKind(kind: string): string {
  if (!KIND.test(kind)) throw new TypeError(`invalid document kind "${kind.slice(0, 40)}"`);
  return kind;
}

/** The directory of documents (migration 0003): id, kind and creation time, nothing else. */
export class DocumentDirectory {
  private readonly ensure: Statement<[string, number]>;
  private readonly setKindStmt: Statement<[string, string, number]>;
  private readonly kindOf: Statement<[string], { kind: string }>;
  private readonly ids: Statement<[], { doc_id: string }>;
  private readonly idsOfKind: Statement<[string], { doc_id: string }>;
  private readonly remove: Statement<[string]>;

  constructor(
    db: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    this.ensure = db.prepare('INSERT OR IGNORE INTO documents (doc_id, created_at) VALUES (?, ?)');
    this.setKindStmt = db.prepare(`
      INSERT INTO documents (doc_id, kind, created_at) VALUES (?, ?, ?)
      ON CONFLICT (doc_id) DO UPDATE SET kind = excluded.kind`);
    this.kindOf = db.prepare('SELECT kind FROM documents WHERE doc_id = ?');
    this.ids = db.prepare('SELECT doc_id FROM documents ORDER BY doc_id');
    this.idsOfKind = db.prepare('SELECT doc_id FROM documents WHERE kind = ? ORDER BY doc_id');
    this.remove = db.prepare('DELETE FROM documents WHERE doc_id = ?');
  }

  touch(docId: string): void {
    this.ensure.run(docId, this.clock.now());
  }

  setKind(docId: string, kind: string): void {
    this.setKindStmt.run(docId, checkKind(kind), this.clock.now());
  }

  kind(docId: string): string | undefined {
    return this.kindOf.get(docId)?.kind;
  }

  list(kind?: string): string[] {
    const rows = kind === undefined ? this.ids.all() : this.idsOfKind.all(kind);
    return rows.map((r) => r.doc_id);
  }

  delete(docId: string): void {
    this.remove.run(docId);
  }
}
