import { beforeAll, describe, expect, it } from 'vitest';
import { DecryptError, initSodium, randomKey } from '../../../electron/core/crypto';
import { openChunk, sealChunk, type ChunkBinding } from '../../../electron/core/attachments';

describe('an attachment chunk is bound to its file, its place and the key', () => {
  beforeAll(initSodium);
  const key = randomKey();
  const at = (index: number, over: Partial<ChunkBinding> = {}): ChunkBinding => ({
    attachmentId: 'a'.repeat(32),
    keyId: 'k1',
    index,
    count: 3,
    ...over,
  });
  const plain = (n: number): Uint8Array => new Uint8Array(64).fill(n);

  it('opens where it was sealed', () => {
    const sealed = sealChunk(key, at(1), plain(1));
    expect(openChunk(key, at(1), sealed)).toEqual(plain(1));
  });

  it('refuses a tampered chunk', () => {
    const sealed = sealChunk(key, at(0), plain(0));
    sealed.set([(sealed[sealed.length - 20] ?? 0) ^ 1], sealed.length - 20);
    expect(() => openChunk(key, at(0), sealed)).toThrow(DecryptError);
  });

  it('refuses a chunk put in another place of the same file (reordered)', () => {
    const sealed = sealChunk(key, at(0), plain(0));
    expect(() => openChunk(key, at(1), sealed)).toThrow(DecryptError);
  });

  it('refuses a file cut short: the last chunk present is not the one sealed as final', () => {
    const middle = sealChunk(key, at(1), plain(1));
    // A relay that drops chunk 2 and claims the file had 2 chunks: chunk 1 was not sealed as final.
    expect(() => openChunk(key, at(1, { count: 2 }), middle)).toThrow(DecryptError);
  });

  it('refuses a chunk swapped in from another attachment', () => {
    const other = sealChunk(key, at(0, { attachmentId: 'b'.repeat(32) }), plain(9));
    expect(() => openChunk(key, at(0), other)).toThrow(DecryptError);
  });

  it('refuses a chunk under another key id, or another key', () => {
    const sealed = sealChunk(key, at(2), plain(2));
    expect(() => openChunk(key, at(2, { keyId: 'k2' }), sealed)).toThrow(DecryptError);
    expect(() => openChunk(randomKey(), at(2), sealed)).toThrow(DecryptError);
  });

  it('refuses an index outside the file before sealing anything', () => {
    expect(() => sealChunk(key, at(3), plain(3))).toThrow(RangeError);
  });
});
