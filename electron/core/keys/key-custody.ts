import type { SqliteDatabase } from '../store';

export interface ScopeKeyId {
  scopeId: string;
  keyId: string;
}

/**
 * Which case keys the relay also holds, sealed to this account (issue #6, crypto-shredding):
 * a key envelope this device addressed to itself and the relay acknowledged, or one that arrived
 * from the relay addressed to us. Backups leave these keys out, so erasing a case on the relay
 * (which drops its envelopes) also makes every earlier backup of it unreadable; a restored
 * notebook fetches them back from the team. Ids only (table `key_custody`, migration 0006).
 */
export class KeyCustody {
  constructor(private readonly db: SqliteDatabase) {}

  record(scopeId: string, keyId: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO key_custody (scope_id, key_id) VALUES (?, ?)')
      .run(scopeId, keyId);
  }

  has(scopeId: string, keyId: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM key_custody WHERE scope_id = ? AND key_id = ?')
        .get(scopeId, keyId) !== undefined
    );
  }

  /** Keys this device holds that the relay does not hold for it yet, oldest first. */
  notInCustody(): ScopeKeyId[] {
    return (
      this.db
        .prepare(
          `SELECT scope_id, key_id FROM scope_keys k WHERE NOT EXISTS
             (SELECT 1 FROM key_custody c WHERE c.scope_id = k.scope_id AND c.key_id = k.key_id)
           ORDER BY created_at, id`,
        )
        .all() as Array<{ scope_id: string; key_id: string }>
    ).map((r) => ({ scopeId: r.scope_id, keyId: r.key_id }));
  }
}
