import { describe, expect, it } from 'vitest';
import { runsOf, STAND_IN } from '../../../electron/core/exports/pdf/fonts';
import { PdfWriter } from '../../../electron/core/exports/pdf/pdf-writer';
import { ExportTickets, TICKET_LIFETIME_MS } from '../../../electron/core/exports/export-tickets';
import { startCore } from '../support/core-harness';
import { caseWithWork, pdfText, take } from './support';

/** A 1×1 PNG, as a logo. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const words = {
  generatedAt: 'Dibuat hari ini',
  page: (p: number, n: number) => `Halaman ${p} dari ${n}`,
};

describe('the one PDF path', () => {
  it('sets any language it has a font for and stands in for what it has not, without failing', async () => {
    const pdf = new PdfWriter({ title: 'Uji', letterhead: undefined, words });
    pdf.paragraph('Siti 😀👍🏽 Жанна Ελένη Nguyễn Thị 日本');
    const text = pdfText(await pdf.finish());
    expect(text).toContain(
      `Siti ${STAND_IN}${STAND_IN} Жанна Ελένη Nguyễn Thị ${STAND_IN}${STAND_IN}`,
    );
    expect(text).toContain('Halaman 1 dari 1');
  });

  it('keeps a line of Latin in one run of one font', () => {
    expect(runsOf('Dengan hormat, kami merujuk', 'regular')).toHaveLength(1);
  });
});

describe("the team's letterhead", () => {
  it('heads every PDF with the name the supervisor (or whoever works alone) set, logo and all', async () => {
    const h = await startCore();
    const { sessionId } = await caseWithWork(h);
    const view = await h.call('organisation.set', {
      name: 'Yayasan Pulih 🌱 Jakarta Barat',
      logo: { type: 'image/png', base64: PNG },
    });
    expect(view).toMatchObject({ name: 'Yayasan Pulih 🌱 Jakarta Barat', mayEdit: true });
    const prepared = await h.call('exports.prepare', { kind: 'sessionPdf', sessionId });
    expect(pdfText(take(h, prepared.ticket))).toContain(`Yayasan Pulih ${STAND_IN} Jakarta Barat`);
  });

  it('refuses a logo that is too large, of another type or damaged, and keeps the one it had', async () => {
    const h = await startCore();
    await caseWithWork(h);
    await h.call('organisation.set', {
      name: 'Yayasan Pulih',
      logo: { type: 'image/png', base64: PNG },
    });
    const pngBytes = Buffer.from(PNG, 'base64');
    // One byte over the limit: the schema lets it through, the core's own check refuses it.
    const big = Buffer.concat([pngBytes, Buffer.alloc(200 * 1024 + 1 - pngBytes.length)]).toString(
      'base64',
    );
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64');
    const damaged = Buffer.from(PNG, 'base64').subarray(0, 30).toString('base64');
    for (const [logo, problem] of [
      [{ type: 'image/png', base64: big }, 'logo_too_large'],
      [{ type: 'image/gif', base64: gif }, 'logo_type'],
      [{ type: 'image/jpeg', base64: PNG }, 'logo_type'],
      [{ type: 'image/png', base64: damaged }, 'logo_damaged'],
    ] as const) {
      await expect(h.call('organisation.set', { name: 'Lain', logo })).rejects.toThrow(
        `export_refused: ${problem}`,
      );
    }
    expect(await h.call('organisation.get', {})).toMatchObject({
      name: 'Yayasan Pulih',
      logo: { type: 'image/png', base64: PNG },
    });
  });
});

describe('files waiting to be taken', () => {
  it('are handed out once, and not after their time', () => {
    let now = 0;
    const tickets = new ExportTickets(() => now);
    let recorded = 0;
    const file = { fileName: 'a.pdf', mediaType: 'application/pdf', bytes: Buffer.from('x') };
    const first = tickets.put({ ...file }, () => recorded++);
    const late = tickets.put({ ...file, bytes: Buffer.from('y') }, () => recorded++);
    expect(tickets.take(first)?.bytes.toString()).toBe('x');
    expect(tickets.take(first)).toBeUndefined();
    now = TICKET_LIFETIME_MS + 1;
    expect(tickets.take(late)).toBeUndefined();
    expect(recorded).toBe(1);
  });
});
