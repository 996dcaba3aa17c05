import { createHash } from 'node:crypto';
import type { LibraryFileRef, LibraryMediaType } from '../../../shared/domain/library';
import { CoreError } from '../errors';
import { newRecordId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';

/**
 * Where the bytes of a leaflet or an image are kept: a small seam, so the library does not care
 * how. In a team they go to the encrypted attachment storage (library-attachments.ts); a file
 * kept before this device holds a scope key (working alone, or before the team's key arrives)
 * goes to DocumentLibraryFiles below.
 */
export interface LibraryFiles {
  /** Encrypts and keeps the bytes, in the given scope (none: this device's personal key). */
  put(
    bytes: Uint8Array,
    meta: { name: string; mediaType: LibraryMediaType },
    scopeId: string | undefined,
  ): LibraryFileRef;
  /** The bytes, or undefined while some chunk has not arrived from the team yet. */
  get(ref: LibraryFileRef): Uint8Array | undefined;
  /** Copies the bytes into another scope under a new id (a library joining a team). */
  copy(ref: LibraryFileRef, scopeId: string): LibraryFileRef;
  /** A file a teammate added was seen: fetch its bytes when the sync can. */
  announce?(ref: LibraryFileRef): void;
}

export const LIBRARY_FILE_KIND = 'libfile';
export const FILE_CHUNK_BYTES = 256 * 1024;

export const fileChunkDocumentId = (fileId: string, n: number): string => `libfile-${fileId}-${n}`;
export const isFileChunkDocument = (docId: string): boolean =>
  /^libfile-[0-9a-f]{32}-\d{1,4}$/.test(docId);

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Files kept in the notebook's own encrypted documents (the store seals each row with the
 * document's key, electron/core/store/blobs.ts): one document per 256 KiB chunk,
 * `libfile-<file id>-<n>`, under the personal key when no scope is given, so they never leave
 * the device; under a scope, the team sync would carry them like any update, each chunk fitting
 * a sync frame (1 MiB) on its own, snapshots included.
 */
export class DocumentLibraryFiles implements LibraryFiles {
  constructor(private readonly records: RecordsContext) {}

  put(
    bytes: Uint8Array,
    meta: { name: string; mediaType: LibraryMediaType },
    scopeId: string | undefined,
  ): LibraryFileRef {
    if (bytes.length === 0) throw new CoreError('bad_request', 'the file is empty');
    const fileId = newRecordId();
    const { keyring, store, docs } = this.records;
    for (let n = 0; n * FILE_CHUNK_BYTES < bytes.length; n++) {
      const docId = fileChunkDocumentId(fileId, n);
      if (scopeId) keyring.assignDocument(docId, scopeId);
      store.setDocumentKind(docId, LIBRARY_FILE_KIND);
      const chunk = bytes.slice(n * FILE_CHUNK_BYTES, (n + 1) * FILE_CHUNK_BYTES);
      docs.transact(docId, (doc) => doc.getMap<Uint8Array>('chunk').set('bytes', chunk));
      // The bytes are on disk, sealed; a large file need not stay in memory.
      docs.close(docId);
    }
    return {
      fileId,
      name: meta.name,
      mediaType: meta.mediaType,
      size: bytes.length,
      sha256: sha256(bytes),
    };
  }

  get(ref: LibraryFileRef): Uint8Array | undefined {
    const out = new Uint8Array(ref.size);
    const { store, docs } = this.records;
    for (let n = 0; n * FILE_CHUNK_BYTES < ref.size; n++) {
      const docId = fileChunkDocumentId(ref.fileId, n);
      if (!store.documentKind(docId)) return undefined;
      const wasOpen = docs.isOpen(docId);
      const chunk = docs.open(docId).getMap<unknown>('chunk').get('bytes');
      if (!wasOpen) docs.close(docId);
      if (!(chunk instanceof Uint8Array) || n * FILE_CHUNK_BYTES + chunk.length > ref.size) {
        return undefined;
      }
      out.set(chunk, n * FILE_CHUNK_BYTES);
    }
    // A chunk swapped or damaged by a member is caught here: the approved hash is the file's.
    if (sha256(out) !== ref.sha256) {
      throw new CoreError('bad_request', 'the file does not match what was stored');
    }
    return out;
  }

  copy(ref: LibraryFileRef, scopeId: string): LibraryFileRef {
    const bytes = this.get(ref);
    if (!bytes) throw new CoreError('not_found', 'the file is not on this device yet');
    return { ...this.put(bytes, ref, scopeId), name: ref.name };
  }
}
