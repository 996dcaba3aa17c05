import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Language } from '../../../shared/api/settings';
import type { AgencyReport } from '../../../shared/domain/reports';
import { PdfWriter, type Letterhead } from './pdf/pdf-writer';
import { reportLines, type ReportLine } from './report-table';
import { fill, formatDay, pdfWords, type ExportWords } from './words';

/** What the report says about itself besides the counts: never anything about a client. */
export interface ReportHeading {
  scope: 'team' | 'own';
  /** The area of work the person typed (a kecamatan, a district office), or nothing. */
  area?: string | undefined;
  generatedAt: string;
  language: Language;
  words: ExportWords;
}

function headingLines(report: AgencyReport, h: ReportHeading): string[] {
  const w = h.words.report;
  return [
    fill(w.period, {
      from: formatDay(report.period.from, h.language),
      to: formatDay(report.period.to, h.language),
    }),
    h.scope === 'team' ? w.scopeTeam : w.scopeOwn,
    ...(h.area ? [fill(w.area, { area: h.area })] : []),
  ];
}

export async function reportPdf(
  report: AgencyReport,
  h: ReportHeading,
  letterhead: Letterhead | undefined,
): Promise<Buffer> {
  const w = h.words.report;
  const pdf = new PdfWriter({
    title: w.title,
    letterhead,
    words: pdfWords(h.words, h.generatedAt, h.language),
  });
  pdf.title(w.title);
  for (const line of headingLines(report, h)) pdf.paragraph(line);
  pdf.paragraph(w.anonymous, { muted: true });
  const lines = reportLines(report, h.words, h.language);
  const sections = [
    w.sections.summary,
    w.sections.sessions,
    w.sections.outreach,
    w.sections.referrals,
    w.sections.risk,
  ];
  for (const section of sections) {
    pdf.heading(section);
    pdf.table(
      [w.columns.item, w.columns.count],
      lines.filter((l) => l.section === section).map((l) => [l.item, l.count]),
    );
  }
  if (report.sessionsByArea.length > 0) {
    pdf.heading(w.sections.sessionAreas);
    pdf.table(
      [w.columns.area, w.rows.sessions, w.rows.clientsReached],
      report.sessionsByArea.map((a) => [a.area || w.rows.noArea, a.sessions, a.clients]),
    );
  }
  pdf.heading(w.sections.areas);
  if (report.areas.length === 0) pdf.paragraph(w.noAreas, { muted: true });
  else {
    pdf.table(
      [w.columns.area, w.columns.activities, w.columns.people, w.columns.households],
      report.areas.map((a) => [a.area, a.activities, a.people, a.households]),
    );
  }
  return pdf.finish();
}

function columns(h: ReportHeading): string[] {
  const c = h.words.report.columns;
  return [c.section, c.item, c.count, c.people, c.households];
}

function cells(line: ReportLine): Array<string | number> {
  return [line.section, line.item, line.count, line.people ?? '', line.households ?? ''];
}

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, a tab or a return first) is
 * prefixed with an apostrophe: an area name typed into the app must not run in Excel.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 with CRLF, UTF-8 with a byte-order mark so Excel reads Indonesian letters right. */
export function reportCsv(report: AgencyReport, h: ReportHeading): Buffer {
  const { from, to } = report.period;
  const periodHeaders = [h.words.ui.from, h.words.ui.to, h.words.report.columns.workArea];
  const area = h.area ?? '';
  const rows = [
    [...periodHeaders, ...columns(h)],
    ...reportLines(report, h.words, h.language).map((line) => [from, to, area, ...cells(line)]),
  ];
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}

export async function reportXlsx(report: AgencyReport, h: ReportHeading): Promise<Buffer> {
  const w = h.words.report;
  const text = (value: string, bold = false): Row[number] => ({
    value,
    type: String,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const data: Row[] = [
    [text(w.title, true)],
    ...headingLines(report, h).map((line) => [text(line)]),
    [text(w.anonymous)],
    [],
    columns(h).map((c) => text(c, true)),
    ...reportLines(report, h.words, h.language).map((line) =>
      cells(line).map((value) =>
        typeof value === 'number' ? { value, type: Number } : text(value),
      ),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: w.title.slice(0, 31),
    columns: [{ width: 34 }, { width: 48 }, { width: 10 }, { width: 10 }, { width: 10 }],
  }).toBuffer();
}
