import PDFDocument from 'pdfkit';
import { fontSet, runsOf, type Weight } from './fonts';

/** The organisation's letterhead: set once for the team by a supervisor (organisation.ts). */
export interface Letterhead {
  name: string;
  logo?: { type: 'image/png' | 'image/jpeg'; bytes: Uint8Array } | undefined;
}

export interface PdfWords {
  /** "Dibuat {{date}}" with the date filled in. */
  generatedAt: string;
  /** "Halaman {{page}} dari {{pages}}", filled in per page. */
  page: (page: number, pages: number) => string;
}

const A4_MARGINS = { top: 96, bottom: 64, left: 64, right: 64 };
const INK = '#1a1a1a';
const MUTED = '#555555';

/**
 * The one way a PDF is made (issue #14, item 5): A4, Noto Sans embedded, the letterhead on every
 * page and the page number at its foot. Reports, letters, summaries and the session record all
 * write through it, in the core, so the web host and Electron hand out the same bytes and the
 * tests read what a person gets.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    private readonly options: {
      title: string;
      letterhead: Letterhead | undefined;
      words: PdfWords;
    },
  ) {
    const doc = new PDFDocument({
      size: 'A4',
      margins: A4_MARGINS,
      bufferPages: true,
      // The title names the kind of document only; nothing about a client goes in the metadata.
      info: { Title: options.title, Creator: 'Pendamping', Producer: 'Pendamping' },
    });
    const fonts = fontSet();
    for (const f of [...fonts.regular, ...fonts.bold]) doc.registerFont(f.name, f.bytes);
    doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      doc.on('error', reject);
    });
    this.doc = doc;
    doc.fillColor(INK);
  }

  title(text: string): this {
    this.write(text, { size: 17, weight: 'bold' });
    this.doc.moveDown(0.6);
    return this;
  }

  heading(text: string): this {
    this.keepRoom(60);
    this.doc.moveDown(0.5);
    this.write(text, { size: 12.5, weight: 'bold' });
    this.doc.moveDown(0.25);
    return this;
  }

  paragraph(text: string, style: { muted?: boolean; weight?: Weight } = {}): this {
    this.write(text, { size: 10.5, weight: style.weight ?? 'regular', muted: style.muted });
    this.doc.moveDown(0.35);
    return this;
  }

  /** "Label: value" on one line, the label in bold. */
  field(label: string, value: string): this {
    this.write(`${label}: `, { size: 10.5, weight: 'bold', continued: true });
    this.write(value, { size: 10.5, weight: 'regular' });
    this.doc.moveDown(0.2);
    return this;
  }

  /** A simple table: the first column takes what the others leave. */
  table(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): this {
    const doc = this.doc;
    const left = A4_MARGINS.left;
    const width = doc.page.width - A4_MARGINS.left - A4_MARGINS.right;
    const other = headers.length > 1 ? Math.min(90, (width * 0.45) / (headers.length - 1)) : 0;
    const widths = headers.map((_, i) => (i === 0 ? width - other * (headers.length - 1) : other));
    const drawRow = (cells: ReadonlyArray<string | number>, weight: Weight): void => {
      doc.font(fontSet()[weight][0]?.name ?? '').fontSize(10);
      const texts = cells.map(String);
      const height =
        Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: (widths[i] ?? 0) - 6 }))) +
        6;
      if (doc.y + height > doc.page.height - A4_MARGINS.bottom) doc.addPage();
      const top = doc.y;
      let x = left;
      texts.forEach((t, i) => {
        const w = (widths[i] ?? 0) - 6;
        this.write(t, {
          size: 10,
          weight,
          at: { x: x + 3, y: top + 3 },
          width: w,
          align: i === 0 ? 'left' : 'right',
        });
        x += widths[i] ?? 0;
      });
      doc
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .lineWidth(0.5)
        .strokeColor('#bbbbbb')
        .stroke();
      doc.x = left;
      doc.y = top + height;
    };
    drawRow(headers, 'bold');
    for (const row of rows) drawRow(row, 'regular');
    doc.moveDown(0.6);
    return this;
  }

  gap(lines = 1): this {
    this.doc.moveDown(lines);
    return this;
  }

  /** Draws the letterhead and the page numbers on every page, and returns the file. */
  finish(): Promise<Buffer> {
    const doc = this.doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      this.drawHeader();
      this.drawFooter(i - range.start + 1, range.count);
    }
    doc.end();
    return this.done;
  }

  private drawHeader(): void {
    const doc = this.doc;
    const head = this.options.letterhead;
    const left = A4_MARGINS.left;
    let textLeft = left;
    if (head?.logo) {
      doc.image(Buffer.from(head.logo.bytes), left, 28, { fit: [48, 48] });
      textLeft = left + 58;
    }
    const name = head?.name.trim() || 'Pendamping';
    this.write(name, { size: 13, weight: 'bold', at: { x: textLeft, y: 34 }, width: 400 });
    this.write(this.options.words.generatedAt, {
      size: 8.5,
      weight: 'regular',
      muted: true,
      at: { x: textLeft, y: 54 },
      width: 400,
    });
    doc
      .moveTo(left, 82)
      .lineTo(doc.page.width - A4_MARGINS.right, 82)
      .lineWidth(1)
      .strokeColor('#888888')
      .stroke();
  }

  private drawFooter(page: number, pages: number): void {
    const doc = this.doc;
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page: lift the margin while writing it.
    doc.page.margins.bottom = 0;
    this.write(this.options.words.page(page, pages), {
      size: 8.5,
      weight: 'regular',
      muted: true,
      at: { x: A4_MARGINS.left, y: doc.page.height - 40 },
      width: doc.page.width - A4_MARGINS.left - A4_MARGINS.right,
      align: 'center',
    });
    doc.page.margins.bottom = bottom;
  }

  private keepRoom(points: number): void {
    if (this.doc.y + points > this.doc.page.height - A4_MARGINS.bottom) this.doc.addPage();
  }

  /** Text in runs of one font each (fonts.ts), wrapped as one paragraph. */
  private write(
    text: string,
    style: {
      size: number;
      weight: Weight;
      muted?: boolean | undefined;
      continued?: boolean;
      at?: { x: number; y: number };
      width?: number;
      align?: 'left' | 'right' | 'center';
    },
  ): void {
    const doc = this.doc;
    const runs = runsOf(text, style.weight);
    if (runs.length === 0) runs.push({ font: fontSet()[style.weight][0]?.name ?? '', text: '' });
    doc.fontSize(style.size).fillColor(style.muted ? MUTED : INK);
    runs.forEach((run, i) => {
      const last = i === runs.length - 1;
      const options = {
        continued: !last || style.continued === true,
        ...(style.width !== undefined ? { width: style.width } : {}),
        ...(style.align ? { align: style.align } : {}),
      };
      doc.font(run.font);
      if (i === 0 && style.at) doc.text(run.text, style.at.x, style.at.y, options);
      else doc.text(run.text, options);
    });
    doc.fillColor(INK);
  }
}
