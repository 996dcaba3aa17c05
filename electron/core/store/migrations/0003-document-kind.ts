import type { Migration } from './types';

/**
 * A small directory of documents with their kind ('index', 'case', 'session', …) so the app can
 * find the per-user index without opening anything. The kind is a fixed word from our own code,
 * never user text. Existing documents are backfilled with kind 'unknown'.
 */
export const documentKind: Migration = {
  version: 3,
  name: 'document-kind',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        doc_id      TEXT PRIMARY KEY,
        kind        TEXT NOT NULL DEFAULT 'unknown',
        created_at  INTEGER NOT NULL
      ) WITHOUT ROWID;
      INSERT OR IGNORE INTO documents (doc_id, kind, created_at)
        SELECT doc_id, 'unknown', CAST(unixepoch('subsec') * 1000 AS INTEGER)
        FROM (SELECT doc_id FROM updates UNION SELECT doc_id FROM snapshots);
    `);
  },
};
