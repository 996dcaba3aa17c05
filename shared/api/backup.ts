import { z } from 'zod';
import { VaultStatus } from './vault';

/**
 * Encrypted backups: one file holding the whole vault, readable only with the passphrase or the
 * recovery key. Files move between the renderer and the core in chunks, so large vaults work
 * the same over a MessagePort and a WebSocket.
 */
export const BACKUP_CHUNK_BYTES = 512 * 1024;

const FileName = z.string().regex(/^pendamping-[0-9TZ-]+\.pdbackup$/);
const Chunk = z.string().max(Math.ceil((BACKUP_CHUNK_BYTES * 4) / 3) + 4);

export const BackupPhase = z.enum(['export', 'restore']);

export const backupMethods = {
  'backup.export': {
    input: z.object({}),
    output: z.object({ fileName: FileName, bytes: z.number().int() }),
  },
  'backup.read': {
    input: z.object({ fileName: FileName, offset: z.number().int().nonnegative() }),
    output: z.object({ chunk: Chunk, done: z.boolean() }),
  },
  'backup.beginRestore': {
    input: z.object({ bytes: z.number().int().positive() }),
    output: z.object({ uploadId: z.string() }),
  },
  'backup.uploadChunk': {
    input: z.object({ uploadId: z.string().max(64), chunk: Chunk }),
    output: z.object({ received: z.number().int() }),
  },
  /** Restores on a device with no vault yet, then unlocks with what the user typed. */
  'backup.finishRestore': {
    input: z.union([
      z.object({ uploadId: z.string().max(64), passphrase: z.string().min(1).max(1024) }),
      z.object({
        uploadId: z.string().max(64),
        recoveryKey: z.string().min(1).max(200),
        newPassphrase: z.string().min(1).max(1024),
      }),
    ]),
    output: VaultStatus,
  },
} as const;

export const backupEvents = {
  'backup.progress': z.object({
    phase: BackupPhase,
    done: z.number().nonnegative(),
    total: z.number().nonnegative(),
  }),
} as const;
