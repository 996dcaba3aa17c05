import type { SqliteDatabase } from '../database';
import { initialSchema } from './0001-initial-schema';
import { rowProblems } from './0002-row-problems';
import { documentKind } from './0003-document-kind';
import { caseKeys } from './0004-case-keys';
import { syncState } from './0005-sync-state';
import { custodyAndErasure } from './0006-custody-and-erasure';
import { keyGenerations } from './0007-key-generations';
import { authorSequences } from './0008-author-sequences';
import { attachmentChunks } from './0009-attachment-chunks';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append only: a shipped migration never changes. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  rowProblems,
  documentKind,
  caseKeys,
  syncState,
  custodyAndErasure,
  keyGenerations,
  authorSequences,
  attachmentChunks,
];

export const LATEST_VERSION = MIGRATIONS.length;

export function schemaVersion(db: SqliteDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the schema up to `target` (default: the latest). Each step and its `PRAGMA user_version`
 * run in one transaction, so a crash leaves the database at the previous version, never between.
 * A database newer than this build is refused rather than written to.
 */
export function migrate(db: SqliteDatabase, target: number = LATEST_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new Error(
      `the database has schema version ${current}, newer than this app knows (${LATEST_VERSION})`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}
