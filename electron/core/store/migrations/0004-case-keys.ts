import type { Migration } from './types';

/**
 * Content keys, one set per access scope (a case), stored only sealed to this account's X25519
 * key (ARCHITECTURE.md, "Keys and encryption"). `doc_scopes` says which scope's key a document is
 * written with; both ids are random and say nothing about the client.
 */
export const caseKeys: Migration = {
  version: 4,
  name: 'case-keys',
  up(db) {
    db.exec(`
      CREATE TABLE scope_keys (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        scope_id    TEXT NOT NULL,
        key_id      TEXT NOT NULL,
        sealed      BLOB NOT NULL,
        created_at  INTEGER NOT NULL,
        UNIQUE (scope_id, key_id)
      );
      CREATE INDEX scope_keys_by_key ON scope_keys (key_id);
      CREATE TABLE doc_scopes (
        doc_id    TEXT PRIMARY KEY,
        scope_id  TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX doc_scopes_by_scope ON doc_scopes (scope_id);
    `);
  },
};
