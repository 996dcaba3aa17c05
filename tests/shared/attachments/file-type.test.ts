import { describe, expect, it } from 'vitest';
import { detectAttachmentType, looksComplete } from '../../../shared/attachments/file-type';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const pad = new Array<number>(24).fill(0);
/** An Ogg page header after "OggS", up to its segment count (RFC 3533 §6): 22 bytes. */
const ogg = [0, 2, ...new Array<number>(20).fill(0)];

describe('an attachment’s type is told by its first bytes, not its name', () => {
  it.each([
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe1], pad), 'image/jpeg'],
    ['a PNG image', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], pad), 'image/png'],
    ['a WebP image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ', pad), 'image/webp'],
    ['a PDF', bytes('%PDF-1.7', pad), 'application/pdf'],
    [
      'a WhatsApp voice note (Opus in Ogg)',
      bytes('OggS', ogg, [1, 19], 'OpusHead', pad),
      'audio/ogg',
    ],
    ['a Vorbis recording', bytes('OggS', ogg, [1, 30, 1], 'vorbis', pad), 'audio/ogg'],
    ['an AMR recording', bytes('#!AMR', [0x0a], pad), 'audio/amr'],
    ['an M4A recording', bytes([0, 0, 0, 0x20], 'ftypM4A ', pad), 'audio/mp4'],
    ['an ADTS AAC stream', bytes([0xff, 0xf1, 0x50, 0x80], pad), 'audio/aac'],
    ['an MP3 with an ID3 tag', bytes('ID3', [4, 0], pad), 'audio/mpeg'],
    ['an MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64], pad), 'audio/mpeg'],
  ])('recognises %s', (_name, file, type) => {
    expect(detectAttachmentType(file)).toBe(type);
  });

  it.each([
    ['a Windows program renamed .jpg', bytes('MZ', [0x90, 0], pad)],
    ['a ZIP (a .docx)', bytes('PK', [3, 4], pad)],
    ['an MP4 video', bytes([0, 0, 0, 0x20], 'ftypavc1', pad)],
    ['an Ogg video (Theora)', bytes('OggS', ogg, [1, 42, 0x80], 'theora', pad)],
    ['a bare Ogg page with no codec', bytes('OggS', [0], pad)],
    ['plain text', bytes('Nama klien: Ani')],
    ['nothing', bytes()],
  ])('refuses %s', (_name, file) => {
    expect(detectAttachmentType(file)).toBeUndefined();
  });

  it('tells a cut-off JPEG or PDF from a whole one', () => {
    const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0], pad, [0xff, 0xd9]);
    expect(looksComplete('image/jpeg', jpeg)).toBe(true);
    expect(looksComplete('image/jpeg', jpeg.subarray(0, 20))).toBe(false);
    expect(looksComplete('application/pdf', bytes('%PDF-1.4 x %%EOF'))).toBe(true);
    expect(looksComplete('application/pdf', bytes('%PDF-1.4 x'))).toBe(false);
  });
});
