import { describe, expect, it } from 'vitest';
import { startCore } from '../support/core-harness';
import { caseWithWork, CLIENT, pdfText, take, xlsxText } from './support';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('a referral letter (surat rujukan)', () => {
  it('contains what the client consented to share and nothing else', async () => {
    const h = await startCore();
    const { caseId, referralId } = await caseWithWork(h);
    const prepared = await h.call('exports.prepare', {
      kind: 'referralLetter',
      caseId,
      referralId,
      items: ['name'],
    });
    expect(prepared.mediaType).toBe('application/pdf');
    const text = pdfText(take(h, prepared.ticket));
    expect(text).toContain('Surat Rujukan');
    expect(text).toContain(CLIENT.name);
    expect(text).toContain(CLIENT.reason);
    expect(text).toContain(CLIENT.scope);
    expect(text).toContain('Poli Jiwa RSUD Cengkareng');
    for (const secret of [CLIENT.alias, CLIENT.phone, CLIENT.nik, CLIENT.note, 'Kapuk Raya']) {
      expect(text).not.toContain(secret);
    }
  });

  it('is refused when the client did not consent, and nothing is held for taking', async () => {
    const h = await startCore();
    const { caseId, referralId } = await caseWithWork(h, { given: false, scope: '' });
    await expect(
      h.call('exports.prepare', { kind: 'referralLetter', caseId, referralId, items: ['name'] }),
    ).rejects.toThrow('export_refused: no_consent');
  });

  it("is recorded in the case's audit trail when it leaves, not when it is made", async () => {
    const h = await startCore();
    const { caseId, referralId } = await caseWithWork(h);
    const prepared = await h.call('exports.prepare', {
      kind: 'referralLetter',
      caseId,
      referralId,
      items: [],
    });
    const before = await h.call('audit.list', { caseId, filters: { kind: 'exported' } });
    expect(before.entries).toHaveLength(0);
    take(h, prepared.ticket);
    const after = await h.call('audit.list', { caseId, filters: { kind: 'exported' } });
    expect(after.entries).toHaveLength(1);
    expect(after.entries[0]).toMatchObject({ what: 'referralLetter', format: 'pdf' });
    expect(after.verification.valid).toBe(true);
    // A ticket works once.
    expect(h.core.takeExport(prepared.ticket)).toBeUndefined();
  });
});

describe('the agency report', () => {
  it('contains no alias and no identifying detail, in PDF, CSV and XLSX', async () => {
    const h = await startCore();
    await caseWithWork(h);
    const secrets = [
      CLIENT.alias,
      CLIENT.name,
      CLIENT.phone,
      CLIENT.nik,
      CLIENT.note,
      CLIENT.reason,
      CLIENT.toWhom,
      CLIENT.counterpart,
      'Kapuk Raya',
    ];
    const texts: string[] = [];
    for (const format of ['pdf', 'csv', 'xlsx'] as const) {
      const prepared = await h.call('exports.prepare', {
        kind: 'agencyReport',
        format,
        period: NOVEMBER,
        scope: 'own',
        area: 'Kec. Cengkareng',
      });
      const bytes = take(h, prepared.ticket);
      texts.push(
        format === 'pdf'
          ? pdfText(bytes)
          : format === 'csv'
            ? bytes.toString('utf8')
            : xlsxText(bytes),
      );
    }
    for (const text of texts) {
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).toContain('Kec. Cengkareng');
      expect(text).toContain('WhatsApp');
    }
    const [pdf, csv] = texts;
    expect(pdf).toContain('Laporan kegiatan pendampingan');
    expect(csv?.split('\r\n')[1]).toBe(
      '2026-11-01,2026-11-30,Kec. Cengkareng,Ringkasan,Klien yang dijangkau,1,,',
    );
    expect(csv).toContain('Kec. Cengkareng,Sesi menurut saluran,WhatsApp,1,,');
    expect(csv).toContain(
      'Kec. Cengkareng,Penjangkauan menurut jenis,Menjangkau pengurus komunitas (RT/RW),1,,',
    );
  });

  it("counts the sessions by their case's area, in PDF, CSV and XLSX", async () => {
    const h = await startCore();
    const { caseId } = await caseWithWork(h);
    const updated = await h.call('cases.update', { caseId, area: ' Kel. Kapuk RW 05 ' });
    expect(updated.meta.area).toBe('Kel. Kapuk RW 05');
    const report = async (format: 'pdf' | 'csv' | 'xlsx'): Promise<string> => {
      const prepared = await h.call('exports.prepare', {
        kind: 'agencyReport',
        format,
        period: NOVEMBER,
        scope: 'own',
      });
      const bytes = take(h, prepared.ticket);
      return format === 'pdf'
        ? pdfText(bytes)
        : format === 'csv'
          ? bytes.toString('utf8')
          : xlsxText(bytes);
    };
    for (const format of ['pdf', 'xlsx'] as const) {
      const text = await report(format);
      expect(text).toContain('Sesi menurut wilayah klien');
      expect(text).toContain('Kel. Kapuk RW 05');
    }
    expect(await report('csv')).toContain(',Sesi menurut wilayah klien,Kel. Kapuk RW 05,1,1,');
    // Cleared, the report has no areas of sessions to show.
    expect((await h.call('cases.update', { caseId, area: null })).meta.area).toBeUndefined();
    expect(await report('csv')).not.toContain('Sesi menurut wilayah klien');
    await expect(h.call('cases.update', { caseId, area: 'x'.repeat(121) })).rejects.toThrow(
      /bad_request/,
    );
  });

  it('tells the screens to read again when the file is taken, not when it is made', async () => {
    const h = await startCore();
    await caseWithWork(h);
    const changes: string[] = [];
    h.core.events.subscribe((frame) => {
      if (frame.event === 'records.changed') changes.push(frame.event);
    });
    const prepared = await h.call('exports.prepare', {
      kind: 'agencyReport',
      format: 'csv',
      period: NOVEMBER,
      scope: 'own',
    });
    expect(changes).toEqual([]);
    take(h, prepared.ticket);
    expect(changes).toEqual(['records.changed']);
    expect((await h.call('exports.log', {})).entries).toHaveLength(1);
  });

  it("is written in this account's export log when taken, with scope and period", async () => {
    const h = await startCore();
    await caseWithWork(h);
    const prepared = await h.call('exports.prepare', {
      kind: 'agencyReport',
      format: 'csv',
      period: NOVEMBER,
      scope: 'own',
    });
    expect((await h.call('exports.log', {})).entries).toEqual([]);
    take(h, prepared.ticket);
    const { entries } = await h.call('exports.log', {});
    expect(entries).toEqual([
      expect.objectContaining({
        what: 'agencyReport',
        format: 'csv',
        scope: 'own',
        period: NOVEMBER,
      }),
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const h = await startCore();
    await caseWithWork(h);
    await expect(
      h.call('exports.prepare', {
        kind: 'agencyReport',
        format: 'pdf',
        period: { from: '2026-11-30', to: '2026-11-01' },
        scope: 'own',
      }),
    ).rejects.toThrow('bad_request');
  });
});

describe('the session PDF and the print', () => {
  it('come from the core, hold the note, and are recorded with the session', async () => {
    const h = await startCore();
    const { caseId, sessionId } = await caseWithWork(h);
    const prepared = await h.call('exports.prepare', { kind: 'sessionPdf', sessionId });
    const text = pdfText(take(h, prepared.ticket));
    expect(text).toContain(CLIENT.note);
    expect(text).toContain(CLIENT.alias);
    await h.call('exports.recordPrint', { sessionId });
    const trail = await h.call('audit.list', { caseId, filters: { kind: 'exported' } });
    expect(trail.entries.map((e) => [e.what, e.format, e.sessionId])).toEqual([
      ['sessionPrint', 'print', sessionId],
      ['sessionPdf', 'pdf', sessionId],
    ]);
  });

  it('hands nothing out once the vault is locked', async () => {
    const h = await startCore();
    const { sessionId } = await caseWithWork(h);
    const prepared = await h.call('exports.prepare', { kind: 'sessionPdf', sessionId });
    await h.call('vault.lock', {});
    expect(h.core.takeExport(prepared.ticket)).toBeUndefined();
  });
});

describe('the case summary for handover', () => {
  it('tells the course of the work without notes, and only the ticked details', async () => {
    const h = await startCore();
    const { caseId } = await caseWithWork(h);
    const prepared = await h.call('exports.prepare', {
      kind: 'caseSummary',
      caseId,
      items: ['phone'],
    });
    const text = pdfText(take(h, prepared.ticket));
    expect(text).toContain('Ringkasan kasus untuk serah terima');
    expect(text).toContain(CLIENT.phone);
    expect(text).toContain('Poli Jiwa RSUD Cengkareng');
    for (const secret of [CLIENT.alias, CLIENT.name, CLIENT.nik, CLIENT.note]) {
      expect(text).not.toContain(secret);
    }
    const trail = await h.call('audit.list', { caseId, filters: { kind: 'exported' } });
    expect(trail.entries[0]).toMatchObject({ what: 'caseSummary', format: 'pdf' });
  });
});
