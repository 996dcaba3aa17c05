/**
 * What an attachment is, told by its first bytes (magic numbers), never by its name: a renamed
 * file is what its bytes say, and anything outside this allow-list is refused (issue #14, item 1).
 * Signatures: JPEG (ISO/IEC 10918-1 SOI + marker), PNG (RFC 2083 §3.1), WebP (RIFF…WEBP), PDF
 * ("%PDF-", ISO 32000 §7.5.2), Ogg audio (RFC 3533, "OggS"; a WhatsApp voice note is Opus in Ogg),
 * MP4/M4A ("ftyp" box at offset 4, ISO/IEC 14496-12), ADTS AAC (sync word 0xFFF, layer 0),
 * MP3 (an ID3v2 tag, or an MPEG audio frame sync with layer III), AMR ("#!AMR\n" or
 * "#!AMR-WB\n", RFC 4867 §5: WhatsApp's voice notes before Opus, and phones' call recorders).
 */
export const ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'audio/ogg',
  'audio/mp4',
  'audio/aac',
  'audio/mpeg',
  'audio/amr',
] as const;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/**
 * The names each type's files end in, the usual one first: a saved copy gets it when its name has
 * none of them, and a save dialog offers them as its filter.
 */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentType, readonly [string, ...string[]]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'audio/ogg': ['ogg', 'opus', 'oga'],
  'audio/mp4': ['m4a', 'mp4'],
  'audio/aac': ['aac'],
  'audio/mpeg': ['mp3'],
  'audio/amr': ['amr'],
};

/** The shortest file whose wholeness is taken on trust (formats with no cheap end marker). */
export const SNIFF_BYTES = 16;

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** M4A/MP4 brands that hold audio (a video .mp4 is not on the allow-list). */
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'mp42', 'isom', 'iso2', 'dash', 'mp41']);

/**
 * Ogg carries video too (Theora): only a stream whose first packet heads an audio codec is taken.
 * The first page's header is 27 bytes and its segment table (RFC 3533 §6); the packet follows:
 * "OpusHead" (RFC 7845 §5.1, a WhatsApp voice note), Vorbis ("\x01vorbis"), Speex, FLAC.
 */
const OGG_AUDIO: ReadonlyArray<readonly number[]> = [
  ascii('OpusHead'),
  [0x01, ...ascii('vorbis')],
  ascii('Speex   '),
  [0x7f, ...ascii('FLAC')],
];

function oggAudio(bytes: Uint8Array): boolean {
  const packet = 27 + (bytes[26] ?? 0);
  return OGG_AUDIO.some((codec) => startsWith(bytes, codec, packet));
}

export function detectAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, ascii('OggS'))) return oggAudio(bytes) ? 'audio/ogg' : undefined;
  if (startsWith(bytes, ascii('ftyp'), 4) && bytes.length >= 12) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    return AUDIO_BRANDS.has(brand) ? 'audio/mp4' : undefined;
  }
  if (startsWith(bytes, ascii('ID3'))) return 'audio/mpeg';
  if (startsWith(bytes, ascii('#!AMR\n')) || startsWith(bytes, ascii('#!AMR-WB\n'))) {
    return 'audio/amr';
  }
  const b0 = bytes[0] ?? 0;
  const b1 = bytes[1] ?? 0;
  // ADTS AAC: 0xFFF sync, layer bits 00. MPEG audio layer III: 0xFFE sync, layer bits 01.
  if (b0 === 0xff && (b1 & 0xf0) === 0xf0 && (b1 & 0x06) === 0x00) return 'audio/aac';
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) === 0x02) return 'audio/mpeg';
  return undefined;
}

/** A light check that the file is whole where its format makes that cheap to tell. */
export function looksComplete(type: AttachmentType, bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  switch (type) {
    case 'image/jpeg':
      // EOI marker at the end (some cameras pad after it, so look in the last kilobyte).
      return tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
    case 'image/png':
      return new TextDecoder('latin1').decode(tail).includes('IEND');
    case 'application/pdf':
      return new TextDecoder('latin1').decode(tail).includes('%%EOF');
    case 'image/webp': {
      if (bytes.length < 12) return false;
      const riffSize = new DataView(bytes.buffer, bytes.byteOffset + 4, 4).getUint32(0, true);
      return riffSize + 8 <= bytes.length;
    }
    default:
      return bytes.length > SNIFF_BYTES;
  }
}
