import { constants } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { toHex } from '../../../shared/encoding/hex';
import { randomBytes } from '../crypto';
import { CoreError } from '../errors';

export function tempPath(nearFile: string, label: string): string {
  const tag = toHex(randomBytes(8));
  return join(dirname(nearFile), `.${label}-${tag}.tmp`);
}

/** A file and its SQLite companions (-wal, -shm, -journal), ignoring any that do not exist. */
export async function removeDatabaseFiles(file: string): Promise<void> {
  await Promise.all(
    ['', '-wal', '-shm', '-journal'].map((suffix) => rm(file + suffix, { force: true })),
  );
}

/** Reads exactly `length` bytes at `position`, or fewer only at the end of the file. */
export async function readFully(
  fh: FileHandle,
  length: number,
  position: number,
): Promise<Uint8Array> {
  const buf = new Uint8Array(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(buf, got, length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === length ? buf : buf.subarray(0, got);
}

export async function writeFully(fh: FileHandle, bytes: Uint8Array): Promise<void> {
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await fh.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

/** rename() is atomic on one file system; fsync the directory so the new name survives power loss. */
export async function renameDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  let dir: FileHandle | undefined;
  try {
    dir = await open(dirname(to), constants.O_RDONLY);
    await dir.sync();
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename itself has happened.
  } finally {
    await dir?.close();
  }
}

export function mapFsError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CoreError('disk_full', 'The disk is full; free some space and try again.');
  }
  if (code === 'ENOENT') return new CoreError('not_found', 'The file was not found.');
  return error;
}
