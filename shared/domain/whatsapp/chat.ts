/**
 * What a WhatsApp chat export holds once parsed (issue #14, item 2). Plain types, no schema: the
 * parse result never crosses IPC (the core parses the text again from the person's choices).
 */

/** How the export writes a day: day first (Indonesia, most of the world) or month first (US). */
export type DayOrder = 'dmy' | 'mdy';

export type MediaKind = 'image' | 'audio' | 'video' | 'sticker' | 'document' | 'other';

export interface ChatMedia {
  kind: MediaKind;
  /** The attachment's file name when the export came with media ("<attached: …>"). */
  fileName?: string;
}

export interface ChatMessage {
  /** The line of the file (1-based) the message starts on. */
  line: number;
  /** The phone's local time, 'YYYY-MM-DDTHH:MM:SS' (the export carries no time zone). */
  at: string;
  sender: string;
  /** The message, continuation lines joined with '\n'; empty for a media line. */
  text: string;
  media?: ChatMedia;
}

/** A line WhatsApp wrote itself: the encryption notice, "X added Y", a changed security code. */
export interface ChatSystemLine {
  line: number;
  at: string;
  text: string;
}

export type ChatProblemKind =
  /** A line before the first message: kept as leading text. */
  | 'beforeFirstMessage'
  /** A line that starts like a message but whose date or time cannot be read: kept as text. */
  | 'malformedHeader'
  /** A date that cannot exist in the chosen day order (e.g. month 13): kept as text. */
  | 'impossibleDate';

export interface ChatProblem {
  line: number;
  kind: ChatProblemKind;
}

export interface DayOrderGuess {
  order: DayOrder;
  /** True when some date settles it (a first or second number above 12). */
  certain: boolean;
  /** Both orders are contradicted by some line: the file mixes styles. */
  conflicting: boolean;
}

export interface ParsedChat {
  format: 'android' | 'ios' | 'unknown';
  dayOrder: DayOrderGuess;
  messages: ChatMessage[];
  system: ChatSystemLine[];
  /** Lines before the first message, kept (each is also a problem). */
  leading: string[];
  problems: ChatProblem[];
  /** Distinct senders, in order of their first message. */
  senders: string[];
  /** File names of voice notes and other audio, so they can be attached later. */
  voiceNotes: string[];
}
