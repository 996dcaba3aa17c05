import type { Migration } from './types';

/**
 * Rows that failed to decrypt (tampered, damaged on disk, or under a key we do not hold). They are
 * recorded, never applied and never deleted by compaction, so a key that arrives later can still
 * read them and a support person can see what is wrong without seeing any content.
 */
export const rowProblems: Migration = {
  version: 2,
  name: 'row-problems',
  up(db) {
    db.exec(`
      CREATE TABLE row_problems (
        doc_id       TEXT NOT NULL,
        row_kind     TEXT NOT NULL CHECK (row_kind IN ('update', 'snapshot')),
        seq          INTEGER NOT NULL,
        reason       TEXT NOT NULL,
        detected_at  INTEGER NOT NULL,
        PRIMARY KEY (doc_id, row_kind, seq)
      ) WITHOUT ROWID;
    `);
  },
};
