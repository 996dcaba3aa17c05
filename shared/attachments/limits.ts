/**
 * The size of an attachment and of the pieces it travels in. 25 MiB holds a phone photo of a
 * signed form (2–6 MB), a long WhatsApp voice note (Opus at ~16 kbit/s: an hour is ~7 MB) or a
 * scanned PDF; the catalogs quote the same figure (`attachments.tooLarge`).
 */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

/**
 * 256 KiB: small enough that a dropped connection on a weak link costs at most one piece, large
 * enough that the per-chunk overhead (nonce, tag, frame header: ~70 bytes) is 0.03 %. A chunk
 * frame stays well under the relay's 1 MiB frame limit.
 */
export const CHUNK_BYTES = 256 * 1024;
/** XChaCha20-Poly1305: a 24-byte nonce and a 16-byte tag around each chunk. */
export const CHUNK_OVERHEAD = 40;
export const MAX_SEALED_CHUNK_BYTES = CHUNK_BYTES + CHUNK_OVERHEAD;
export const MAX_CHUNKS = Math.ceil(MAX_ATTACHMENT_BYTES / CHUNK_BYTES);

export const chunkCountOf = (size: number): number => Math.max(1, Math.ceil(size / CHUNK_BYTES));

/** Attachment ids are random (hex or base64url), like document ids: never a file name. */
export const ATTACHMENT_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** Why a file was not attached: the catalogs say each in both languages. */
export const ATTACHMENT_PROBLEMS = ['too_large', 'unknown_type', 'damaged', 'empty'] as const;
export type AttachmentProblem = (typeof ATTACHMENT_PROBLEMS)[number];
