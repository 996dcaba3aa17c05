import type {
  ChatMedia,
  ChatMessage,
  ChatProblem,
  ChatSystemLine,
  DayOrder,
  DayOrderGuess,
  MediaKind,
  ParsedChat,
} from './chat';

/**
 * A parser for the text file WhatsApp's "Export chat" writes (issue #14, item 2). No runtime
 * imports: it runs in the renderer for the preview and in the core for the import itself, on
 * text held in memory only.
 *
 * The formats, as phones write them (the header's wording follows the phone's language, its date
 * and clock its region settings):
 *   Android  `06/12/26 22.47 - Nama: pesan`        `12/6/26, 10:47 PM - Name: message`
 *   iOS      `[06/12/26 22.47.05] Nama: pesan`     `[12/6/26, 10:47:05 PM] Name: message`
 * A line that does not start with a header continues the message before it (a message with line
 * breaks). iOS puts a left-to-right mark (U+200E) before media and system texts and sometimes
 * before the header; newer Android puts a narrow no-break space (U+202F) before AM/PM.
 *
 * Nothing is dropped silently: a line that cannot be read as a header is kept as text of the
 * message before it, and listed as a problem with its line number.
 */

/** Bidirectional and zero-width marks phones insert; removed before anything is read. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;

const PERIOD = '(am|pm|a\\.m\\.|p\\.m\\.|pagi|siang|sore|malam)';
const DATE = '(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})';
const TIME = `(\\d{1,2})[.:](\\d{2})(?:[.:](\\d{2}))?(?: ?${PERIOD})?`;
const ANDROID = new RegExp(`^${DATE},? ${TIME} [-–] (.*)$`, 'i');
const IOS = new RegExp(`^\\[${DATE},? ${TIME}\\] ?(.*)$`, 'i');
/** Starts like a header (a date), whatever follows: a line that fails to parse is reported. */
const LOOKS_LIKE_HEADER = /^\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[, ]/;

interface Header {
  line: number;
  raw: string;
  format: 'android' | 'ios';
  first: number;
  second: number;
  year: number;
  hour: number;
  minute: number;
  second60: number;
  period: string | undefined;
  body: string;
}

function readHeader(line: string, lineNo: number): Header | undefined {
  const android = ANDROID.exec(line);
  const ios = android ? undefined : IOS.exec(line);
  const m = android ?? ios;
  if (!m) return undefined;
  const year = Number(m[4]);
  return {
    line: lineNo,
    raw: line,
    format: android ? 'android' : 'ios',
    first: Number(m[1]),
    second: Number(m[3]),
    year: year < 100 ? 2000 + year : year,
    hour: Number(m[5]),
    minute: Number(m[6]),
    second60: m[7] ? Number(m[7]) : 0,
    period: m[8]?.toLowerCase().replace(/\./g, ''),
    body: m[9] ?? '',
  };
}

/** The 24-hour hour, or undefined when the clock reading is impossible. */
function hour24(hour: number, period: string | undefined): number | undefined {
  if (period === undefined) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  const h = hour % 12;
  switch (period) {
    case 'am':
    case 'pagi':
      return h;
    // Indonesian day periods (CLDR): siang 10–15, sore 15–18, malam 18–24 ("12 malam" is midnight).
    case 'siang':
      return hour >= 10 && hour <= 12 ? hour : h + 12;
    case 'malam':
      return hour === 12 ? 0 : h + 12;
    default:
      return h + 12;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function localIso(h: Header, order: DayOrder): string | undefined {
  const day = order === 'dmy' ? h.first : h.second;
  const month = order === 'dmy' ? h.second : h.first;
  const hour = hour24(h.hour, h.period);
  if (hour === undefined || h.minute > 59 || h.second60 > 59) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(h.year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${h.year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(h.minute)}:${pad(h.second60)}`;
}

/** Orders of the times under one day order that go backwards (a wrong order jumps months). */
function backwardSteps(headers: readonly Header[], order: DayOrder): number {
  let steps = 0;
  let previous = '';
  for (const h of headers) {
    const at = localIso(h, order);
    if (!at) {
      steps += 1;
      continue;
    }
    if (at < previous) steps += 1;
    previous = at;
  }
  return steps;
}

/**
 * Decides day/month order from every header in the file: a first number above 12 can only be a
 * day, a second number above 12 only a day too. When no date settles it, the order under which
 * the chat runs forward in time wins, then the file's style (a 12-hour clock with a comma after
 * the date is the US style); the person is asked to confirm (certain: false).
 */
function guessDayOrder(headers: readonly Header[]): DayOrderGuess {
  const dmy = headers.filter((h) => h.first > 12).length;
  const mdy = headers.filter((h) => h.second > 12).length;
  if (dmy > 0 && mdy === 0) return { order: 'dmy', certain: true, conflicting: false };
  if (mdy > 0 && dmy === 0) return { order: 'mdy', certain: true, conflicting: false };
  if (dmy > 0 && mdy > 0) {
    return { order: dmy >= mdy ? 'dmy' : 'mdy', certain: false, conflicting: true };
  }
  const forwardDmy = backwardSteps(headers, 'dmy');
  const forwardMdy = backwardSteps(headers, 'mdy');
  if (forwardDmy !== forwardMdy) {
    return { order: forwardDmy < forwardMdy ? 'dmy' : 'mdy', certain: false, conflicting: false };
  }
  const usStyle = headers.some((h) => /^\[?\d{1,2}\/\d{1,2}\/\d{2,4}, /.test(h.raw) && h.period);
  return { order: usStyle ? 'mdy' : 'dmy', certain: false, conflicting: false };
}

const ENCRYPTION_NOTICE =
  /^(pesan dan panggilan terenkripsi secara end-to-end|messages and calls are end-to-end encrypted)/i;
/** System texts iOS writes under the chat's name, marked with a left-to-right mark. */
const MARKED_SYSTEM =
  /end-to-end|kode keamanan|security code|menambahkan|added|created group|membuat grup|left$|keluar$|changed|mengubah|disappearing|pesan sementara/i;

const OMITTED_ANDROID = /^<\s*media\b[^>]*>$/i;
const OMITTED_IOS: ReadonlyArray<[RegExp, MediaKind]> = [
  [/^(image|photo|gambar|foto) (omitted|tidak disertakan|dihilangkan)$/i, 'image'],
  [/^(audio|voice message|pesan suara) (omitted|tidak disertakan|dihilangkan)$/i, 'audio'],
  [/^video (omitted|tidak disertakan|dihilangkan)$/i, 'video'],
  [/^(sticker|stiker|gif) (omitted|tidak disertakan|dihilangkan)$/i, 'sticker'],
  [/^(document|dokumen) (omitted|tidak disertakan|dihilangkan)$/i, 'document'],
  [/^[\w ]+ (omitted|tidak disertakan|dihilangkan)$/i, 'other'],
];
const ATTACHED = /<(?:attached|terlampir|lampiran): ([^>]+)>/i;
const ANDROID_FILE =
  /^(\S.*\.[a-z0-9]{2,5}) \((?:file attached|file terlampir|berkas terlampir)\)$/i;

function kindOfFile(name: string): MediaKind {
  const n = name.toLowerCase();
  if (/ptt-|audio|\.(opus|m4a|aac|mp3|ogg|amr|wav)$/.test(n)) return 'audio';
  if (/sticker|stk-|\.webp$/.test(n)) return 'sticker';
  if (/photo|img-|\.(jpe?g|png|heic|gif)$/.test(n)) return 'image';
  if (/video|vid-|\.(mp4|mov|3gp)$/.test(n)) return 'video';
  return 'document';
}

/** The media a message's text stands for, and what text is left besides it (a caption). */
function readMedia(text: string): { media: ChatMedia; rest: string } | undefined {
  if (OMITTED_ANDROID.test(text)) return { media: { kind: 'other' }, rest: '' };
  for (const [pattern, kind] of OMITTED_IOS) {
    if (pattern.test(text)) return { media: { kind }, rest: '' };
  }
  const attached = ATTACHED.exec(text);
  if (attached?.[1]) {
    const fileName = attached[1].trim();
    const rest = text.replace(ATTACHED, '').trim();
    return { media: { kind: kindOfFile(fileName), fileName }, rest };
  }
  const file = ANDROID_FILE.exec(text);
  if (file?.[1]) return { media: { kind: kindOfFile(file[1]), fileName: file[1] }, rest: '' };
  return undefined;
}

function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

function clean(line: string): string {
  return line.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trimEnd();
}

/**
 * Parses an export. `dayOrder` is the person's choice once confirmed; without it the order is
 * guessed (see guessDayOrder) and returned with how sure the guess is.
 */
export function parseWhatsAppChat(text: string, options: { dayOrder?: DayOrder } = {}): ParsedChat {
  const raw = splitLines(text);
  // A trailing newline is not a line of the chat.
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines = raw.map((original, i) => ({
    lineNo: i + 1,
    marked: original.replace(/^\ufeff/, '').includes('\u200e'),
    text: clean(original),
  }));
  const headers = new Map<number, Header>();
  for (const l of lines) {
    const header = readHeader(l.text, l.lineNo);
    if (header) headers.set(l.lineNo, header);
  }
  const guess = guessDayOrder([...headers.values()]);
  const order = options.dayOrder ?? guess.order;
  const dayOrder: DayOrderGuess = options.dayOrder
    ? { order, certain: true, conflicting: guess.conflicting }
    : guess;

  const messages: ChatMessage[] = [];
  const system: ChatSystemLine[] = [];
  const leading: string[] = [];
  const problems: ChatProblem[] = [];
  let last: { text: string } | undefined;
  const keepAsText = (text: string): void => {
    if (last) last.text = last.text === '' ? text : `${last.text}\n${text}`;
    else leading.push(text);
  };

  for (const l of lines) {
    const header = headers.get(l.lineNo);
    const at = header && localIso(header, order);
    if (!header || !at) {
      if (header) problems.push({ line: l.lineNo, kind: 'impossibleDate' });
      else if (LOOKS_LIKE_HEADER.test(l.text)) {
        problems.push({ line: l.lineNo, kind: 'malformedHeader' });
      } else if (!last && l.text.trim() !== '') {
        problems.push({ line: l.lineNo, kind: 'beforeFirstMessage' });
      }
      if (last || l.text.trim() !== '') keepAsText(l.text);
      continue;
    }
    const colon = header.body.indexOf(': ');
    const sender = colon > 0 ? header.body.slice(0, colon).trim() : '';
    const body = colon > 0 ? header.body.slice(colon + 2) : header.body;
    const isSystem =
      sender === '' ||
      ENCRYPTION_NOTICE.test(body) ||
      (header.format === 'ios' && l.marked && MARKED_SYSTEM.test(body) && !readMedia(body));
    if (isSystem) {
      const entry: ChatSystemLine = { line: l.lineNo, at, text: header.body };
      system.push(entry);
      last = entry;
      continue;
    }
    const media = readMedia(body.trim());
    const message: ChatMessage = {
      line: l.lineNo,
      at,
      sender,
      text: media ? media.rest : body,
      ...(media ? { media: media.media } : {}),
    };
    messages.push(message);
    last = message;
  }

  const formats = [...new Set([...headers.values()].map((h) => h.format))];
  const senders = [...new Set(messages.map((m) => m.sender))];
  const voiceNotes = messages.flatMap((m) =>
    m.media?.kind === 'audio' && m.media.fileName ? [m.media.fileName] : [],
  );
  return {
    format: formats.length === 1 && formats[0] ? formats[0] : 'unknown',
    dayOrder,
    messages,
    system,
    leading,
    problems,
    senders,
    voiceNotes,
  };
}
