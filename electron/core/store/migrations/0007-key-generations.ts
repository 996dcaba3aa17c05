import type { Migration } from './types';

/**
 * A generation per scope key (issue 10, item 2): the scope's current key is the one with the
 * highest generation, chosen by the device that made the key and sealed inside its envelope,
 * never the newest to arrive (which a relay decides by holding envelopes back). Keys held before
 * this migration are numbered 1, 2, … per scope in the order this device took them in, the only
 * order it knew until now, so the key it wrote with stays its current one.
 */
export const keyGenerations: Migration = {
  version: 7,
  name: 'key-generations',
  up(db) {
    db.exec(`
      ALTER TABLE scope_keys ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
      UPDATE scope_keys SET generation = (
        SELECT count(*) FROM scope_keys older
        WHERE older.scope_id = scope_keys.scope_id
          AND (older.created_at < scope_keys.created_at
            OR (older.created_at = scope_keys.created_at AND older.id <= scope_keys.id))
      );
    `);
  },
};
