import { open, type FileHandle } from 'node:fs/promises';
import { CoreError } from '../errors';
import { corrupt, parseFixedPrefix, PREFIX_FIXED_BYTES } from './format';
import { mapFsError, readFully } from './files';

export interface BackupPrefix {
  /** The vault file bytes stored in the backup. */
  header: Uint8Array;
  /** Magic ‖ version ‖ length ‖ header: the associated data of the first chunk. */
  prefix: Uint8Array;
}

export async function readPrefix(fh: FileHandle): Promise<BackupPrefix> {
  const fixed = await readFully(fh, PREFIX_FIXED_BYTES, 0);
  const headerLength = parseFixedPrefix(fixed);
  const prefix = await readFully(fh, PREFIX_FIXED_BYTES + headerLength, 0);
  if (prefix.length !== PREFIX_FIXED_BYTES + headerLength) throw corrupt('the file is cut short');
  return { header: prefix.slice(PREFIX_FIXED_BYTES), prefix };
}

/**
 * The header (the vault file) of a backup, read without any key, so the restoring side can ask
 * for the passphrase or recovery key and derive the backup key. Not authenticated until
 * restoreBackup decrypts the first chunk.
 */
export async function readBackupHeader(file: string): Promise<Uint8Array> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(file, 'r');
    return (await readPrefix(fh)).header;
  } catch (error) {
    const mapped = mapFsError(error);
    if (mapped instanceof CoreError) throw mapped;
    throw error;
  } finally {
    await fh?.close();
  }
}
