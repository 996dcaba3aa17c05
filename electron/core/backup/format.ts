import { CoreError } from '../errors';

/*
 * Backup file layout (all integers big-endian):
 *
 *   magic "PNDMPBAK" (8) ‖ format version u16 ‖ header length u32 ‖ header (vault file bytes)
 *   ‖ secretstream header (24) ‖ chunk 1 ‖ chunk 2 ‖ … ‖ chunk n
 *
 * The database copy is encrypted with libsodium's crypto_secretstream_xchacha20poly1305 in chunks
 * of 64 KiB plaintext (each chunk + 17 bytes on disk). Everything before the stream header is the
 * associated data of chunk 1, so the clear header cannot be changed; the stream's own counter
 * catches reordered or dropped chunks, and TAG_FINAL on chunk n catches truncation.
 * See https://doc.libsodium.org/secret-key_cryptography/secretstream.
 *
 * The header is in clear on purpose: it is the vault file, whose secrets are wrapped by the
 * passphrase and the recovery key, so another machine can unlock it and derive the backup key.
 */
export const MAGIC = new TextEncoder().encode('PNDMPBAK');
export const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
export const PREFIX_FIXED_BYTES = MAGIC.length + 2 + 4;
/** A vault file is a few hundred bytes; anything near this is not one of ours. */
export const MAX_HEADER_BYTES = 1024 * 1024;

export function encodePrefix(header: Uint8Array): Uint8Array {
  if (header.length > MAX_HEADER_BYTES) throw new RangeError('backup header is too large');
  const out = new Uint8Array(PREFIX_FIXED_BYTES + header.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(MAGIC.length, FORMAT_VERSION);
  view.setUint32(MAGIC.length + 2, header.length);
  out.set(header, PREFIX_FIXED_BYTES);
  return out;
}

export function corrupt(detail: string): CoreError {
  return new CoreError('corrupt', `This backup cannot be used: ${detail}.`);
}

/** Checks the fixed part and returns the header length. */
export function parseFixedPrefix(fixed: Uint8Array): number {
  if (fixed.length < PREFIX_FIXED_BYTES) throw corrupt('the file is too short to be a backup');
  for (let i = 0; i < MAGIC.length; i++) {
    if (fixed[i] !== MAGIC[i]) throw corrupt('it is not a Pendamping backup file');
  }
  const view = new DataView(fixed.buffer, fixed.byteOffset, fixed.byteLength);
  const version = view.getUint16(MAGIC.length);
  if (version !== FORMAT_VERSION) {
    throw corrupt(`it has format version ${version}, which this app does not read`);
  }
  const headerLength = view.getUint32(MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES) throw corrupt('its header is damaged');
  return headerLength;
}
