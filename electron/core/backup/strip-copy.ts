import Database from 'better-sqlite3';
import { ALL_INDEX_DOCUMENTS } from '../records/document-ids';

/**
 * What a backup leaves out (issue #6, crypto-shredding; docs/security.md, "Key custody and
 * backups"), removed from the temporary copy before it is encrypted:
 * - case keys the relay holds for this account (`key_custody`): a restored notebook fetches
 *   them from the team, and once a case is erased there, no backup can open it again;
 * - the per-user index, which names every case (aliases, dates) and is derived from the
 *   documents: the restored notebook rebuilds it from what it can read;
 * - how far this device had synced (the team cursor `cursor:<team>` of the SyncClient, the scopes
 *   and documents seen, the quarantine): the restored notebook pulls the team from the start,
 *   which is the only pull that returns its own key envelopes.
 * Keys the relay does not hold (a counselor working alone, an envelope not yet acknowledged)
 * stay in the backup, or it could not be restored.
 *
 * `secure_delete` zeroes the freed pages, a rollback journal instead of a WAL keeps no second copy,
 * and VACUUM rewrites the file so nothing removed survives in it.
 */
export function stripBackupCopy(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('secure_delete = ON');
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
          name: string;
        }>
      ).map((r) => r.name),
    );
    const run = (table: string, sql: string, ...params: string[]): void => {
      if (tables.has(table)) db.prepare(sql).run(...params);
    };
    db.transaction(() => {
      if (tables.has('key_custody')) {
        run(
          'scope_keys',
          `DELETE FROM scope_keys WHERE EXISTS (SELECT 1 FROM key_custody c
             WHERE c.scope_id = scope_keys.scope_id AND c.key_id = scope_keys.key_id)`,
        );
      }
      for (const table of ['updates', 'snapshots', 'row_problems', 'documents']) {
        for (const docId of ALL_INDEX_DOCUMENTS) {
          run(table, `DELETE FROM ${table} WHERE doc_id = ?`, docId);
        }
      }
      run('sync_state', "DELETE FROM sync_state WHERE name LIKE 'cursor:%'");
      for (const table of ['sync_scopes_seen', 'sync_docs', 'sync_quarantine']) {
        run(table, `DELETE FROM ${table}`);
      }
    })();
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
