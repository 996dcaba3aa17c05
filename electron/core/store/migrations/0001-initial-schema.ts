import type { Migration } from './types';

/**
 * The update log and the snapshots. Columns hold only random document ids, key ids, sequence
 * numbers and ciphertext: never a title, a name or any other plaintext a counselor wrote.
 *
 * `seq` is AUTOINCREMENT so a number is never reused after compaction deletes the newest rows:
 * a snapshot's `through_seq` must not later cover an update it never saw.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(`
      CREATE TABLE updates (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id  TEXT NOT NULL,
        key_id  TEXT NOT NULL,
        blob    BLOB NOT NULL
      );
      CREATE INDEX updates_by_doc ON updates (doc_id, seq);

      CREATE TABLE snapshots (
        doc_id       TEXT PRIMARY KEY,
        key_id       TEXT NOT NULL,
        through_seq  INTEGER NOT NULL,
        blob         BLOB NOT NULL
      );
    `);
  },
};
