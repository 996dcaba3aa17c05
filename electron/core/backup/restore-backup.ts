import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { link, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { sodium } from '../crypto';
import { CoreError } from '../errors';
import { LATEST_VERSION } from '../store';
import { CHUNK_BYTES, corrupt } from './format';
import {
  mapFsError,
  readFully,
  removeDatabaseFiles,
  renameDurably,
  tempPath,
  writeFully,
} from './files';
import { readPrefix } from './read-header';

export interface RestoreBackupOptions {
  file: string;
  backupKey: Uint8Array;
  /** Where the restored database goes. The store on it must be closed. */
  dbFile: string;
  /**
   * Keep the replaced database beside the new one as `<dbFile>.before-restore-<time>` (a hard
   * link, so no copy): a restore of an old backup must not be the way writing is lost. Default true.
   */
  keepPrevious?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface RestoreSummary {
  /** The header stored in the backup, now authenticated. */
  header: Uint8Array;
  /** Where the replaced database was kept, if there was one. */
  previous?: string;
}

const STREAM_ABYTES = 17;

/** Decrypts the whole stream into `out`; throws CoreError('corrupt') on any inconsistency. */
async function decryptTo(
  input: FileHandle,
  out: FileHandle,
  key: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const s = sodium();
  const total = (await input.stat()).size;
  const { header, prefix } = await readPrefix(input);
  let position = prefix.length;
  const streamHeader = await readFully(
    input,
    s.crypto_secretstream_xchacha20poly1305_HEADERBYTES,
    position,
  );
  if (streamHeader.length !== s.crypto_secretstream_xchacha20poly1305_HEADERBYTES) {
    throw corrupt('the file is cut short');
  }
  position += streamHeader.length;
  let state;
  try {
    state = s.crypto_secretstream_xchacha20poly1305_init_pull(streamHeader, key);
  } catch {
    throw corrupt('its encryption header is damaged');
  }
  onProgress?.(position, total);
  let first = true;
  let finished = false;
  while (!finished) {
    const sealed = await readFully(input, CHUNK_BYTES + STREAM_ABYTES, position);
    if (sealed.length < STREAM_ABYTES) {
      throw corrupt('the file is cut short (its last part is missing)');
    }
    position += sealed.length;
    let opened: { message: Uint8Array; tag: number } | false;
    try {
      opened = s.crypto_secretstream_xchacha20poly1305_pull(state, sealed, first ? prefix : null);
    } catch {
      opened = false;
    }
    if (!opened) {
      throw corrupt(
        first
          ? 'it could not be decrypted; it is damaged or the key does not match'
          : 'part of it is damaged or out of order',
      );
    }
    first = false;
    finished = opened.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    await writeFully(out, opened.message);
    onProgress?.(position, total);
  }
  if (position !== total) throw corrupt('it has extra bytes after its end');
  return header;
}

function checkDatabase(file: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const result = rows.map((r) => r.integrity_check).join('; ');
    if (result !== 'ok')
      throw corrupt(`the database inside failed its integrity check (${result})`);
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > LATEST_VERSION) {
      throw new CoreError(
        'corrupt',
        'This backup was made by a newer version of the app; update the app first.',
      );
    }
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw corrupt('the database inside could not be opened');
  } finally {
    db?.close();
  }
}

/** Folds any WAL of the database being replaced into its main file and removes the WAL. */
function settle(dbFile: string): void {
  if (!existsSync(dbFile)) return;
  try {
    const db = new Database(dbFile, { fileMustExist: true });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A database too damaged to open is probably why we are restoring; its WAL is set aside below.
  }
}

/**
 * Decrypts the backup to a temporary file beside `dbFile`, checks it (authentication of every
 * chunk, TAG_FINAL, PRAGMA integrity_check, a schema this app knows) and only then renames it into
 * place. Anything wrong gives CoreError('corrupt') and leaves the existing database untouched.
 * The vault file is the caller's to restore, from the returned header.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoreSummary> {
  const temp = tempPath(options.dbFile, 'restore');
  let input: FileHandle | undefined;
  let out: FileHandle | undefined;
  let moved = false;
  try {
    input = await open(options.file, 'r');
    out = await open(temp, 'wx');
    const header = await decryptTo(input, out, options.backupKey, options.onProgress);
    await out.sync();
    await out.close();
    out = undefined;
    checkDatabase(temp);
    await Promise.all(['-wal', '-shm'].map((suffix) => rm(temp + suffix, { force: true })));

    settle(options.dbFile);
    let previous: string | undefined;
    // Date.now() in these names is not "the time", only a unique name for a file set aside
    // (tests/architecture/one-clock.test.ts): a test's stopped clock would make two collide.
    if (existsSync(options.dbFile) && (options.keepPrevious ?? true)) {
      previous = `${options.dbFile}.before-restore-${Date.now()}`;
      await link(options.dbFile, previous);
    }
    // A WAL left by the old database would be replayed into the new one: set it aside.
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(options.dbFile + suffix)) {
        await rename(options.dbFile + suffix, `${options.dbFile}${suffix}.stale-${Date.now()}`);
      }
    }
    await renameDurably(temp, options.dbFile);
    moved = true;
    return previous === undefined ? { header } : { header, previous };
  } catch (error) {
    const mapped = mapFsError(error);
    if (mapped instanceof CoreError) throw mapped;
    throw error;
  } finally {
    await input?.close();
    await out?.close();
    if (!moved) await removeDatabaseFiles(temp);
  }
}
