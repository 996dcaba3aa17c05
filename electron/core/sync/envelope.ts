import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { EntryKind, FrameError, Reader, Writer } from '../../../shared/sync';
import { openBound, sealBound } from '../crypto';

/**
 * The content of an update or snapshot entry: codec byte ‖ length ‖ data ‖ zero padding, sealed
 * with XChaCha20-Poly1305 under the case key, with the document id, the entry kind and the key id
 * in the associated data (electron/core/crypto). The signature over header and ciphertext is added
 * by the caller (identity.ts).
 *
 * Compression: deflate-raw when the data is at least COMPRESS_MIN bytes and it saves something.
 * Yjs text updates of a typing batch are mostly the typed characters plus ids, and deflate takes
 * 20–60 % off batches of a few hundred bytes; tiny updates do not pay the codec's overhead.
 *
 * Padding hides the exact size of an edit from the server (docs/sync-protocol.md, "What the server
 * learns"). Buckets: multiples of 16 bytes up to 256, of 64 up to 4 KiB, then 1/16 of the next power
 * of two (≤ 6.25 %). Measured on the seph-blog1 replay this adds about 4 % to the bytes on the
 * wire (bench/suites/sync.ts prints it).
 */
const CODEC_RAW = 0;
const CODEC_DEFLATE = 1;
const COMPRESS_MIN = 96;

export function paddedLength(n: number): number {
  if (n <= 256) return Math.ceil(n / 16) * 16;
  if (n <= 4096) return Math.ceil(n / 64) * 64;
  const step = 2 ** (Math.floor(Math.log2(n)) - 4);
  return Math.ceil(n / step) * step;
}

export function bindingKind(kind: EntryKind): string {
  return kind === EntryKind.Snapshot ? 'sync-snapshot' : 'sync-update';
}

export function encodePayload(data: Uint8Array, pad = true): Uint8Array {
  let codec = CODEC_RAW;
  let body = data;
  if (data.length >= COMPRESS_MIN) {
    const packed = deflateRawSync(data, { level: 6 });
    if (packed.length < data.length) {
      codec = CODEC_DEFLATE;
      body = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
    }
  }
  const w = new Writer(body.length + 8).u8(codec).uint(body.length).raw(body);
  const out = new Uint8Array(pad ? paddedLength(w.length) : w.length);
  out.set(w.finish());
  return out;
}

export function decodePayload(plain: Uint8Array): Uint8Array {
  const r = new Reader(plain);
  const codec = r.u8();
  const body = r.fixed(r.uint());
  // The rest is padding: zeros only, so the padding cannot carry anything either.
  for (let i = plain.length - r.remaining; i < plain.length; i++) {
    if (plain[i] !== 0) throw new FrameError('malformed', 'non-zero padding');
  }
  if (codec === CODEC_RAW) return body.slice();
  if (codec === CODEC_DEFLATE) {
    const out = inflateRawSync(body, { maxOutputLength: 64 * 1024 * 1024 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }
  throw new FrameError('malformed', `unknown payload codec ${codec}`);
}

export function sealPayload(
  data: Uint8Array,
  binding: { docId: string; kind: EntryKind; keyId: string },
  key: Uint8Array,
  pad = true,
): Uint8Array {
  return sealBound(key, encodePayload(data, pad), {
    docId: binding.docId,
    kind: bindingKind(binding.kind),
    keyId: binding.keyId,
  });
}

/** Throws DecryptError (wrong key, tampered, moved) or FrameError (bad inner format). */
export function openPayload(
  body: Uint8Array,
  binding: { docId: string; kind: EntryKind; keyId: string },
  key: Uint8Array,
): Uint8Array {
  const plain = openBound(key, body, {
    docId: binding.docId,
    kind: bindingKind(binding.kind),
    keyId: binding.keyId,
  });
  return decodePayload(plain);
}
