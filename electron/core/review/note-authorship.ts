import * as Y from 'yjs';
import { ActorId, IsoDateTime } from '../../../shared/domain';
import { z } from 'zod';
import { CoreError } from '../errors';
import type { RecordsContext } from '../records/records-context';
import type { SessionDocument } from '../records/session-document';
import { noteTree } from './session-content';

/**
 * Who wrote which words of a session note (issue #12, item 1: "every word is someone's").
 *
 * The note is written by the case's counselor; everyone else (a supervisor) comments, returns or
 * adds an addendum, and the core refuses their note changes. Each Yjs client id that wrote into
 * the note is mapped to the person whose core accepted its update, in the session document's
 * 'noteWriters' map (client id → who, first and last write), so the attribution syncs with the
 * note and every device can say, for each character still in the note, who typed it. A renderer's
 * copy of a document gets a fresh client id each time it is opened, so one entry is one sitting.
 *
 * The sync layer hands the core an update without its verified author (electron/core/sync), so
 * the attribution of a change that arrives is what the writing device declared; a device on this
 * version declares honestly, and refuses to write for a non-writer in the first place.
 */
export const NOTE_WRITERS = 'noteWriters';

const WriterEntry = z.object({ by: ActorId, at: IsoDateTime, last: IsoDateTime.optional() });
type WriterEntry = z.infer<typeof WriterEntry>;

/** `last` is moved at most this often, so a sitting's keystrokes do not each write the map. */
const LAST_EVERY_MS = 60_000;

function writersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(NOTE_WRITERS);
}

function readWriters(doc: Y.Doc): Map<number, WriterEntry> {
  const writers = new Map<number, WriterEntry>();
  writersMap(doc).forEach((value, key) => {
    const parsed = WriterEntry.safeParse(value);
    const client = Number(key);
    if (parsed.success && Number.isSafeInteger(client)) writers.set(client, parsed.data);
  });
  return writers;
}

/** Who may write a session's note: the case's counselor (the one the case is handed to, after). */
export function sessionWriters(ctx: RecordsContext, document: SessionDocument): string[] {
  const caseId = document.meta()?.caseId;
  if (!caseId) return [];
  try {
    const counselorId = ctx.caseDocument(caseId).meta()?.counselorId;
    return counselorId ? [counselorId] : [];
  } catch {
    return [];
  }
}

export function mayWriteSession(ctx: RecordsContext, document: SessionDocument): boolean {
  return sessionWriters(ctx, document).includes(ctx.actorId);
}

/**
 * Refuses a change of the session's own content (note, details, checklist, risk answers) by
 * someone who does not write it. A supervisor's words have their own places, under their name.
 */
export function assertSessionWriter(ctx: RecordsContext, document: SessionDocument): void {
  if (!mayWriteSession(ctx, document)) {
    throw new CoreError(
      'bad_request',
      "only the case's counselor writes this session; comment, return it for revision or add an addendum instead",
    );
  }
}

/** Client ids with new items in `update`, against what `doc` already holds. */
export function newClients(doc: Y.Doc, update: Uint8Array): Set<number> {
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  const clients = new Set<number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { client, clock } = struct.id;
    if (clock + struct.length > (known.get(client) ?? 0)) clients.add(client);
  }
  return clients;
}

/**
 * Records that this account wrote `clients` into the note, before their update is applied, so
 * the attribution travels ahead of the words in the outbox. Returns whether anything changed.
 */
export function attributeNoteWriters(
  ctx: RecordsContext,
  sessionId: string,
  clients: Iterable<number>,
): void {
  const doc = ctx.sessionDocument(sessionId).doc;
  const now = ctx.nowIso();
  const writers = readWriters(doc);
  const changes: Array<[number, WriterEntry]> = [];
  for (const client of clients) {
    const known = writers.get(client);
    if (!known) changes.push([client, { by: ctx.actorId, at: now }]);
    else if (
      known.by === ctx.actorId &&
      Date.parse(now) - Date.parse(known.last ?? known.at) >= LAST_EVERY_MS
    ) {
      changes.push([client, { ...known, last: now }]);
    }
  }
  if (changes.length === 0) return;
  ctx.editSession(sessionId, (s) => {
    for (const [client, entry] of changes) writersMap(s.doc).set(String(client), entry);
  });
}

export interface NoteSitting {
  by: string;
  from: string;
  to: string;
  /** Characters this sitting wrote that are still in the note. */
  chars: number;
}

export interface NoteAuthorship {
  /** Whether this account may write the note (the UI offers the editor only then). */
  mayWrite: boolean;
  writers: string[];
  /** Who wrote the note first: edits by anyone else are audited. */
  authorId?: string | undefined;
  /** Characters still in the note per person; words written before attribution are `unknown`. */
  people: Array<{ by: string; chars: number }>;
  unknownChars: number;
  sittings: NoteSitting[];
}

/** Live characters of the note per Yjs client id. */
function charsByClient(fragment: Y.XmlFragment | Y.XmlElement): Map<number, number> {
  const counts = new Map<number, number>();
  const visit = (node: Y.XmlFragment | Y.XmlElement): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        for (let item = child._start; item; item = item.right) {
          if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
          const client = item.id.client;
          counts.set(client, (counts.get(client) ?? 0) + item.length);
        }
      } else if (child instanceof Y.XmlElement) {
        visit(child);
      }
    }
  };
  visit(fragment);
  return counts;
}

/** The first writer of the note, else the case's counselor. */
function noteAuthor(writers: Map<number, WriterEntry>, fallback: string | undefined) {
  let first: WriterEntry | undefined;
  for (const entry of writers.values()) if (!first || entry.at < first.at) first = entry;
  return first?.by ?? fallback;
}

export function noteAuthorship(ctx: RecordsContext, document: SessionDocument): NoteAuthorship {
  const writerIds = sessionWriters(ctx, document);
  const writers = readWriters(document.doc);
  const chars = charsByClient(document.doc.getXmlFragment('note'));
  const perPerson = new Map<string, number>();
  let unknownChars = 0;
  for (const [client, count] of chars) {
    const by = writers.get(client)?.by;
    if (by) perPerson.set(by, (perPerson.get(by) ?? 0) + count);
    else unknownChars += count;
  }
  const sittings = [...writers.entries()]
    .map(([client, entry]) => ({
      by: entry.by,
      from: entry.at,
      to: entry.last ?? entry.at,
      chars: chars.get(client) ?? 0,
    }))
    .sort((a, b) => a.from.localeCompare(b.from));
  return {
    mayWrite: writerIds.includes(ctx.actorId),
    writers: writerIds,
    authorId: noteAuthor(writers, writerIds[0]),
    people: [...perPerson.entries()]
      .map(([by, count]) => ({ by, chars: count }))
      .sort((a, b) => b.chars - a.chars),
    unknownChars,
    sittings,
  };
}

/** Whether this account's change of the note is someone else's note (so it is audited). */
export function editsAnotherAuthorsNote(ctx: RecordsContext, document: SessionDocument): boolean {
  const author = noteAuthor(readWriters(document.doc), sessionWriters(ctx, document)[0]);
  return author !== undefined && author !== ctx.actorId;
}

/**
 * An update that arrived by sync and changes the note with words its own attribution gives to
 * someone who does not write this session (a supervisor, or a counselor the case was taken from):
 * the reason it is refused, or undefined when it is welcome. The common case (no client of the
 * update attributed to a non-writer) costs one decode; only a suspect update is tried on a copy.
 */
export function refusedNoteChange(
  ctx: RecordsContext,
  sessionId: string,
  update: Uint8Array,
  signer?: string,
): string | undefined {
  const document = ctx.sessionDocument(sessionId);
  const writerIds = sessionWriters(ctx, document);
  if (writerIds.length === 0) return undefined;
  const attributed = readWriters(document.doc);
  for (const [client, entry] of declaredWriters(update)) attributed.set(client, entry);
  const clients = newClients(document.doc, update);
  // An update signed by someone who does not write the session is suspect whatever it says of
  // itself (a modified client can leave its words unattributed); otherwise its attribution is.
  const suspect =
    (signer !== undefined && !writerIds.includes(signer)) ||
    [...clients].some((client) => {
      const by = attributed.get(client)?.by;
      return by !== undefined && !writerIds.includes(by);
    });
  if (!suspect) return undefined;
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document.doc));
  const before = JSON.stringify(noteTree(copy.getXmlFragment('note')));
  Y.applyUpdate(copy, update);
  const after = JSON.stringify(noteTree(copy.getXmlFragment('note')));
  copy.destroy();
  return before === after ? undefined : 'a note change by someone who does not write this session';
}

/** Attribution entries an update carries itself (they may arrive with the words they attribute). */
function declaredWriters(update: Uint8Array): Map<number, WriterEntry> {
  const declared = new Map<number, WriterEntry>();
  for (const struct of Y.decodeUpdate(update).structs) {
    // A decoded item names a root type by its key (a string), not by the type itself.
    const parent = (struct as { parent: unknown }).parent;
    if (!(struct instanceof Y.Item) || parent !== NOTE_WRITERS || !struct.parentSub) continue;
    const client = Number(struct.parentSub);
    const parsed = WriterEntry.safeParse(struct.content.getContent()[0]);
    if (parsed.success && Number.isSafeInteger(client)) declared.set(client, parsed.data);
  }
  return declared;
}
