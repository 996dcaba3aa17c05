import { DecryptError, open, seal } from '../crypto';
import { lengthPrefixed } from '../crypto/aead';

/**
 * One chunk of an attachment, sealed with XChaCha20-Poly1305 (a random 24-byte nonce each). The
 * associated data binds the attachment id, the key id, the chunk's index, the number of chunks
 * and whether this is the last one, so a chunk cannot be moved to another attachment or another
 * place in this one, and a file cut short (the relay or a disk dropping its tail) or padded with
 * extra chunks does not open: the last chunk says it is last, and every chunk says how many
 * there are. The content hash in the attachment's signed metadata covers the whole.
 */
export interface ChunkBinding {
  attachmentId: string;
  keyId: string;
  index: number;
  count: number;
}

const DOMAIN = 'pendamping/attachment-chunk/v1';

/** Length-prefixed fields (as the store's associated data): no two bindings share bytes. */
export function chunkAssociatedData(b: ChunkBinding): Uint8Array {
  if (!Number.isSafeInteger(b.index) || !Number.isSafeInteger(b.count)) {
    throw new RangeError('a chunk index and count are whole numbers');
  }
  if (b.count < 1 || b.index < 0 || b.index >= b.count) {
    throw new RangeError(`chunk ${b.index} is outside 0..${b.count - 1}`);
  }
  const final = b.index === b.count - 1 ? 'final' : 'more';
  return lengthPrefixed([DOMAIN, b.attachmentId, b.keyId, String(b.index), String(b.count), final]);
}

export function sealChunk(key: Uint8Array, binding: ChunkBinding, plain: Uint8Array): Uint8Array {
  return seal(key, plain, chunkAssociatedData(binding));
}

/** Throws DecryptError for a chunk that was changed, moved, or belongs to another attachment. */
export function openChunk(key: Uint8Array, binding: ChunkBinding, sealed: Uint8Array): Uint8Array {
  try {
    return open(key, sealed, chunkAssociatedData(binding));
  } catch (error) {
    if (error instanceof DecryptError) {
      throw new DecryptError(`chunk ${binding.index} of ${binding.count} failed authentication`);
    }
    throw error;
  }
}
