import { FrameError, Reader, Writer } from './codec';
import { checkOpaqueId, MAX_FRAME_BYTES } from './frames';
import { ATTACHMENT_ID, MAX_CHUNKS, MAX_SEALED_CHUNK_BYTES } from '../attachments/limits';

/**
 * The attachment path of the sync protocol (issue #14, item 1; docs/sync-protocol.md,
 * "Attachments"): sealed chunks go up and come down one frame each, beside the entry log and
 * not in it, so a large file neither holds back the notes nor is pulled by every device before
 * the person allows it. Resumable: the client asks which chunks the relay holds (`chunk-have`)
 * and sends only the others; the relay acknowledges each chunk once it is durable, and an
 * acknowledged chunk is never sent again. Type bytes 48–50 (client) and 24–26 (server) are
 * outside the entry frames' ranges, so a relay that does not know them refuses them as unknown.
 */
export type ChunkClientFrame =
  | { t: 'chunk-have'; requestId: number; scopeId: string; attachmentId: string }
  | {
      t: 'chunk-put';
      requestId: number;
      scopeId: string;
      attachmentId: string;
      index: number;
      count: number;
      body: Uint8Array;
    }
  | { t: 'chunk-get'; requestId: number; scopeId: string; attachmentId: string; index: number };

export type ChunkServerFrame =
  /** `code` 0 with the indices the relay holds (ascending), or an ErrorCode and none. */
  | { t: 'chunk-list'; requestId: number; code: number; indices: number[] }
  | { t: 'chunk-ack'; requestId: number; code: number; index: number }
  | { t: 'chunk-data'; requestId: number; code: number; index: number; body: Uint8Array };

const C = { 'chunk-have': 48, 'chunk-put': 49, 'chunk-get': 50 } as const;
const S = { 'chunk-list': 24, 'chunk-ack': 25, 'chunk-data': 26 } as const;

export const isChunkClientFrame = (bytes: Uint8Array): boolean =>
  bytes.length > 0 && (bytes[0] as number) >= 48 && (bytes[0] as number) <= 50;
export const isChunkServerFrame = (bytes: Uint8Array): boolean =>
  bytes.length > 0 && (bytes[0] as number) >= 24 && (bytes[0] as number) <= 26;

function attachmentId(r: Reader): string {
  const id = r.str(64);
  if (!ATTACHMENT_ID.test(id)) throw new FrameError('malformed', 'invalid attachment id');
  return id;
}

function chunkIndex(r: Reader, count = MAX_CHUNKS): number {
  const index = r.uint();
  if (index >= count) throw new FrameError('malformed', `chunk ${index} beyond ${count}`);
  return index;
}

function reader(bytes: Uint8Array): Reader {
  if (bytes.length > MAX_FRAME_BYTES) {
    throw new FrameError('too-large', `frame of ${bytes.length} bytes exceeds ${MAX_FRAME_BYTES}`);
  }
  return new Reader(bytes);
}

export function encodeChunkClientFrame(f: ChunkClientFrame): Uint8Array {
  const w = new Writer(f.t === 'chunk-put' ? f.body.length + 128 : 96).u8(C[f.t]);
  w.uint(f.requestId).str(f.scopeId).str(f.attachmentId);
  if (f.t === 'chunk-put') w.uint(f.index).uint(f.count).bytes(f.body);
  if (f.t === 'chunk-get') w.uint(f.index);
  return w.finish();
}

export function decodeChunkClientFrame(bytes: Uint8Array): ChunkClientFrame {
  const r = reader(bytes);
  const type = r.u8();
  const requestId = r.uint();
  const scopeId = checkOpaqueId(r.str(128), 'scope id');
  const id = attachmentId(r);
  let f: ChunkClientFrame;
  switch (type) {
    case C['chunk-have']:
      f = { t: 'chunk-have', requestId, scopeId, attachmentId: id };
      break;
    case C['chunk-put']: {
      const index = r.uint();
      const count = r.uint();
      if (count < 1 || count > MAX_CHUNKS || index >= count) {
        throw new FrameError('malformed', `chunk ${index} of ${count}`);
      }
      const body = r.bytes(MAX_SEALED_CHUNK_BYTES).slice();
      f = { t: 'chunk-put', requestId, scopeId, attachmentId: id, index, count, body };
      break;
    }
    case C['chunk-get']:
      f = { t: 'chunk-get', requestId, scopeId, attachmentId: id, index: chunkIndex(r) };
      break;
    default:
      throw new FrameError('unknown-type', `unknown chunk frame type ${type}`);
  }
  r.end();
  return f;
}

export function encodeChunkServerFrame(f: ChunkServerFrame): Uint8Array {
  const w = new Writer(f.t === 'chunk-data' ? f.body.length + 32 : 32).u8(S[f.t]);
  w.uint(f.requestId).u8(f.code);
  if (f.t === 'chunk-list') {
    w.uint(f.indices.length);
    for (const i of f.indices) w.uint(i);
  } else if (f.t === 'chunk-ack') {
    w.uint(f.index);
  } else {
    w.uint(f.index).bytes(f.body);
  }
  return w.finish();
}

export function decodeChunkServerFrame(bytes: Uint8Array): ChunkServerFrame {
  const r = reader(bytes);
  const type = r.u8();
  const requestId = r.uint();
  const code = r.u8();
  let f: ChunkServerFrame;
  switch (type) {
    case S['chunk-list']: {
      const n = r.uint();
      if (n > MAX_CHUNKS) throw new FrameError('malformed', `a list of ${n} chunks`);
      const indices: number[] = [];
      for (let i = 0; i < n; i++) indices.push(chunkIndex(r));
      f = { t: 'chunk-list', requestId, code, indices };
      break;
    }
    case S['chunk-ack']:
      f = { t: 'chunk-ack', requestId, code, index: chunkIndex(r) };
      break;
    case S['chunk-data']:
      f = {
        t: 'chunk-data',
        requestId,
        code,
        index: chunkIndex(r),
        body: r.bytes(MAX_SEALED_CHUNK_BYTES).slice(),
      };
      break;
    default:
      throw new FrameError('unknown-type', `unknown chunk frame type ${type}`);
  }
  r.end();
  return f;
}
