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

  /** Erasure: the scope's keys are gone, and so is what was known of their custody. */
  forgetScope(scopeId: string): void {
    this.db.prepare('DELETE FROM key_custody WHERE scope_id = ?').run(scopeId);
  }

  /** Keys this device holds (of one scope, or all) that the relay does not hold for it yet. */
  notInCustody(scopeId?: string): ScopeKeyId[] {
    return (
      this.db
        .prepare(
          `SELECT scope_id, key_id FROM scope_keys k WHERE (@scope IS NULL OR k.scope_id = @scope)
             AND NOT EXISTS (SELECT 1 FROM key_custody c
               WHERE c.scope_id = k.scope_id AND c.key_id = k.key_id)
           ORDER BY created_at, id`,
        )
        .all({ scope: scopeId ?? null }) as Array<{ scope_id: string; key_id: string }>
    ).map((r) => ({ scopeId: r.scope_id, keyId: r.key_id }));
  }
}
