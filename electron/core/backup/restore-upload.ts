import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../../../shared/encoding/hex';
import { randomBytes } from '../crypto';
import { CoreError } from '../errors';

/** Largest backup a restore accepts: well above a counselor's vault, far below a full disk. */
const MAX_BACKUP_BYTES = 8 * 1024 ** 3;

interface Upload {
  file: string;
  expected: number;
  received: number;
}

/**
 * A backup file arriving from the renderer in chunks. It is written to the data directory's
 * `incoming/` folder, still encrypted, and removed once the restore is done.
 */
export class RestoreUploads {
  private readonly uploads = new Map<string, Upload>();

  constructor(private readonly dataDir: string) {}

  begin(bytes: number): string {
    if (bytes > MAX_BACKUP_BYTES)
      throw new CoreError('bad_request', 'the backup file is too large');
    const dir = join(this.dataDir, 'incoming');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const uploadId = toHex(randomBytes(12));
    const file = join(dir, `${uploadId}.pdbackup`);
    closeSync(openSync(file, 'w', 0o600));
    this.uploads.set(uploadId, { file, expected: bytes, received: 0 });
    return uploadId;
  }

  append(uploadId: string, chunk: Uint8Array): number {
    const upload = this.get(uploadId);
    if (upload.received + chunk.length > upload.expected) {
      this.discard(uploadId);
      throw new CoreError('bad_request', 'the backup file is longer than announced');
    }
    const fd = openSync(upload.file, 'a');
    try {
      writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
        throw new CoreError('disk_full', 'the disk is full');
      }
      throw error;
    } finally {
      closeSync(fd);
    }
    upload.received += chunk.length;
    return upload.received;
  }

  /** The complete file, or an error if chunks are missing. */
  complete(uploadId: string): string {
    const upload = this.get(uploadId);
    if (upload.received !== upload.expected || statSync(upload.file).size !== upload.expected) {
      throw new CoreError('corrupt', 'the backup file did not arrive whole; choose it again');
    }
    return upload.file;
  }

  discard(uploadId: string): void {
    const upload = this.uploads.get(uploadId);
    if (upload) rmSync(upload.file, { force: true });
    this.uploads.delete(uploadId);
  }

  private get(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new CoreError('not_found', 'no such upload');
    return upload;
  }
}
