import { createHash } from 'node:crypto';
import { randomBytes } from '../crypto';
import { CoreError } from '../errors';
import type { SqliteDatabase } from '../store';
import { toHex } from '../../../shared/encoding/hex';
import {
  detectAttachmentType,
  looksComplete,
  type AttachmentType,
} from '../../../shared/attachments/file-type';
import {
  ATTACHMENT_ID,
  CHUNK_BYTES,
  chunkCountOf,
  MAX_ATTACHMENT_BYTES,
  type AttachmentProblem,
} from '../../../shared/attachments/limits';
import { openChunk, sealChunk } from './chunk-cipher';

/**
 * Which key seals a scope's attachments: the scope's current key to write, any of its keys by id
 * to read (the keyring's `currentKeyOf` and `keyOf`). Erasing a case destroys its keys, and with
 * them every chunk of its files, wherever a copy of the chunks survives.
 */
export interface AttachmentKeys {
  writeKey(scopeId: string): { keyId: string; key: Uint8Array };
  readKey(scopeId: string, keyId: string): Uint8Array | undefined;
}

/**
 * What a caller keeps about a stored file, inside an encrypted (and, when it travels, signed)
 * document, so that only those who hold the scope's key learn it: enough to read the bytes back,
 * check them whole, and tell a person what the file is before its bytes arrive.
 */
export interface AttachmentRef {
  id: string;
  scopeId: string;
  keyId: string;
  type: AttachmentType;
  size: number;
  chunkCount: number;
  /** SHA-256 of the plaintext, hex: a reassembled file must match it. */
  sha256: string;
}

export type AttachmentState = 'local' | 'remote' | 'synced';

/** A file that cannot be attached: the message is the problem's code, the UI says it. */
export function refused(problem: AttachmentProblem): CoreError {
  return new CoreError('attachment_refused', problem);
}

/** Checks a file before anything is written: size, type by its first bytes, wholeness. */
export function inspectFile(bytes: Uint8Array): AttachmentType {
  if (bytes.length === 0) throw refused('empty');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw refused('too_large');
  const type = detectAttachmentType(bytes);
  if (!type) throw refused('unknown_type');
  if (!looksComplete(type, bytes)) throw refused('damaged');
  return type;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * The device's encrypted attachment storage: sealed chunks in the store's SQLite file (so the
 * backup carries them, and `secure_delete` zeroes them when deleted). No plaintext is ever
 * written: a file is sealed chunk by chunk in memory, and read back into memory only.
 */
export class AttachmentStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly keys: AttachmentKeys,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seals and keeps a file under the scope's current key; refuses it (changing nothing) if bad. */
  put(scopeId: string, bytes: Uint8Array): AttachmentRef {
    const type = inspectFile(bytes);
    const { keyId, key } = this.keys.writeKey(scopeId);
    const id = toHex(randomBytes(16));
    const chunkCount = chunkCountOf(bytes.length);
    const insertFile = this.db.prepare(
      `INSERT INTO attachments (attachment_id, scope_id, key_id, chunk_count, sealed_bytes, state, created_at)
       VALUES (?, ?, ?, ?, ?, 'local', ?)`,
    );
    const insertChunk = this.db.prepare(
      'INSERT INTO attachment_chunks (attachment_id, idx, blob) VALUES (?, ?, ?)',
    );
    let sealedBytes = 0;
    this.db
      .transaction(() => {
        for (let index = 0; index < chunkCount; index++) {
          const plain = bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
          const sealed = sealChunk(
            key,
            { attachmentId: id, keyId, index, count: chunkCount },
            plain,
          );
          sealedBytes += sealed.length;
          insertChunk.run(id, index, asBuffer(sealed));
        }
        insertFile.run(id, scopeId, keyId, chunkCount, sealedBytes, this.now());
      })
      .immediate();
    return { id, scopeId, keyId, type, size: bytes.length, chunkCount, sha256: sha256(bytes) };
  }

  /**
   * The file's bytes, in memory. Throws `not_found` while chunks are still missing, and `corrupt`
   * when a chunk fails authentication or the whole does not match the signed hash.
   */
  read(ref: AttachmentRef): Uint8Array {
    const key = this.keys.readKey(ref.scopeId, ref.keyId);
    if (!key) throw new CoreError('locked', 'the key of this attachment is not on this device');
    const rows = this.db
      .prepare('SELECT idx, blob FROM attachment_chunks WHERE attachment_id = ? ORDER BY idx')
      .all(ref.id) as Array<{ idx: number; blob: Buffer }>;
    if (rows.length !== ref.chunkCount) {
      throw new CoreError('not_found', 'this attachment has not arrived whole yet');
    }
    const out = new Uint8Array(ref.size);
    let at = 0;
    for (const row of rows) {
      const binding = {
        attachmentId: ref.id,
        keyId: ref.keyId,
        index: row.idx,
        count: ref.chunkCount,
      };
      let plain: Uint8Array;
      try {
        plain = openChunk(key, binding, row.blob);
      } catch {
        throw new CoreError('corrupt', `chunk ${row.idx} of this attachment failed authentication`);
      }
      if (at + plain.length > out.length) throw new CoreError('corrupt', 'attachment too long');
      out.set(plain, at);
      at += plain.length;
    }
    if (at !== ref.size || sha256(out) !== ref.sha256) {
      out.fill(0);
      throw new CoreError('corrupt', 'this attachment does not match its signed hash');
    }
    return out;
  }

  /** The metadata of a file arrived from a teammate: its chunks are to be fetched. */
  expect(ref: AttachmentRef): void {
    if (!ATTACHMENT_ID.test(ref.id)) throw new CoreError('bad_request', 'bad attachment id');
    this.db
      .prepare(
        `INSERT OR IGNORE INTO attachments (attachment_id, scope_id, key_id, chunk_count, sealed_bytes, state, created_at)
         VALUES (?, ?, ?, ?, ?, 'remote', ?)`,
      )
      .run(
        ref.id,
        ref.scopeId,
        ref.keyId,
        ref.chunkCount,
        ref.size + 40 * ref.chunkCount,
        this.now(),
      );
  }

  state(id: string): AttachmentState | undefined {
    const row = this.db.prepare('SELECT state FROM attachments WHERE attachment_id = ?').get(id) as
      { state: AttachmentState } | undefined;
    return row?.state;
  }

  /** Deletes the file's chunks (zeroed by `secure_delete`). */
  delete(id: string): void {
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM attachment_chunks WHERE attachment_id = ?').run(id);
        this.db.prepare('DELETE FROM attachments WHERE attachment_id = ?').run(id);
      })
      .immediate();
  }

  /** Every file of a scope (erasure of a case): returns how many were deleted. */
  deleteScope(scopeId: string): number {
    return this.db
      .transaction(() => {
        this.db
          .prepare(
            `DELETE FROM attachment_chunks WHERE attachment_id IN
               (SELECT attachment_id FROM attachments WHERE scope_id = ?)`,
          )
          .run(scopeId);
        return this.db.prepare('DELETE FROM attachments WHERE scope_id = ?').run(scopeId).changes;
      })
      .immediate();
  }
}
