import {
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { BACKUP_CHUNK_BYTES } from '../../../shared/api/backup';
import type { Handlers } from '../../../shared/api/contract';
import { exportBackup, readBackupHeader, restoreBackup } from '../backup';
import { RestoreUploads } from '../backup/restore-upload';
import type { CoreContext } from '../core-context';
import { sodium } from '../crypto';
import { CoreError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { Vault, type KdfCost } from '../vault';
import { vaultFilePath } from '../vault/vault-file';
import { DATABASE_FILE } from '../workspace';

export const BACKUP_METHODS = [
  'backup.export',
  'backup.read',
  'backup.beginRestore',
  'backup.uploadChunk',
  'backup.finishRestore',
] as const;

type BackupHandlers = Pick<
  Handlers,
  | 'backup.export'
  | 'backup.read'
  | 'backup.beginRestore'
  | 'backup.uploadChunk'
  | 'backup.finishRestore'
>;

const BACKUP_KEY_CONTEXT = 'pdbackup';

/**
 * Export writes one encrypted file into the data directory's `backups/` folder and hands it to
 * the renderer in chunks; restore receives one in chunks and, on a device with no vault yet,
 * puts vault and database in place once the passphrase or recovery key has opened it.
 */
export function backupHandlers(
  ctx: CoreContext,
  vault: Vault,
  kdfCost: KdfCost | undefined,
): BackupHandlers {
  const backups = join(ctx.dataDir, 'backups');
  const uploads = new RestoreUploads(ctx.dataDir);
  const progress = (phase: 'export' | 'restore') => (done: number, total: number) =>
    ctx.events.emit('backup.progress', { phase, done, total });

  return {
    'backup.export': async () => {
      const records = ctx.records();
      mkdirSync(backups, { recursive: true, mode: 0o700 });
      const fileName = `pendamping-${records.nowIso().replace(/[:.]/g, '-')}.pdbackup`;
      const backupKey = vault.deriveKey(BACKUP_KEY_CONTEXT, 1);
      try {
        const summary = await exportBackup({
          source: records.store,
          outFile: join(backups, fileName),
          backupKey,
          header: readFileSync(vaultFilePath(ctx.dataDir)),
          onProgress: progress('export'),
        });
        return { fileName, bytes: summary.fileBytes };
      } finally {
        sodium().memzero(backupKey);
      }
    },
    'backup.read': async ({ fileName, offset }) => {
      ctx.records();
      const fd = openSync(join(backups, fileName), 'r');
      try {
        const buffer = Buffer.alloc(BACKUP_CHUNK_BYTES);
        const read = readSync(fd, buffer, 0, BACKUP_CHUNK_BYTES, offset);
        return {
          chunk: buffer.subarray(0, read).toString('base64'),
          done: read < BACKUP_CHUNK_BYTES,
        };
      } finally {
        closeSync(fd);
      }
    },
    'backup.beginRestore': async ({ bytes }) => {
      if (vault.status().state !== 'new') {
        throw new CoreError('exists', 'a backup is restored on a device that has no vault yet');
      }
      return { uploadId: uploads.begin(bytes) };
    },
    'backup.uploadChunk': async ({ uploadId, chunk }) => ({
      received: uploads.append(uploadId, new Uint8Array(Buffer.from(chunk, 'base64'))),
    }),
    'backup.finishRestore': async (input) => {
      if (vault.status().state !== 'new') {
        throw new CoreError('exists', 'a backup is restored on a device that has no vault yet');
      }
      const file = uploads.complete(input.uploadId);
      // Open the backup's own vault file in a scratch folder first: nothing is put in place
      // until the passphrase or recovery key has proved right and the database has decrypted.
      const scratch = mkdtempSync(join(ctx.dataDir, 'incoming', 'vault-'));
      try {
        writeFileSync(join(scratch, 'vault.json'), await readBackupHeader(file), { mode: 0o600 });
        const backupVault = Vault.load(scratch, kdfCost ? { kdfCost } : {});
        const passphrase = 'passphrase' in input ? input.passphrase : input.newPassphrase;
        if ('passphrase' in input) backupVault.unlock(input.passphrase);
        else backupVault.recover(input.recoveryKey, input.newPassphrase);
        const backupKey = backupVault.deriveKey(BACKUP_KEY_CONTEXT, 1);
        try {
          await restoreBackup({
            file,
            backupKey,
            dbFile: join(ctx.dataDir, DATABASE_FILE),
            keepPrevious: false,
            onProgress: progress('restore'),
          });
        } finally {
          sodium().memzero(backupKey);
          backupVault.lock();
        }
        writeFileAtomic(vaultFilePath(ctx.dataDir), readFileSync(join(scratch, 'vault.json')));
        uploads.discard(input.uploadId);
        vault.reload();
        vault.unlock(passphrase);
        ctx.afterUnlock();
        return vault.status();
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}
