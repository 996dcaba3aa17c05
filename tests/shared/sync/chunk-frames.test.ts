import { describe, expect, it } from 'vitest';
import { FrameError } from '../../../shared/sync';
import {
  decodeChunkClientFrame,
  decodeChunkServerFrame,
  encodeChunkClientFrame,
  encodeChunkServerFrame,
} from '../../../shared/sync/chunk-frames';
import { MAX_SEALED_CHUNK_BYTES } from '../../../shared/attachments/limits';

const id = 'a1'.repeat(16);

describe('the attachment chunk frames', () => {
  it('round-trip every frame', () => {
    const body = new Uint8Array(1000).fill(7);
    const put = {
      t: 'chunk-put' as const,
      requestId: 3,
      scopeId: 'case-1',
      attachmentId: id,
      index: 2,
      count: 5,
      body,
    };
    expect(decodeChunkClientFrame(encodeChunkClientFrame(put))).toEqual(put);
    const list = { t: 'chunk-list' as const, requestId: 4, code: 0, indices: [0, 1, 4] };
    expect(decodeChunkServerFrame(encodeChunkServerFrame(list))).toEqual(list);
    const data = { t: 'chunk-data' as const, requestId: 5, code: 0, index: 1, body };
    expect(decodeChunkServerFrame(encodeChunkServerFrame(data))).toEqual(data);
  });

  it('refuses a chunk larger than a sealed chunk can be', () => {
    const frame = encodeChunkClientFrame({
      t: 'chunk-put',
      requestId: 1,
      scopeId: 'case-1',
      attachmentId: id,
      index: 0,
      count: 1,
      body: new Uint8Array(MAX_SEALED_CHUNK_BYTES + 1),
    });
    expect(() => decodeChunkClientFrame(frame)).toThrow(FrameError);
  });

  it('refuses an index past the chunk count, a file name as id, and trailing bytes', () => {
    const bad = (over: { index?: number; count?: number; attachmentId?: string }): Uint8Array =>
      encodeChunkClientFrame({
        t: 'chunk-put',
        requestId: 1,
        scopeId: 'case-1',
        attachmentId: id,
        index: 0,
        count: 1,
        body: new Uint8Array(8),
        ...over,
      });
    expect(() => decodeChunkClientFrame(bad({ index: 1 }))).toThrow(FrameError);
    expect(() => decodeChunkClientFrame(bad({ attachmentId: 'surat persetujuan.jpg' }))).toThrow(
      FrameError,
    );
    const ok = bad({});
    const longer = new Uint8Array(ok.length + 1);
    longer.set(ok);
    expect(() => decodeChunkClientFrame(longer)).toThrow(FrameError);
  });
});
