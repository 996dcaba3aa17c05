import type { Migration } from './types';

/**
 * Crypto-shredding (issue "Supervision", erasure; docs/security.md):
 * - `key_custody`: case keys the relay also holds, sealed to this account. Backups leave these
 *   keys out and a restored notebook fetches them back from the team, so once a case is erased
 *   (the relay drops its envelopes) no backup made earlier can open it.
 * - `erased_scopes`: cases erased on this device or by the team. Anything that still arrives for
 *   them is dropped instead of stored, so an erased case never comes back.
 * Ids and times only.
 */
export const custodyAndErasure: Migration = {
  version: 6,
  name: 'custody-and-erasure',
  up(db) {
    db.exec(`
      CREATE TABLE key_custody (
        scope_id  TEXT NOT NULL,
        key_id    TEXT NOT NULL,
        PRIMARY KEY (scope_id, key_id)
      ) WITHOUT ROWID;
      CREATE TABLE erased_scopes (
        scope_id   TEXT PRIMARY KEY,
        erased_at  INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
