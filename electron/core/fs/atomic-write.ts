import * as fs from 'node:fs';
import * as path from 'node:path';
import { CoreError } from '../errors';

/**
 * Write to a temporary file, flush it, rename it over the target, flush the directory: a crash
 * or power cut leaves either the old file or the new one, never half of one.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  // Date.now() here is not "the time", only a unique name (tests/architecture/one-clock.test.ts).
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (isErrno(error, 'ENOSPC')) throw new CoreError('disk_full', 'the disk is full');
    throw error;
  }
  fsyncDirectory(dir);
}

/** Makes a rename durable. Windows cannot open a directory for fsync; NTFS journals renames. */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!(isErrno(error, 'EISDIR') || isErrno(error, 'EPERM') || isErrno(error, 'EINVAL'))) {
      throw error;
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
