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
/**
 * Set on the codec byte when the author's sequence metadata follows it (author-sequences.ts): an
 * update's number, or a snapshot's frontier. Inside the ciphertext, so the relay cannot read,
 * strip or change it; entries written before it existed have it clear and are not numbered.
 */
const HAS_SEQUENCE = 0x80;
const MAX_FRONTIER = 100_000;

/** An update's number in its author's history of the document, or a snapshot's frontier. */
export type PayloadSequence =
  { seq: number } | { frontier: ReadonlyArray<readonly [author: number, seq: number]> };

export interface OpenedPayload {
  data: Uint8Array;
  sequence?: PayloadSequence;
}

export function paddedLength(n: number): number {
  if (n <= 256) return Math.ceil(n / 16) * 16;
  if (n <= 4096) return Math.ceil(n / 64) * 64;
  const step = 2 ** (Math.floor(Math.log2(n)) - 4);
  return Math.ceil(n / step) * step;
}

export function bindingKind(kind: EntryKind): string {
  return kind === EntryKind.Snapshot ? 'sync-snapshot' : 'sync-update';
}

export function encodePayload(
  data: Uint8Array,
  pad = true,
  sequence?: PayloadSequence,
): Uint8Array {
  let codec = CODEC_RAW;
  let body = data;
  if (data.length >= COMPRESS_MIN) {
    const packed = deflateRawSync(data, { level: 6 });
    if (packed.length < data.length) {
      codec = CODEC_DEFLATE;
      body = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
    }
  }
  const w = new Writer(body.length + 16);
  if (!sequence) w.u8(codec);
  else if ('seq' in sequence) w.u8(codec | HAS_SEQUENCE).uint(sequence.seq);
  else {
    w.u8(codec | HAS_SEQUENCE).uint(sequence.frontier.length);
    for (const [author, seq] of sequence.frontier) w.uint(author).uint(seq);
  }
  w.uint(body.length).raw(body);
  const out = new Uint8Array(pad ? paddedLength(w.length) : w.length);
  out.set(w.finish());
  return out;
}

/** `snapshot`: the entry is a snapshot (its sequence metadata is a frontier, not a number). */
export function decodePayload(plain: Uint8Array, snapshot = false): OpenedPayload {
  const r = new Reader(plain);
  const first = r.u8();
  const codec = first & ~HAS_SEQUENCE;
  let sequence: PayloadSequence | undefined;
  if (first & HAS_SEQUENCE) {
    if (!snapshot) {
      const seq = r.uint();
      if (seq < 1) throw new FrameError('malformed', 'sequence number 0');
      sequence = { seq };
    } else {
      const n = r.uint();
      if (n > MAX_FRONTIER) throw new FrameError('malformed', 'frontier too long');
      const frontier: Array<[number, number]> = [];
      for (let i = 0; i < n; i++) frontier.push([r.uint(), r.uint()]);
      sequence = { frontier };
    }
  }
  const body = r.fixed(r.uint());
  // The rest is padding: zeros only, so the padding cannot carry anything either.
  for (let i = plain.length - r.remaining; i < plain.length; i++) {
    if (plain[i] !== 0) throw new FrameError('malformed', 'non-zero padding');
  }
  const opened = (data: Uint8Array): OpenedPayload => (sequence ? { data, sequence } : { data });
  if (codec === CODEC_RAW) return opened(body.slice());
  if (codec === CODEC_DEFLATE) {
    const out = inflateRawSync(body, { maxOutputLength: 64 * 1024 * 1024 });
    return opened(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
  }
  throw new FrameError('malformed', `unknown payload codec ${codec}`);
}

export function sealPayload(
  data: Uint8Array,
  binding: { docId: string; kind: EntryKind; keyId: string },
  key: Uint8Array,
  pad = true,
  sequence?: PayloadSequence,
): Uint8Array {
  return sealBound(key, encodePayload(data, pad, sequence), {
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
): OpenedPayload {
  const plain = openBound(key, body, {
    docId: binding.docId,
    kind: bindingKind(binding.kind),
    keyId: binding.keyId,
  });
  return decodePayload(plain, binding.kind === EntryKind.Snapshot);
}
