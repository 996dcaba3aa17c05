import { expect } from 'vitest';
import { PASSPHRASE, startCore, type CoreHarness } from './core-harness';

/** Exports a backup and reads it back in chunks, as the renderer downloads it. */
export async function downloadBackup(h: CoreHarness): Promise<Buffer> {
  const { fileName, bytes } = await h.call('backup.export', {});
  const parts: Buffer[] = [];
  for (let offset = 0, done = false; !done;) {
    const part = await h.call('backup.read', { fileName, offset });
    const chunk = Buffer.from(part.chunk, 'base64');
    parts.push(chunk);
    offset += chunk.length;
    done = part.done;
  }
  const file = Buffer.concat(parts);
  expect(file.length).toBe(bytes);
  return file;
}

/** Sends a backup file to the core in chunks, as the restore screen does; returns its upload id. */
export async function uploadBackup(h: CoreHarness, file: Buffer): Promise<string> {
  const { uploadId } = await h.call('backup.beginRestore', { bytes: file.length });
  for (let at = 0; at < file.length; at += 100_000) {
    await h.call('backup.uploadChunk', {
      uploadId,
      chunk: file.subarray(at, at + 100_000).toString('base64'),
    });
  }
  return uploadId;
}

/** Restores a backup file on a fresh data directory, as a new laptop would, and unlocks it. */
export async function restoreOnNewDevice(file: Buffer): Promise<CoreHarness> {
  const h = await startCore();
  const uploadId = await uploadBackup(h, file);
  const status = await h.call('backup.finishRestore', { uploadId, passphrase: PASSPHRASE });
  expect(status.state).toBe('unlocked');
  return h;
}
