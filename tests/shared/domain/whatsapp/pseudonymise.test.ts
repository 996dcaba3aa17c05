import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  conversationMinutes,
  maskPhoneNumbers,
  parseWhatsAppChat,
  pseudonymiseChat,
  suggestedNames,
  transcriptParagraphs,
} from '../../../../shared/domain/whatsapp';

const fixture = (name: string): string => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const labels = { counselorLabel: 'Konselor', otherLabel: 'Orang lain' };

describe('an Indonesian chat with the client chosen', () => {
  const chat = parseWhatsAppChat(fixture('android-id-24h.txt'));
  const transcript = pseudonymiseChat(chat, {
    ...labels,
    clientSender: 'Rina Wulandari',
    counselorSender: 'Bu Maya Pendamping',
    alias: 'Melati',
    clientNames: suggestedNames('Rina Wulandari'),
  });
  const text = transcriptParagraphs(transcript).join('\n');

  it("holds neither the client's name nor her first name, in any case", () => {
    expect(text.toLowerCase()).not.toContain('rina');
    expect(text.toLowerCase()).not.toContain('wulandari');
  });

  it('names the client by the alias and the counselor by a label', () => {
    expect(transcript.lines[0]).toMatchObject({ speaker: 'client', name: 'Melati' });
    expect(transcript.lines[1]).toMatchObject({
      speaker: 'counselor',
      name: 'Konselor',
      text: 'Selamat malam Melati. Tidak apa-apa, ada yang bisa saya bantu?',
    });
    expect(text).not.toContain('Maya');
  });

  it('replaces phone numbers in either form', () => {
    expect(text).not.toMatch(/812|9876/);
    expect(text).toContain('hubungi saya di [nomor telepon] ya');
    expect(text).toContain('nomor baru saya [nomor telepon]');
  });

  it('is written as paragraphs with the day whenever it changes', () => {
    expect(transcriptParagraphs(transcript).slice(0, 3)).toEqual([
      '2026-12-06',
      '22.47 Melati: Selamat malam Bu, maaf mengganggu 🙏',
      '22.48 Konselor: Selamat malam Melati. Tidak apa-apa, ada yang bisa saya bantu?',
    ]);
    expect(text).toContain('22.51 Melati: [media]');
    expect(text).toContain('\n2026-12-13\n08.05 Melati:');
  });

  it('leaves the system lines out', () => {
    expect(text).not.toContain('terenkripsi');
  });
});

describe('an English chat', () => {
  const chat = parseWhatsAppChat(fixture('ios-en.txt'));
  const transcript = pseudonymiseChat(chat, {
    ...labels,
    clientSender: 'Jordan Blake',
    counselorSender: 'Sam Rivers',
    alias: 'Client K',
    clientNames: ['Jordan'],
  });
  const text = transcriptParagraphs(transcript).join('\n');

  it('holds no name of the client, and keeps voice notes by file name', () => {
    expect(text).not.toMatch(/jordan|blake/i);
    expect(text).toContain('Konselor: Hi Client K!');
    expect(text).toContain('Client K: [media: 00000013-AUDIO-2026-12-06-22-49-00.opus]');
  });
});

describe('a sender who is neither client nor counselor', () => {
  it('becomes a numbered label, in the text too', () => {
    const chat = parseWhatsAppChat(
      [
        '06/12/26 10.00 - Rina Wulandari: Kakak saya Tono Saputra ikut',
        '06/12/26 10.01 - Tono Saputra: Halo',
        '13/12/26 10.02 - Bu Maya: Halo Tono Saputra dan Rina',
      ].join('\n'),
    );
    const transcript = pseudonymiseChat(chat, {
      ...labels,
      clientSender: 'Rina Wulandari',
      counselorSender: 'Bu Maya',
      alias: 'Melati',
      clientNames: ['Rina'],
    });
    expect(transcript.lines.map((l) => `${l.name}: ${l.text}`)).toEqual([
      'Melati: Kakak saya Orang lain 1 ikut',
      'Orang lain 1: Halo',
      'Konselor: Halo Orang lain 1 dan Melati',
    ]);
  });
});

describe('whole words only', () => {
  it('does not replace a name inside another word', () => {
    const chat = parseWhatsAppChat(
      '13/12/26 10.00 - Ani Putri: Saya ke Ciani, bukan Anita. Ani ok\n',
    );
    const transcript = pseudonymiseChat(chat, {
      ...labels,
      clientSender: 'Ani Putri',
      alias: 'Mawar',
      clientNames: ['Ani'],
    });
    expect(transcript.lines[0]?.text).toBe('Saya ke Ciani, bukan Anita. Mawar ok');
  });

  it('replaces names in the lines kept before the first message too', () => {
    const chat = parseWhatsAppChat(fixture('malformed.txt'));
    const transcript = pseudonymiseChat(chat, {
      ...labels,
      clientSender: 'Rina Wulandari',
      counselorSender: 'Bu Maya',
      alias: 'Melati',
    });
    expect(JSON.stringify(transcript)).not.toContain('Wulandari');
    expect(transcript.leading).toEqual(['Obrolan dengan Melati']);
  });
});

describe('the names offered for confirmation', () => {
  it('offers the first name of a name of several words, skipping a title', () => {
    expect(suggestedNames('Rina Wulandari')).toEqual(['Rina']);
    expect(suggestedNames('Bu Ani Lestari 🌸')).toEqual(['Ani']);
    expect(suggestedNames('Rina')).toEqual([]);
    expect(suggestedNames('+62 812-3456-7890')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['+62 812-3456-7890'],
    ['0812 3456 7890'],
    ['081234567890'],
    ['6281234567890'],
    ['(021) 555-0101'],
    ['+1 415 555 0100'],
  ])('masks %s', (number) => {
    expect(maskPhoneNumbers(`nomor: ${number}.`)).toBe('nomor: [nomor telepon].');
  });

  it.each([['Rp 1.500.000'], ['jam 22.47'], ['06/12/26'], ['2026-12-06'], ['kamar 12']])(
    'leaves %s alone',
    (text) => {
      expect(maskPhoneNumbers(text)).toBe(text);
    },
  );
});

describe('how long the chat went on', () => {
  it('sums the gaps between messages, leaving out pauses over half an hour', () => {
    expect(conversationMinutes(parseWhatsAppChat(fixture('android-id-24h.txt')).messages)).toBe(8);
    expect(conversationMinutes(parseWhatsAppChat(fixture('ios-en.txt')).messages)).toBe(3);
    expect(conversationMinutes([])).toBe(0);
  });
});
