import { describe, expect, it } from 'vitest';
import { inspectFile } from '../../../electron/core/attachments';
import { CoreError } from '../../../electron/core/errors';
import type { AttachmentType } from '../../../shared/attachments/file-type';
import { parseWhatsAppChat } from '../../../shared/domain/whatsapp';

/*
 * Issue #14, items 1 and 2: the voice notes a WhatsApp export names can be attached to the chat's
 * session. Each file is built the way the phone writes it (its first bytes), named as the export
 * names it; the core takes it by its bytes, whatever the name says.
 */
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const body = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 37) & 0xff);
const u32be = (n: number): number[] => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** An Ogg page (RFC 3533 §6) holding one packet. */
function oggPage(packet: number[], headerType: number, sequence: number): number[] {
  return [
    ...ascii('OggS'),
    0, // version
    headerType, // 2: beginning of stream
    ...new Array<number>(8).fill(0), // granule position
    ...[0x2a, 0, 0, 0], // stream serial number
    sequence,
    0,
    0,
    0,
    ...[0, 0, 0, 0], // CRC (not checked by the type test)
    1, // one segment
    packet.length,
    ...packet,
  ];
}

/** A WhatsApp voice note: Opus in Ogg (RFC 7845): OpusHead, OpusTags, then audio pages. */
const opusVoiceNote = (): Uint8Array =>
  new Uint8Array([
    ...oggPage([...ascii('OpusHead'), 1, 1, 0x38, 0x01, ...u32be(0x80bb0000), 0, 0, 0], 2, 0),
    ...oggPage([...ascii('OpusTags'), 8, 0, 0, 0, ...ascii('WhatsApp'), 0, 0, 0, 0], 0, 1),
    ...oggPage(body(120), 0, 2),
  ]);

/** An M4A (iPhone voice memo, WhatsApp's older iOS export): an ftyp box of brand "M4A ". */
const m4aRecording = (): Uint8Array =>
  new Uint8Array([
    ...u32be(28),
    ...ascii('ftypM4A '),
    0,
    0,
    0,
    0,
    ...ascii('M4A mp42isom'),
    ...u32be(8 + 200),
    ...ascii('mdat'),
    ...body(200),
  ]);

/** An MP3 with an ID3v2.4 tag, then MPEG-1 layer III frames. */
const mp3Recording = (): Uint8Array =>
  new Uint8Array([...ascii('ID3'), 4, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x64, ...body(400)]);

/** An AMR narrow-band recording (RFC 4867 §5): WhatsApp's voice notes before Opus. */
const amrRecording = (): Uint8Array => new Uint8Array([...ascii('#!AMR\n'), ...body(320)]);

const androidExport = [
  '01/01/24 09.00 - Ibu Sari: Assalamualaikum bu',
  '01/01/24 09.01 - Ibu Sari: PTT-20240101-WA0001.opus (file attached)',
  '01/01/24 09.02 - Ibu Sari: AUD-20240101-WA0002.m4a (file attached)',
  '01/01/24 09.03 - Ibu Sari: AUD-20240101-WA0003.mp3 (file terlampir)',
  '01/01/24 09.04 - Ibu Sari: PTT-20130101-WA0004.amr (file attached)',
].join('\n');

const iosExport = [
  '[06/12/26 22.48.10] Ibu Sari: Halo bu',
  '[06/12/26 22.49.00] Ibu Sari: \u200e<attached: 00000012-AUDIO-2026-12-06-22-49-00.opus>',
].join('\n');

/** What the phone writes for a voice note of this name, and the type the core must see in it. */
function recordingNamed(name: string): [Uint8Array, AttachmentType] {
  if (name.endsWith('.opus')) return [opusVoiceNote(), 'audio/ogg'];
  if (name.endsWith('.m4a')) return [m4aRecording(), 'audio/mp4'];
  if (name.endsWith('.mp3')) return [mp3Recording(), 'audio/mpeg'];
  if (name.endsWith('.amr')) return [amrRecording(), 'audio/amr'];
  throw new Error(`no recording for ${name}`);
}

function problemOf(bytes: Uint8Array): string | undefined {
  try {
    inspectFile(bytes);
    return undefined;
  } catch (error) {
    if (error instanceof CoreError) return error.message;
    throw error;
  }
}

describe('the voice notes a WhatsApp export names can be attached', () => {
  const named = [
    ...parseWhatsAppChat(androidExport).voiceNotes,
    ...parseWhatsAppChat(iosExport).voiceNotes,
  ];

  it('finds every voice note in both phones’ exports', () => {
    expect(named).toEqual([
      'PTT-20240101-WA0001.opus',
      'AUD-20240101-WA0002.m4a',
      'AUD-20240101-WA0003.mp3',
      'PTT-20130101-WA0004.amr',
      '00000012-AUDIO-2026-12-06-22-49-00.opus',
    ]);
  });

  it.each(named)('accepts %s by its bytes, with its audio type', (name) => {
    const [bytes, type] = recordingNamed(name);
    expect(inspectFile(bytes)).toBe(type);
  });

  it('also accepts an AMR wide-band recording', () => {
    expect(inspectFile(new Uint8Array([...ascii('#!AMR-WB\n'), ...body(320)]))).toBe('audio/amr');
  });

  it('refuses an Ogg video (Theora), and a voice note cut off before its codec shows', () => {
    const theora = new Uint8Array(oggPage([0x80, ...ascii('theora'), ...body(30)], 2, 0));
    expect(problemOf(theora)).toBe('unknown_type');
    expect(problemOf(opusVoiceNote().subarray(0, 12))).toBe('unknown_type');
  });
});
