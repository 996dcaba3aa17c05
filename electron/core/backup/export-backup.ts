import Database from 'better-sqlite3';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { sodium } from '../crypto';
import { CoreError } from '../errors';
import type { Store } from '../store';
import { CHUNK_BYTES, encodePrefix } from './format';
import { stripBackupCopy } from './strip-copy';
import {
  mapFsError,
  readFully,
  removeDatabaseFiles,
  renameDurably,
  tempPath,
  writeFully,
} from './files';

export interface ExportBackupOptions {
  /** The open store, or the path of a database file that no one is writing. */
  source: Store | string;
  outFile: string;
  /** 32 bytes, derived from the account secrets by the vault. */
  backupKey: Uint8Array;
  /** The vault file's bytes, stored in clear (its secrets are wrapped by passphrase/recovery key). */
  header: Uint8Array;
  onProgress?: (done: number, total: number) => void;
}

export interface BackupSummary {
  file: string;
  databaseBytes: number;
  fileBytes: number;
}

function checkKey(key: Uint8Array): void {
  if (key.length !== sodium().crypto_secretstream_xchacha20poly1305_KEYBYTES) {
    throw new TypeError('a backup key must be 32 bytes');
  }
}

async function copyDatabase(source: Store | string, copy: string): Promise<void> {
  if (typeof source !== 'string') return source.copyTo(copy);
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(copy);
  } finally {
    db.close();
  }
}

/**
 * Writes one encrypted backup file: a consistent copy of the database (SQLite's online backup,
 * into a temporary file beside the database, deleted afterwards), stripped of what a backup must
 * not carry (strip-copy.ts), streamed through secretstream.
 * The output appears at `outFile` only when complete (written to a temporary name, fsynced,
 * renamed).
 */
export async function exportBackup(options: ExportBackupOptions): Promise<BackupSummary> {
  checkKey(options.backupKey);
  const s = sodium();
  const dbFile = typeof options.source === 'string' ? options.source : options.source.file;
  const copy = tempPath(dbFile, 'backup-copy');
  const partial = tempPath(options.outFile, 'backup-partial');
  let input: FileHandle | undefined;
  let output: FileHandle | undefined;
  let done = false;
  try {
    await copyDatabase(options.source, copy);
    stripBackupCopy(copy);
    const total = (await stat(copy)).size;
    input = await open(copy, 'r');
    output = await open(partial, 'wx');

    const prefix = encodePrefix(options.header);
    const { state, header: streamHeader } = s.crypto_secretstream_xchacha20poly1305_init_push(
      options.backupKey,
    );
    await writeFully(output, prefix);
    await writeFully(output, streamHeader);

    let position = 0;
    let first = true;
    options.onProgress?.(0, total);
    do {
      const chunk = await readFully(input, Math.min(CHUNK_BYTES, total - position), position);
      position += chunk.length;
      const last = position >= total;
      const tag = last
        ? s.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
      const sealed = s.crypto_secretstream_xchacha20poly1305_push(
        state,
        chunk,
        first ? prefix : null,
        tag,
      );
      first = false;
      await writeFully(output, sealed);
      options.onProgress?.(position, total);
      if (chunk.length === 0 && !last) throw new Error('the database copy shrank while reading');
    } while (position < total);

    await output.sync();
    const fileBytes = (await output.stat()).size;
    await output.close();
    output = undefined;
    await renameDurably(partial, options.outFile);
    done = true;
    return { file: options.outFile, databaseBytes: total, fileBytes };
  } catch (error) {
    const mapped = mapFsError(error);
    if (mapped instanceof CoreError) throw mapped;
    throw error;
  } finally {
    await input?.close();
    await output?.close();
    await removeDatabaseFiles(copy);
    if (!done) await removeDatabaseFiles(partial);
  }
}
