import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

export type Durability = 'full' | 'normal';

export interface DatabaseOptions {
  /**
   * 'full' (the default) makes every commit durable against power loss; 'normal' only against a
   * crash of the process. 'normal' is for bulk imports and benchmark set-up, never for user edits.
   */
  durability?: Durability;
  /** How long a statement waits on a lock held by another connection (a backup, a checker). */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/*
 * Durability, measured on this VM (ext4 on virtio) for one 240-byte insert, one transaction each:
 *
 *   WAL + synchronous=NORMAL   p50 0.010 ms  p95 0.016 ms  ~63,000 commits/s
 *   WAL + synchronous=FULL     p50 0.108 ms  p95 0.263 ms   ~7,500 commits/s
 *
 * NORMAL in WAL mode fsyncs only at checkpoints, so a commit survives the process dying but not
 * the machine losing power: the last acknowledged writes can vanish with the page cache. Our users
 * write in the field on laptops whose batteries die, and the app tells them a word is saved only
 * once appendUpdate returns, so we pay for FULL: one fsync of the WAL per commit. At ~0.1–0.3 ms
 * (a few ms on a slow laptop disk) it is far below the time between keystroke batches, and bulk
 * paths batch many rows into one transaction, i.e. one fsync.
 * See https://www.sqlite.org/pragma.html#pragma_synchronous and https://www.sqlite.org/wal.html.
 */
export function openDatabase(file: string, options: DatabaseOptions = {}): SqliteDatabase {
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    if (!options.readonly) {
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal')
        throw new Error(`could not switch the database to WAL (got ${String(mode)})`);
    }
    db.pragma(`synchronous = ${options.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    // Rows hold only ciphertext, but freed pages are still zeroed so a deleted document leaves
    // not even its ciphertext behind in the file.
    db.pragma('secure_delete = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
