import { randomBytes, randomKey } from '../../../../electron/core/crypto';
import type { KeyProvider } from '../../../../electron/core/store';

/** A KeyProvider for tests: a random key per document, rotatable, every old key remembered. */
export class TestKeys implements KeyProvider {
  private readonly current = new Map<string, { keyId: string; key: Uint8Array }>();
  private readonly all = new Map<string, Uint8Array>();

  writeKey(docId: string): { keyId: string; key: Uint8Array } {
    return this.current.get(docId) ?? this.rotate(docId);
  }

  readKey(docId: string, keyId: string): Uint8Array | undefined {
    return this.all.get(`${docId}/${keyId}`);
  }

  rotate(docId: string): { keyId: string; key: Uint8Array } {
    const entry = { keyId: Buffer.from(randomBytes(6)).toString('hex'), key: randomKey() };
    this.current.set(docId, entry);
    this.all.set(`${docId}/${entry.keyId}`, entry.key);
    return entry;
  }

  forget(docId: string, keyId: string): void {
    this.all.delete(`${docId}/${keyId}`);
  }
}

/** One key for every document, e.g. for a child process that gets the key as hex. */
export function singleKey(key: Uint8Array, keyId = 'k1'): KeyProvider {
  return {
    writeKey: () => ({ keyId, key }),
    readKey: (_docId, id) => (id === keyId ? key : undefined),
  };
}
