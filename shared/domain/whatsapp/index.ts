/** WhatsApp chat import (issue #14, item 2): parse an export, then take the names out. */
export type {
  ChatMedia,
  ChatMessage,
  ChatProblem,
  ChatProblemKind,
  ChatSystemLine,
  DayOrder,
  DayOrderGuess,
  MediaKind,
  ParsedChat,
} from './chat';
export { conversationMinutes } from './duration';
export { parseWhatsAppChat } from './parse';
export {
  MEDIA_MARKER,
  PHONE_PLACEHOLDER,
  maskPhoneNumbers,
  pseudonymiseChat,
  replaceNames,
  suggestedNames,
  transcriptParagraphs,
  type PseudonymChoice,
  type Speaker,
  type Transcript,
  type TranscriptLine,
} from './pseudonymise';
