import { join } from 'node:path';
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { randomKey } from '../../../electron/core/crypto';
import { migrate, openDatabase, type SqliteDatabase } from '../../../electron/core/store';
import type { AttachmentKeys } from '../../../electron/core/attachments';
import { tempDir } from '../store/support/temp';

/** A database at the latest schema and a key table standing in for the keyring. */
export function attachmentBench(): {
  db: SqliteDatabase;
  keys: AttachmentKeys & { rotate(scopeId: string): void; forget(scopeId: string): void };
  dir: string;
  cleanup(): void;
} {
  const tmp = tempDir();
  const db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
  migrate(db);
  const byScope = new Map<string, Map<string, Uint8Array>>();
  const current = new Map<string, string>();
  const rotate = (scopeId: string): void => {
    const keyId = `k${byScope.get(scopeId)?.size ?? 0}`;
    const keys = byScope.get(scopeId) ?? new Map<string, Uint8Array>();
    keys.set(keyId, randomKey());
    byScope.set(scopeId, keys);
    current.set(scopeId, keyId);
  };
  const keys = {
    writeKey(scopeId: string) {
      if (!current.has(scopeId)) rotate(scopeId);
      const keyId = current.get(scopeId) as string;
      return { keyId, key: byScope.get(scopeId)?.get(keyId) as Uint8Array };
    },
    readKey: (scopeId: string, keyId: string) => byScope.get(scopeId)?.get(keyId),
    rotate,
    forget: (scopeId: string) => {
      byScope.delete(scopeId);
      current.delete(scopeId);
    },
  };
  return {
    db,
    keys,
    dir: tmp.dir,
    cleanup: () => {
      db.close();
      tmp.cleanup();
    },
  };
}

/**
 * A JPEG-shaped file of `size` bytes: SOI marker, random body, EOI marker. The body holds no 0xFF,
 * as a real JPEG's coded data stuffs it, so the only end marker is the last one (a random body
 * held FF D9 in its last kilobyte about once in 64 files, and a cut-off photo then looked whole).
 */
export function fakeJpeg(size: number): Uint8Array {
  const bytes = new Uint8Array(nodeRandomBytes(size)).map((b) => (b === 0xff ? 0xfe : b));
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

/** A PDF whose text is `marker` in clear (for leak scans). */
export function pdfWith(marker: string): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj (${marker}) endobj\n%%EOF\n`);
}
