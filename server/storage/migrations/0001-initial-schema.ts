import type { Migration } from './migration';

/**
 * The relay's tables as they were before migrations were numbered. IF NOT EXISTS throughout, so a
 * database created before numbering adopts this version without change (its data stays).
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  sqlite: `
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS teams (
      team_id BLOB PRIMARY KEY, last_seq INTEGER NOT NULL, next_member INTEGER NOT NULL,
      created_at INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS members (
      team_id BLOB NOT NULL, member_no INTEGER NOT NULL, role INTEGER NOT NULL,
      sign_pk BLOB NOT NULL, box_pk BLOB NOT NULL, invite_id BLOB NOT NULL, join_mac BLOB NOT NULL,
      removed INTEGER NOT NULL DEFAULT 0, joined_at INTEGER NOT NULL,
      PRIMARY KEY (team_id, member_no), UNIQUE (team_id, sign_pk)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS invites (
      team_id BLOB NOT NULL, invite_id BLOB NOT NULL, role INTEGER NOT NULL, auth_hash BLOB NOT NULL,
      created_by INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_by INTEGER,
      PRIMARY KEY (team_id, invite_id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS scopes (
      team_id BLOB NOT NULL, scope_id TEXT NOT NULL, owner INTEGER NOT NULL,
      include_supervisors INTEGER NOT NULL, members TEXT NOT NULL,
      PRIMARY KEY (team_id, scope_id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS docs (
      team_id BLOB NOT NULL, doc_id TEXT NOT NULL, scope_id TEXT NOT NULL,
      PRIMARY KEY (team_id, doc_id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS entries (
      id INTEGER PRIMARY KEY, team_id BLOB NOT NULL, seq INTEGER NOT NULL, doc_id TEXT NOT NULL,
      scope_id TEXT NOT NULL, kind INTEGER NOT NULL, update_id BLOB NOT NULL, key_id TEXT NOT NULL,
      aux INTEGER NOT NULL, author INTEGER NOT NULL, sig BLOB NOT NULL, body BLOB NOT NULL);
    CREATE UNIQUE INDEX IF NOT EXISTS entries_by_seq ON entries (team_id, seq);
    CREATE UNIQUE INDEX IF NOT EXISTS entries_by_update ON entries (team_id, update_id);
    CREATE INDEX IF NOT EXISTS entries_by_doc ON entries (team_id, doc_id, kind, seq);
    CREATE TABLE IF NOT EXISTS erased_scopes (
      team_id BLOB NOT NULL, scope_id TEXT NOT NULL, erased_by INTEGER NOT NULL,
      erased_at INTEGER NOT NULL, PRIMARY KEY (team_id, scope_id)) WITHOUT ROWID;
  `,
  postgres: `
    CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value bytea NOT NULL);
    CREATE TABLE IF NOT EXISTS teams (
      team_id bytea PRIMARY KEY, last_seq bigint NOT NULL, next_member integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE IF NOT EXISTS members (
      team_id bytea NOT NULL, member_no integer NOT NULL, role smallint NOT NULL,
      sign_pk bytea NOT NULL, box_pk bytea NOT NULL, invite_id bytea NOT NULL, join_mac bytea NOT NULL,
      removed boolean NOT NULL DEFAULT false, joined_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (team_id, member_no), UNIQUE (team_id, sign_pk));
    CREATE TABLE IF NOT EXISTS invites (
      team_id bytea NOT NULL, invite_id bytea NOT NULL, role smallint NOT NULL, auth_hash bytea NOT NULL,
      created_by integer NOT NULL, expires_at bigint NOT NULL, used_by integer,
      PRIMARY KEY (team_id, invite_id));
    CREATE TABLE IF NOT EXISTS scopes (
      team_id bytea NOT NULL, scope_id text NOT NULL, owner integer NOT NULL,
      include_supervisors boolean NOT NULL, members integer[] NOT NULL,
      PRIMARY KEY (team_id, scope_id));
    CREATE TABLE IF NOT EXISTS docs (
      team_id bytea NOT NULL, doc_id text NOT NULL, scope_id text NOT NULL,
      PRIMARY KEY (team_id, doc_id));
    CREATE TABLE IF NOT EXISTS entries (
      team_id bytea NOT NULL, seq bigint NOT NULL, doc_id text NOT NULL, scope_id text NOT NULL,
      kind smallint NOT NULL, update_id bytea NOT NULL, key_id text NOT NULL, aux bigint NOT NULL,
      author integer NOT NULL, sig bytea NOT NULL, body bytea NOT NULL,
      PRIMARY KEY (team_id, seq), UNIQUE (team_id, update_id));
    CREATE INDEX IF NOT EXISTS entries_by_doc ON entries (team_id, doc_id, kind, seq);
    CREATE TABLE IF NOT EXISTS erased_scopes (
      team_id bytea NOT NULL, scope_id text NOT NULL, erased_by integer NOT NULL,
      erased_at bigint NOT NULL, PRIMARY KEY (team_id, scope_id));
  `,
};
