import type { Migration } from './types';

/**
 * Encrypted attachments (issue #14, item 1). The bytes of a file are sealed chunk by chunk
 * (electron/core/attachments/chunk-cipher.ts) and kept here; what the file is (name, type, size,
 * which record) lives in the case's encrypted Yjs document, never in these tables.
 *
 * - `attachments`: one row per file this device holds or expects: its scope and key id, how many
 *   chunks, the sealed size, and where it stands with the relay (`local`: to upload, `remote`:
 *   to download, `synced`), and whether the person allowed it past the data saver.
 * - `attachment_chunks`: the sealed chunks; `sent` is set once the relay acknowledged a chunk,
 *   so a resumed upload never sends it again.
 * Ids, counts and sizes only: nothing here is plaintext.
 */
export const attachmentChunks: Migration = {
  version: 9,
  name: 'attachment-chunks',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        attachment_id  TEXT PRIMARY KEY,
        scope_id       TEXT NOT NULL,
        key_id         TEXT NOT NULL,
        chunk_count    INTEGER NOT NULL,
        sealed_bytes   INTEGER NOT NULL,
        state          TEXT NOT NULL CHECK (state IN ('local', 'remote', 'synced')),
        allowed        INTEGER NOT NULL DEFAULT 0,
        created_at     INTEGER NOT NULL
      );
      CREATE INDEX attachments_by_scope ON attachments (scope_id);

      CREATE TABLE attachment_chunks (
        attachment_id  TEXT NOT NULL,
        idx            INTEGER NOT NULL,
        blob           BLOB NOT NULL,
        sent           INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (attachment_id, idx)
      );
    `);
  },
};
