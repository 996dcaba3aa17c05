import { beforeAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { CoreError } from '../../../electron/core/errors';
import { AttachmentStore, ChunkQueue } from '../../../electron/core/attachments';
import { CHUNK_BYTES, MAX_ATTACHMENT_BYTES } from '../../../shared/attachments/limits';
import { attachmentBench, fakeJpeg } from './support';

const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CoreError) return `${error.code}:${error.message}`;
    throw error;
  }
  return undefined;
};

describe('the device keeps attachments sealed in chunks', () => {
  let bench: ReturnType<typeof attachmentBench>;
  let files: AttachmentStore;
  let queue: ChunkQueue;
  const count = (sql: string): number => (bench.db.prepare(sql).get() as { n: number }).n;

  beforeAll(initSodium);
  beforeEach(() => {
    bench = attachmentBench();
    files = new AttachmentStore(bench.db, bench.keys);
    queue = new ChunkQueue(bench.db, bench.keys);
  });
  afterEach(() => bench.cleanup());

  it('reads back a multi-chunk photo exactly, checked against its hash', () => {
    const photo = fakeJpeg(CHUNK_BYTES * 2 + 1234);
    const ref = files.put('case-1', photo);
    expect(ref).toMatchObject({ type: 'image/jpeg', size: photo.length, chunkCount: 3 });
    expect(files.read(ref)).toEqual(photo);
    expect(files.state(ref.id)).toBe('local');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a file over the limit', fakeJpeg(MAX_ATTACHMENT_BYTES + 1), 'too_large'],
    ['a file of an unknown type', new TextEncoder().encode('MZ a program'), 'unknown_type'],
    ['a photo cut off mid-way', fakeJpeg(5000).subarray(0, 4000), 'damaged'],
  ])('refuses %s and stores nothing', (_name, bytes, problem) => {
    expect(refusal(() => files.put('case-1', bytes))).toBe(`attachment_refused:${problem}`);
    expect(count('SELECT count(*) AS n FROM attachments')).toBe(0);
    expect(count('SELECT count(*) AS n FROM attachment_chunks')).toBe(0);
  });

  it('refuses to read a file whose chunks were swapped, or whose last chunk was dropped', () => {
    const ref = files.put('case-1', fakeJpeg(CHUNK_BYTES * 2 + 10));
    const blob = (idx: number): Buffer =>
      (
        bench.db
          .prepare('SELECT blob FROM attachment_chunks WHERE attachment_id = ? AND idx = ?')
          .get(ref.id, idx) as { blob: Buffer }
      ).blob;
    const [first, second] = [blob(0), blob(1)];
    const put = bench.db.prepare(
      'UPDATE attachment_chunks SET blob = ? WHERE attachment_id = ? AND idx = ?',
    );
    put.run(second, ref.id, 0);
    put.run(first, ref.id, 1);
    expect(refusal(() => files.read(ref))).toMatch(/^corrupt:/);
    bench.db
      .prepare('DELETE FROM attachment_chunks WHERE attachment_id = ? AND idx = 2')
      .run(ref.id);
    expect(refusal(() => files.read({ ...ref, chunkCount: 2 }))).toMatch(/^corrupt:/);
  });

  it('refuses a whole file whose hash does not match the signed metadata', () => {
    const ref = files.put('case-1', fakeJpeg(4000));
    expect(refusal(() => files.read({ ...ref, sha256: '0'.repeat(64) }))).toMatch(/^corrupt:/);
  });

  it('keeps reading an older file after the case key rotates (handover)', () => {
    const before = fakeJpeg(3000);
    const ref = files.put('case-1', before);
    bench.keys.rotate('case-1');
    const after = files.put('case-1', fakeJpeg(3000));
    expect(after.keyId).not.toBe(ref.keyId);
    expect(files.read(ref)).toEqual(before);
  });

  it('cannot be read at all once the case keys are destroyed, and deleteScope removes every chunk', () => {
    const ref = files.put('case-1', fakeJpeg(3000));
    files.put('case-2', fakeJpeg(3000));
    bench.keys.forget('case-1');
    expect(refusal(() => files.read(ref))).toMatch(/^locked:/);
    expect(files.deleteScope('case-1')).toBe(1);
    expect(count('SELECT count(*) AS n FROM attachment_chunks')).toBe(1);
  });

  it('counts what waits to go up and to come down, and takes a fetched chunk only where it belongs', () => {
    const ref = files.put('case-1', fakeJpeg(CHUNK_BYTES + 100));
    expect(queue.waiting().upload.files).toBe(1);
    queue.markSent(ref.id, [0]);
    expect(queue.unsent(ref.id)).toEqual([1]);
    queue.markSent(ref.id, [1]);
    expect(files.state(ref.id)).toBe('synced');
    expect(queue.waiting().upload).toEqual({ files: 0, bytes: 0 });

    // Another device: the metadata arrived, the bytes did not.
    const chunk0 = queue.sealedChunk(ref.id, 0) as Uint8Array;
    const chunk1 = queue.sealedChunk(ref.id, 1) as Uint8Array;
    files.delete(ref.id);
    files.expect(ref);
    expect(queue.waiting().download.files).toBe(1);
    expect(queue.arrived(ref.id, 0, chunk1)).toBe(false);
    expect(queue.arrived(ref.id, 0, chunk0)).toBe(true);
    expect(refusal(() => files.read(ref))).toMatch(/^not_found:/);
    expect(queue.arrived(ref.id, 1, chunk1)).toBe(true);
    expect(files.state(ref.id)).toBe('synced');
    expect(files.read(ref).length).toBe(ref.size);
  });
});
