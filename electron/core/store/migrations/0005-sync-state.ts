import type { Migration } from './types';

/**
 * The sync client's tables (electron/core/sync, docs/sync-protocol.md):
 * - `sync_outbox`: local changes waiting for the server's acknowledgement, sealed with the local
 *   store key (the wire envelope is built at push time under the current case key). `batch_id` is
 *   the update id a row travels under, fixed the first time it is sent, so a resend after a lost
 *   acknowledgement is recognised by the server and never stored twice.
 * - `sync_state`: the team cursor, last successful sync and similar single values.
 * - `sync_scopes_seen`: scopes whose history this device has downloaded.
 * - `sync_docs`: per document, the entries seen since the last snapshot (when to write one).
 * - `sync_quarantine`: entries received that could not be verified or decrypted, kept as the
 *   signed ciphertext they arrived as, so a key that arrives later can still open them.
 * - `sync_traffic`: bytes sent and received per calendar month (data quota).
 * Nothing here is plaintext: ids, counters and ciphertext only.
 */
export const syncState: Migration = {
  version: 5,
  name: 'sync-state',
  up(db) {
    db.exec(`
      CREATE TABLE sync_outbox (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id      TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('update', 'key')),
        key_id      TEXT NOT NULL,
        scope_id    TEXT NOT NULL DEFAULT '',
        aux         INTEGER NOT NULL DEFAULT 0,
        blob        BLOB NOT NULL,
        batch_id    BLOB,
        refused     INTEGER NOT NULL DEFAULT 0,
        created_at  INTEGER NOT NULL
      );
      CREATE INDEX sync_outbox_by_batch ON sync_outbox (batch_id, doc_id, id);

      CREATE TABLE sync_state (
        name   TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE sync_scopes_seen (
        scope_id  TEXT PRIMARY KEY
      ) WITHOUT ROWID;

      CREATE TABLE sync_docs (
        doc_id          TEXT PRIMARY KEY,
        last_seq        INTEGER NOT NULL DEFAULT 0,
        since_snapshot  INTEGER NOT NULL DEFAULT 0,
        bytes_since     INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;

      CREATE TABLE sync_quarantine (
        seq          INTEGER PRIMARY KEY,
        doc_id       TEXT NOT NULL,
        entry        BLOB NOT NULL,
        reason       TEXT NOT NULL,
        detected_at  INTEGER NOT NULL
      );

      CREATE TABLE sync_traffic (
        month           TEXT PRIMARY KEY,
        bytes_sent      INTEGER NOT NULL DEFAULT 0,
        bytes_received  INTEGER NOT NULL DEFAULT 0
      ) WITHOUT ROWID;
    `);
  },
};
