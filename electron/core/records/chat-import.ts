import * as Y from 'yjs';
import {
  conversationMinutes,
  parseWhatsAppChat,
  pseudonymiseChat,
  transcriptParagraphs,
} from '../../../shared/domain/whatsapp';
import { CoreError } from '../errors';
import { sessionDocumentId } from './document-ids';
import type { RecordsContext } from './records-context';
import { applyDocumentUpdate, createSession } from './sessions';
import type { MethodInputOf, SessionDetail } from './types';
import { caseDetail, sessionDetail } from './views';

/**
 * A WhatsApp chat export becomes a session of channel 'whatsapp' (issue #14, item 2). The file's
 * text arrives in the request, is parsed and stripped of names here, in memory, and only the
 * pseudonymised transcript is written, into the session's note (encrypted like any note). The
 * original text is never stored, logged or put in an error: it goes out of scope with this call.
 */

/**
 * The note is written in pieces of at most this many characters, each its own update: the sync
 * client refuses an outbox entry larger than one relay frame (1 MiB, shared/sync/frames.ts),
 * and a Yjs text insert costs about one byte per character plus a little per paragraph. One
 * paragraph is one message, and WhatsApp caps a message at 65,536 characters, so it fits.
 */
const PIECE_CHARS = 256 * 1024;

export function importChat(
  ctx: RecordsContext,
  input: MethodInputOf<'sessions.importChat'>,
): SessionDetail {
  const chat = parseWhatsAppChat(input.text, { dayOrder: input.dayOrder });
  const first = chat.messages[0];
  if (!first) throw new CoreError('bad_request', 'no messages were found in this file');
  if (!chat.senders.includes(input.clientSender)) {
    throw new CoreError('bad_request', 'the chosen client is not a sender in this chat');
  }
  if (input.counselorSender !== undefined && !chat.senders.includes(input.counselorSender)) {
    throw new CoreError('bad_request', 'the chosen counselor is not a sender in this chat');
  }
  const alias = caseDetail(ctx, input.caseId).meta.alias;
  const transcript = pseudonymiseChat(chat, {
    clientSender: input.clientSender,
    counselorSender: input.counselorSender,
    alias,
    counselorLabel: input.counselorLabel,
    otherLabel: input.otherLabel,
    clientNames: input.clientNames,
  });
  const startsAt = withOffset(first.at, input.utcOffsetMinutes);
  const created = createSession(ctx, {
    caseId: input.caseId,
    startsAt,
    durationMinutes: conversationMinutes(chat.messages),
    channel: 'whatsapp',
  });
  const sessionId = created.meta.id;
  const documentId = sessionDocumentId(sessionId);
  for (const update of noteUpdates(created.documentState, transcriptParagraphs(transcript))) {
    // The same path as the counselor's own typing: attributed to them, indexed, sent to the team.
    applyDocumentUpdate(ctx, { documentId, update });
  }
  return sessionDetail(ctx, sessionId);
}

/** A local time from the export with the device's offset: '2026-12-06T22:47:00+07:00'. */
function withOffset(localIso: string, offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${localIso}${sign}${hh}:${mm}`;
}

/**
 * The paragraphs appended to the note as the editor writes them (a 'paragraph' element holding
 * text, tiptap's schema), as base64 updates of at most PIECE_CHARS characters each.
 */
function noteUpdates(documentState: string, paragraphs: readonly string[]): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(documentState, 'base64'));
  const note = doc.getXmlFragment('note');
  const updates: string[] = [];
  let index = 0;
  while (index < paragraphs.length) {
    const before = Y.encodeStateVector(doc);
    let chars = 0;
    doc.transact(() => {
      while (index < paragraphs.length && chars < PIECE_CHARS) {
        const text = paragraphs[index] ?? '';
        const paragraph = new Y.XmlElement('paragraph');
        if (text !== '') paragraph.insert(0, [new Y.XmlText(text)]);
        note.push([paragraph]);
        chars += text.length + 1;
        index += 1;
      }
    });
    updates.push(Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64'));
  }
  doc.destroy();
  return updates;
}
