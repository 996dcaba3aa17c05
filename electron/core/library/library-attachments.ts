import type { LibraryFileRef, LibraryMediaType } from '../../../shared/domain/library';
import { ATTACHMENT_ID } from '../../../shared/attachments/limits';
import type { AttachmentRef, AttachmentStore } from '../attachments';
import { CoreError } from '../errors';
import type { LibraryFiles } from './library-files';

/**
 * The team library's files in the encrypted attachment storage of issue #14, item 1
 * (electron/core/attachments): sealed in 256 KiB chunks under the team-wide scope's key, synced
 * by the attachment sync when the data saver allows. A file kept before the device has a scope
 * key (working alone, or before the team's key arrives) stays in `local`, under the personal key;
 * once the library joins the team, it is copied here.
 */
export class AttachmentLibraryFiles implements LibraryFiles {
  constructor(
    private readonly attachments: AttachmentStore,
    private readonly local: LibraryFiles,
  ) {}

  put(
    bytes: Uint8Array,
    meta: { name: string; mediaType: LibraryMediaType },
    scopeId: string | undefined,
  ): LibraryFileRef {
    if (!scopeId) return this.local.put(bytes, meta, scopeId);
    // Checks the type by its bytes, the size and wholeness; refuses (storing nothing) otherwise.
    const ref = this.attachments.put(scopeId, bytes);
    if (ref.type !== meta.mediaType) {
      this.attachments.delete(ref.id);
      throw new CoreError('bad_request', 'the file is not the type its name says');
    }
    return {
      fileId: ref.id,
      name: meta.name,
      mediaType: meta.mediaType,
      size: ref.size,
      sha256: ref.sha256,
      attachment: { scopeId: ref.scopeId, keyId: ref.keyId, chunkCount: ref.chunkCount },
    };
  }

  get(ref: LibraryFileRef): Uint8Array | undefined {
    const attachment = toAttachment(ref);
    if (!attachment) return this.local.get(ref);
    try {
      return this.attachments.read(attachment);
    } catch (error) {
      if (error instanceof CoreError && error.code === 'not_found') return undefined;
      throw error;
    }
  }

  copy(ref: LibraryFileRef, scopeId: string): LibraryFileRef {
    const bytes = this.get(ref);
    if (!bytes) throw new CoreError('not_found', 'the file is not on this device yet');
    return this.put(bytes, ref, scopeId);
  }

  /** A file a teammate added: its chunks are fetched by the attachment sync from now on. */
  announce(ref: LibraryFileRef): void {
    const attachment = toAttachment(ref);
    if (attachment && this.attachments.state(attachment.id) === undefined) {
      this.attachments.expect(attachment);
    }
  }
}

function toAttachment(ref: LibraryFileRef): AttachmentRef | undefined {
  if (!ref.attachment || !ATTACHMENT_ID.test(ref.fileId)) return undefined;
  return {
    id: ref.fileId,
    scopeId: ref.attachment.scopeId,
    keyId: ref.attachment.keyId,
    type: ref.mediaType,
    size: ref.size,
    chunkCount: ref.attachment.chunkCount,
    sha256: ref.sha256,
  };
}
