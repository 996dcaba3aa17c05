import type { Migration } from './migration';

/** Sealed attachment chunks (server/storage/chunks.ts): opaque ids, numbers and ciphertext. */
export const attachmentChunks: Migration = {
  version: 5,
  name: 'attachment-chunks',
  sqlite: `
    CREATE TABLE IF NOT EXISTS attachment_chunks (
      team_id        BLOB NOT NULL,
      scope_id       TEXT NOT NULL,
      attachment_id  TEXT NOT NULL,
      idx            INTEGER NOT NULL,
      chunk_count    INTEGER NOT NULL,
      author         INTEGER NOT NULL,
      body           BLOB NOT NULL,
      PRIMARY KEY (team_id, scope_id, attachment_id, idx)
    );
  `,
  postgres: `
    CREATE TABLE IF NOT EXISTS attachment_chunks (
      team_id        bytea NOT NULL,
      scope_id       text NOT NULL,
      attachment_id  text NOT NULL,
      idx            integer NOT NULL,
      chunk_count    integer NOT NULL,
      author         integer NOT NULL,
      body           bytea NOT NULL,
      PRIMARY KEY (team_id, scope_id, attachment_id, idx)
    );
  `,
};
