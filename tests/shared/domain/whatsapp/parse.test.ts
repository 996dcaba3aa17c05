import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppChat } from '../../../../shared/domain/whatsapp';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('an Android export in Indonesian (day first, 24-hour clock with a dot)', () => {
  const chat = parseWhatsAppChat(fixture('android-id-24h.txt'));

  it('is read as Android, day first, settled by a day above 12', () => {
    expect(chat.format).toBe('android');
    expect(chat.dayOrder).toEqual({ order: 'dmy', certain: true, conflicting: false });
  });

  it('lists the two senders in order of their first message', () => {
    expect(chat.senders).toEqual(['Rina Wulandari', 'Bu Maya Pendamping']);
  });

  it('gives each message its local time', () => {
    expect(chat.messages[0]).toMatchObject({
      line: 2,
      at: '2026-12-06T22:47:00',
      sender: 'Rina Wulandari',
      text: 'Selamat malam Bu, maaf mengganggu 🙏',
    });
    expect(chat.messages.at(-1)?.at).toBe('2026-12-13T08:07:00');
  });

  it('joins continuation lines to the message they continue', () => {
    expect(chat.messages[2]?.text).toBe(
      'Saya susah tidur lagi.\nPikiran saya ke mana-mana.\nKadang saya menangis sendiri 😢',
    );
  });

  it('keeps an omitted medium as media, with no text', () => {
    expect(chat.messages[3]).toMatchObject({ text: '', media: { kind: 'other' } });
  });

  it('sets the encryption notice apart as a system line', () => {
    expect(chat.system).toHaveLength(1);
    expect(chat.system[0]?.text).toMatch(/^Pesan dan panggilan terenkripsi/);
    expect(chat.problems).toEqual([]);
  });
});

describe('an Android export in English (month first, 12-hour clock)', () => {
  const chat = parseWhatsAppChat(fixture('android-en-12h.txt'));

  it('is read month first, settled by a second number above 12', () => {
    expect(chat.dayOrder).toEqual({ order: 'mdy', certain: true, conflicting: false });
  });

  it('reads AM and PM after the narrow no-break space newer phones write', () => {
    const times = chat.messages.map((m) => m.at);
    expect(times[0]).toBe('2026-12-06T22:47:00');
    expect(times).toContain('2026-12-13T09:05:00');
    expect(times.at(-1)).toBe('2026-12-13T12:10:00');
  });

  it('sets "X added Y" apart as a system line', () => {
    expect(chat.system.map((s) => s.text)).toContain('Sam Rivers added Jordan Blake');
    expect(chat.senders).toEqual(['Jordan Blake', 'Sam Rivers']);
  });

  it('keeps blank lines inside a multi-line message', () => {
    expect(chat.messages[2]?.text).toBe(
      "I have been feeling low all week.\nWork has been hard\n\nand I can't sleep.",
    );
  });

  it('reads "<Media omitted>" as media', () => {
    expect(chat.messages[3]?.media).toEqual({ kind: 'other' });
  });
});

describe('an iOS export in Indonesian with a byte order mark and CRLF line ends', () => {
  const chat = parseWhatsAppChat(fixture('ios-id-crlf-bom.txt'));

  it('is read as iOS, day first, with seconds', () => {
    expect(chat.format).toBe('ios');
    expect(chat.dayOrder.order).toBe('dmy');
    expect(chat.messages[0]).toMatchObject({
      line: 2,
      at: '2026-12-06T22:47:05',
      sender: 'Rina Wulandari',
      text: 'Bu, saya mau cerita',
    });
  });

  it('takes the encryption notice iOS files under the contact as a system line', () => {
    expect(chat.system).toHaveLength(1);
    expect(chat.senders).toEqual(['Rina Wulandari', 'Maya']);
  });

  it('leaves no carriage return, byte order mark or left-to-right mark in the text', () => {
    const all = JSON.stringify(chat);
    expect(all).not.toMatch(/[\r\ufeff\u200e]/);
  });

  it('reads a header that starts with a left-to-right mark, and media in both forms', () => {
    expect(chat.messages[2]).toMatchObject({ at: '2026-12-06T22:48:10', media: { kind: 'image' } });
    expect(chat.messages[3]?.media).toEqual({
      kind: 'audio',
      fileName: '00000012-AUDIO-2026-12-06-22-49-00.opus',
    });
  });

  it('lists voice notes so they can be attached later', () => {
    expect(chat.voiceNotes).toEqual(['00000012-AUDIO-2026-12-06-22-49-00.opus']);
  });

  it('joins a continuation line after CRLF', () => {
    expect(chat.messages[4]?.text).toBe('Itu pesan suara saya,\nmaaf panjang');
    expect(chat.problems).toEqual([]);
  });
});

describe('an iOS export in English (month first, 12-hour clock with seconds)', () => {
  const chat = parseWhatsAppChat(fixture('ios-en.txt'));

  it('is read month first and crosses midnight correctly', () => {
    expect(chat.format).toBe('ios');
    expect(chat.dayOrder.order).toBe('mdy');
    expect(chat.messages.find((m) => m.text === 'Talk tomorrow')?.at).toBe('2026-12-06T23:59:59');
    expect(chat.messages.at(-1)).toMatchObject({ at: '2026-12-07T00:01:00', text: 'ok 🌙' });
  });

  it('reads "image omitted" and attached photos and voice notes', () => {
    const media = chat.messages.flatMap((m) => (m.media ? [m.media] : []));
    expect(media).toEqual([
      { kind: 'image' },
      { kind: 'image', fileName: '00000012-PHOTO-2026-12-06-22-48-20.jpg' },
      { kind: 'audio', fileName: '00000013-AUDIO-2026-12-06-22-49-00.opus' },
    ]);
    expect(chat.voiceNotes).toEqual(['00000013-AUDIO-2026-12-06-22-49-00.opus']);
  });

  it('keeps emoji as they are', () => {
    expect(chat.messages[0]?.text).toBe('Hello again 👋');
  });
});

describe('malformed lines', () => {
  const chat = parseWhatsAppChat(fixture('malformed.txt'));

  it('reports each with its line number', () => {
    expect(chat.problems).toEqual([
      { line: 1, kind: 'beforeFirstMessage' },
      { line: 3, kind: 'malformedHeader' },
      { line: 4, kind: 'impossibleDate' },
      { line: 7, kind: 'impossibleDate' },
    ]);
  });

  it('keeps them as text instead of dropping them', () => {
    expect(chat.leading).toEqual(['Obrolan dengan Rina Wulandari']);
    expect(chat.messages[0]?.text).toBe(
      'Halo Bu\n06/12/26 2247 Rina Wulandari tanpa tanda pisah\n' +
        '31/02/26 10.00 - Rina Wulandari: tanggal yang tidak ada',
    );
    expect(chat.messages[1]?.text).toBe(
      'Halo Rina\nbaris lanjutan biasa\n13/12/26 25.10 - Bu Maya: jam yang tidak ada',
    );
    expect(chat.messages).toHaveLength(2);
  });
});

describe('the day order when no date settles it', () => {
  it('is a guess to confirm, and the person can choose the other order', () => {
    const guessed = parseWhatsAppChat(fixture('ambiguous.txt'));
    expect(guessed.dayOrder).toMatchObject({ order: 'dmy', certain: false });
    expect(guessed.messages[0]?.at).toBe('2026-06-05T09:00:00');

    const chosen = parseWhatsAppChat(fixture('ambiguous.txt'), { dayOrder: 'mdy' });
    expect(chosen.dayOrder).toMatchObject({ order: 'mdy', certain: true });
    expect(chosen.messages[0]?.at).toBe('2026-05-06T09:00:00');
  });

  it('follows the order under which the chat runs forward in time', () => {
    const text = [
      '1/12/26 09.00 - A B: satu',
      '2/1/26 09.00 - A B: dua',
      '3/1/26 09.00 - A B: tiga',
    ].join('\n');
    // Day first: 1 Dec, 2 Jan, 3 Jan (backwards once); month first: 12 Jan, 1 Feb, 1 Mar.
    expect(parseWhatsAppChat(text).dayOrder).toEqual({
      order: 'mdy',
      certain: false,
      conflicting: false,
    });
  });

  it('says so when the file mixes both orders', () => {
    const text = ['13/1/26 09.00 - A B: satu', '1/13/26 09.00 - A B: dua'].join('\n');
    const chat = parseWhatsAppChat(text);
    expect(chat.dayOrder.conflicting).toBe(true);
    expect(chat.problems).toHaveLength(1);
  });
});

describe('clocks', () => {
  it('reads Indonesian day periods and a four-digit year', () => {
    const text = [
      '06/12/2026 8.15 pagi - A B: satu',
      '06/12/2026 1.05 siang - A B: dua',
      '06/12/2026 11.30 siang - A B: tiga',
      '06/12/2026 7.00 malam - A B: empat',
      '13/12/2026 12.10 malam - A B: lima',
    ].join('\n');
    expect(parseWhatsAppChat(text).messages.map((m) => m.at.slice(11, 16))).toEqual([
      '08:15',
      '13:05',
      '11:30',
      '19:00',
      '00:10',
    ]);
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    const text = ['12/13/26, 12:05 AM - A B: x', '12/13/26, 12:05 PM - A B: y'].join('\n');
    expect(parseWhatsAppChat(text).messages.map((m) => m.at)).toEqual([
      '2026-12-13T00:05:00',
      '2026-12-13T12:05:00',
    ]);
  });
});

describe('an empty or foreign file', () => {
  it('has no messages, and every line is accounted for', () => {
    const chat = parseWhatsAppChat('hello\nworld\n');
    expect(chat.messages).toEqual([]);
    expect(chat.leading).toEqual(['hello', 'world']);
    expect(chat.problems).toHaveLength(2);
    expect(parseWhatsAppChat('').messages).toEqual([]);
  });
});

describe('an Android export with media', () => {
  it('reads attached files by name and lists voice notes', () => {
    const chat = parseWhatsAppChat(
      [
        '13/12/26 10.00 - A B: IMG-20261213-WA0001.jpg (file terlampir)',
        'ini fotonya',
        '13/12/26 10.01 - A B: PTT-20261213-WA0002.opus (file attached)',
      ].join('\n'),
    );
    expect(chat.messages.map((m) => [m.media, m.text])).toEqual([
      [{ kind: 'image', fileName: 'IMG-20261213-WA0001.jpg' }, 'ini fotonya'],
      [{ kind: 'audio', fileName: 'PTT-20261213-WA0002.opus' }, ''],
    ]);
    expect(chat.voiceNotes).toEqual(['PTT-20261213-WA0002.opus']);
  });
});
