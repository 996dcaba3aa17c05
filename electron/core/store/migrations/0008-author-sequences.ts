import type { Migration } from './types';

/**
 * Per-author sequence numbers on sync entries (issue 10, item 4). Every update entry an author
 * writes to a document carries that author's next number for the document, sealed inside the
 * entry; every snapshot carries, per author, the number up to which it holds that author's
 * entries. A device that sees a number missing, arriving late, or twice with different contents
 * knows the relay withheld, reordered or forked that author's history.
 *
 * - `sync_outbox.author_seq`: the number a batch travels under, fixed with its batch id, so a
 *   resend is the same entry and not a new one.
 * - `sync_author_counter`: per document, the last number this device gave out.
 * - `sync_author_seen`: per document and author, the numbers received above the frontier, with the
 *   first bytes of the entry's update id (to tell a resend from a fork).
 * - `sync_author_frontier`: per document and author, every number up to here is accounted for (by
 *   a snapshot that holds them).
 * - `sync_history_events`: forks and late arrivals seen (missing numbers are computed, not kept).
 * Nothing here is plaintext: ids and counters only.
 */
export const authorSequences: Migration = {
  version: 8,
  name: 'author-sequences',
  up(db) {
    db.exec(`
      ALTER TABLE sync_outbox ADD COLUMN author_seq INTEGER;

      CREATE TABLE sync_author_counter (
        doc_id  TEXT PRIMARY KEY,
        last    INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE sync_author_seen (
        doc_id  TEXT NOT NULL,
        author  INTEGER NOT NULL,
        seq     INTEGER NOT NULL,
        id      BLOB NOT NULL,
        PRIMARY KEY (doc_id, author, seq)
      ) WITHOUT ROWID;

      CREATE TABLE sync_author_frontier (
        doc_id  TEXT NOT NULL,
        author  INTEGER NOT NULL,
        seq     INTEGER NOT NULL,
        PRIMARY KEY (doc_id, author)
      ) WITHOUT ROWID;

      CREATE TABLE sync_history_events (
        doc_id       TEXT NOT NULL,
        author       INTEGER NOT NULL,
        seq          INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('forked', 'reordered')),
        detected_at  INTEGER NOT NULL,
        PRIMARY KEY (doc_id, author, seq, kind)
      ) WITHOUT ROWID;
    `);
  },
};
