import type { ChatMessage, ParsedChat } from './chat';

/**
 * Takes the names out of a parsed chat (issue #14, item 2) before any of it is stored: the client
 * becomes the case alias, the counselor and anyone else a label, wherever their names occur
 * (as senders and as whole words in the text), and phone numbers a placeholder. The person picks
 * who is who and confirms the shorter names (a first name) that also stand for the client.
 */

export const PHONE_PLACEHOLDER = '[nomor telepon]';
export const MEDIA_MARKER = '[media]';

export interface PseudonymChoice {
  /** The sender who is the client: shown as the alias. */
  clientSender: string;
  /** The sender who is the counselor (the person importing), if they wrote in the chat. */
  counselorSender?: string | undefined;
  alias: string;
  /** What stands for the counselor ('Konselor'). */
  counselorLabel: string;
  /** What stands for anyone else, numbered ('Orang lain 1'). */
  otherLabel: string;
  /** More names that stand for the client in the text (a first name, a nickname), confirmed. */
  clientNames?: readonly string[] | undefined;
}

export type Speaker = 'client' | 'counselor' | 'other';

export interface TranscriptLine {
  at: string;
  speaker: Speaker;
  name: string;
  text: string;
}

export interface Transcript {
  lines: TranscriptLine[];
  /** Lines found before the first message, names and numbers replaced like the rest. */
  leading: string[];
}

/** Words before a name that are not the name ("Bu Ani", "Kak Rina"). */
const HONORIFICS = new Set([
  'bu',
  'ibu',
  'pak',
  'bapak',
  'mbak',
  'mba',
  'mas',
  'kak',
  'kakak',
  'dik',
  'adik',
  'bang',
  'abang',
  'teh',
  'teteh',
  'om',
  'tante',
  'klien',
  'client',
  'mr',
  'mrs',
  'ms',
]);

/**
 * The shorter names to offer for confirmation: the first word of a display name of several
 * words that is not a title ("Bu Ani Lestari" → "Ani"). A phone number offers none.
 */
export function suggestedNames(sender: string): string[] {
  const words = sender
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length >= 2);
  if (words.length < 2) return [];
  const first = words.find((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')));
  return first && first.toLowerCase() !== sender.toLowerCase() ? [first] : [];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Replaces every name in `names` (whole words, any case, any spacing) by its stand-in, in one
 * pass so a stand-in is never replaced again. Longer names first: "Ani Lestari" before "Ani".
 */
export function replaceNames(text: string, names: ReadonlyMap<string, string>): string {
  const keys = [...names.keys()].filter((k) => k.length >= 2).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const pattern = keys.map((k) => k.split(' ').map(escapeRegExp).join('\\s+')).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`, 'giu');
  return text.replace(regex, (found) => names.get(nameKey(found)) ?? found);
}

/**
 * Phone numbers as people write them in Indonesia and abroad: '+62 812-3456-7890',
 * '0812 3456 7890', '6281234567890', '(021) 555-0101', '+1 415 555 0100'. A run of digit groups
 * that starts with '+', '00', '0' or '62' and holds 9 to 15 digits; amounts ('1.500.000') and
 * times do not start so or are too short.
 */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])(?:\+|\(?0|62)[\d() .-]*\d/gu;

export function maskPhoneNumbers(text: string): string {
  return text.replace(PHONE_CANDIDATE, (found) => {
    const digits = found.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15 ? PHONE_PLACEHOLDER : found;
  });
}

function mediaText(message: ChatMessage): string {
  if (!message.media) return message.text;
  const marker = message.media.fileName ? `[media: ${message.media.fileName}]` : MEDIA_MARKER;
  return message.text === '' ? marker : `${marker} ${message.text}`;
}

/** The chat with every name and phone number replaced; system lines are left out. */
export function pseudonymiseChat(chat: ParsedChat, choice: PseudonymChoice): Transcript {
  const stand = new Map<string, string>();
  const speakers = new Map<string, { speaker: Speaker; name: string }>();
  let others = 0;
  for (const sender of chat.senders) {
    const key = nameKey(sender);
    if (sender === choice.clientSender) {
      speakers.set(sender, { speaker: 'client', name: choice.alias });
    } else if (sender === choice.counselorSender) {
      speakers.set(sender, { speaker: 'counselor', name: choice.counselorLabel });
    } else {
      others += 1;
      speakers.set(sender, { speaker: 'other', name: `${choice.otherLabel} ${others}` });
    }
    const who = speakers.get(sender);
    if (who && !stand.has(key)) stand.set(key, who.name);
  }
  // The client's name wins over another sender's that shares a word with it.
  stand.set(nameKey(choice.clientSender), choice.alias);
  for (const name of choice.clientNames ?? []) {
    if (name.trim().length >= 2) stand.set(nameKey(name), choice.alias);
  }
  const clean = (text: string): string => maskPhoneNumbers(replaceNames(text, stand));
  const lines = chat.messages.map((m) => {
    const who = speakers.get(m.sender) ?? { speaker: 'other' as const, name: choice.otherLabel };
    return { at: m.at, speaker: who.speaker, name: who.name, text: clean(mediaText(m)) };
  });
  return { lines, leading: chat.leading.map(clean) };
}

/**
 * The transcript as the note's paragraphs: the day whenever it changes, then one paragraph per
 * message, "HH.MM Name: text" (Indonesian time style, as the export itself writes it).
 */
export function transcriptParagraphs(transcript: Transcript): string[] {
  const out: string[] = [...transcript.leading.filter((l) => l.trim() !== '')];
  let day = '';
  for (const line of transcript.lines) {
    const lineDay = line.at.slice(0, 10);
    if (lineDay !== day) {
      out.push(lineDay);
      day = lineDay;
    }
    out.push(`${line.at.slice(11, 13)}.${line.at.slice(14, 16)} ${line.name}: ${line.text}`);
  }
  return out;
}
