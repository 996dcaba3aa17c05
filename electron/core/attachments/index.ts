/**
 * Encrypted attachments (issue #14, item 1): the public face.
 *
 * Storing and reading an encrypted file, for any feature (a case's consent-form photo, a team
 * library's leaflet):
 *
 * ```ts
 * const files = new AttachmentStore(store.database, keyringAttachmentKeys(keyring));
 * const ref = files.put(scopeId, bytes);   // checks type (magic bytes), size, wholeness; seals
 * // keep `ref` (and a file name, if any) in an encrypted document of the same scope
 * const bytes = files.read(ref);           // in memory; checked chunk by chunk and against ref.sha256
 * files.delete(ref.id);                    // or files.deleteScope(scopeId) when a case is erased
 * ```
 *
 * - `put` throws CoreError('attachment_refused', problem) for an empty, too large, unknown or
 *   damaged file and writes nothing.
 * - The bytes are sealed with the scope's current key in 256 KiB chunks; the `ref` is what a
 *   reader needs (id, scope, key id, type, size, chunk count, SHA-256 of the plaintext). It is
 *   not secret by itself, but it says what the file is: keep it encrypted.
 * - A file whose metadata arrived from a teammate is announced with `expect(ref)`; the sync
 *   (`AttachmentSync`) fetches its chunks when the data saver allows; `read` throws `not_found`
 *   until then.
 * - Nothing is ever written in clear: no temporary files. Saving a file where a person chooses
 *   is the host's job (a download in the web host, a save dialog in Electron).
 */
import type { Keyring } from '../keys/keyring';
import type { AttachmentKeys } from './attachment-store';

export {
  AttachmentStore,
  inspectFile,
  refused,
  type AttachmentKeys,
  type AttachmentRef,
  type AttachmentState,
} from './attachment-store';
export { ChunkQueue, type QueuedFile, type WaitingTotals } from './chunk-queue';
export { openChunk, sealChunk, chunkAssociatedData, type ChunkBinding } from './chunk-cipher';

/** The keyring's scope keys, as attachment storage asks for them. */
export function keyringAttachmentKeys(keyring: Keyring): AttachmentKeys {
  return {
    writeKey: (scopeId) => {
      const { keyId, key } = keyring.currentKeyOf(scopeId);
      return { keyId, key };
    },
    readKey: (scopeId, keyId) => keyring.keyOf(scopeId, keyId),
  };
}
export { AttachmentSync, type ChunkTransport, type TransferStats } from './attachment-sync';
