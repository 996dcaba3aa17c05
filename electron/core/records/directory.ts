import * as Y from 'yjs';
import type { DirectoryListing } from '../../../shared/api/records';
import { ContactFields, DirectoryContact, type DirectorySharing } from '../../../shared/domain';
import { CoreError } from '../errors';
import { DIRECTORY_DOCUMENT, DIRECTORY_KIND, newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import type { MethodInputOf } from './types';
import { readRecords, recordMap, writeFields } from './ymap-records';

/**
 * The directory of referral contacts: services, RT/RW, kelurahan, community leaders. Someone
 * working alone keeps it in a personal document; in a team it is the team's document
 * `directory-<team id>` in the team-wide scope, which every member reads and writes (the team
 * sync decides which, see electron/core/team/team-directory.ts).
 *
 * Each contact is a Y.Map of its fields, so members editing different contacts, or different
 * fields of one contact, while apart all keep their changes. The same field edited by two people
 * keeps one of the two values (Yjs picks the same one on every device), and "last changed by"
 * then names one of them: a field-level merge, which is enough for a phone book.
 */
export interface DirectoryPlace {
  docId: string;
  sharing: DirectorySharing;
}

export const LOCAL_DIRECTORY: DirectoryPlace = { docId: DIRECTORY_DOCUMENT, sharing: 'device' };

/** Who writes, and when (an actor id and an ISO instant). */
export interface Stamp {
  by: string;
  at: string;
}

const contactsOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap<Y.Map<unknown>>('contacts');

/** Every contact that validates, by name; what another app version wrote oddly is reported. */
export function readContacts(
  doc: Y.Doc,
  onInvalid: () => void = () => undefined,
): DirectoryContact[] {
  return readRecords(contactsOf(doc), DirectoryContact, onInvalid).sort((a, b) =>
    a.name.localeCompare(b.name, 'id'),
  );
}

/**
 * Writes what a person typed. A new contact records who added it; a change records who changed
 * it. Fields left empty are removed; an unchanged form writes nothing (no update to sync).
 */
export function writeContact(doc: Y.Doc, id: string, fields: ContactFields, stamp: Stamp): void {
  const typed = {
    id,
    kind: fields.kind,
    name: fields.name,
    phone: fields.phone,
    address: fields.address,
    notes: fields.notes,
  };
  const existing = contactsOf(doc).get(id);
  const isNew = !(existing instanceof Y.Map) || !existing.has('name');
  const changed = Object.entries(typed).some(
    ([field, value]) => JSON.stringify(existing?.get(field)) !== JSON.stringify(value),
  );
  if (!isNew && !changed) return;
  doc.transact(() => {
    writeFields(recordMap(contactsOf(doc), id), {
      ...typed,
      ...(isNew ? { addedBy: stamp.by, addedAt: stamp.at } : {}),
      changedBy: stamp.by,
      changedAt: stamp.at,
    });
  });
}

/**
 * Archives a contact, or restores it. The contact is kept (a referral names it by id and by the
 * words typed into it, so it stays readable); it only leaves the lists people pick from.
 * Returns false when there is no such contact.
 */
export function setArchived(doc: Y.Doc, id: string, archived: boolean, stamp: Stamp): boolean {
  const map = contactsOf(doc).get(id);
  if (!(map instanceof Y.Map) || !map.has('name')) return false;
  if (archived === map.has('archivedAt')) return true;
  writeFields(
    map,
    archived
      ? { archivedBy: stamp.by, archivedAt: stamp.at }
      : { archivedBy: undefined, archivedAt: undefined },
  );
  return true;
}

/** Two entries for one contact: same kind, same name (case and spaces aside), same phone digits. */
function sameContact(a: DirectoryContact, b: DirectoryContact): boolean {
  const name = (s: string) => s.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();
  const digits = (s: string | undefined) => (s ?? '').replace(/\D/g, '');
  return a.kind === b.kind && name(a.name) === name(b.name) && digits(a.phone) === digits(b.phone);
}

/**
 * Copies contacts of this device's own directory into the team's, like the cases written before
 * joining are uploaded on joining. Safe to repeat: a contact the team directory already holds
 * under its id is left alone, and one the team already has under another id (same kind, name and
 * phone, typed on two devices) is not added twice: only an address or notes the team's entry
 * lacks are filled in from ours. `author` is who wrote the personal directory (this account), for
 * entries that predate `addedBy`. Returns how many contacts were added.
 */
export function mergeContacts(
  ours: DirectoryContact[],
  into: Y.Doc,
  author: string,
  at: string,
): number {
  const theirs = readContacts(into);
  const held = new Set(theirs.map((c) => c.id));
  let added = 0;
  into.transact(() => {
    for (const contact of ours) {
      if (held.has(contact.id)) continue;
      const twin = contact.archivedAt
        ? undefined
        : theirs.find((t) => !t.archivedAt && sameContact(t, contact));
      if (twin) {
        const gaps = {
          ...(twin.address || !contact.address ? {} : { address: contact.address }),
          ...(twin.notes || !contact.notes ? {} : { notes: contact.notes }),
        };
        if (Object.keys(gaps).length > 0) {
          writeContact(into, twin.id, { ...twin, ...gaps }, { by: author, at });
        }
        continue;
      }
      const addedBy = contact.addedBy ?? author;
      writeFields(recordMap(contactsOf(into), contact.id), { ...contact, addedBy });
      held.add(contact.id);
      added++;
    }
  });
  return added;
}

/**
 * Which of this device's own contacts went to which team is kept in the personal directory, so
 * each goes once: one the team has since archived is not brought back by a later merge, and one
 * written while the team's key was missing again (a restored notebook) still goes.
 */
const mergedOf = (local: Y.Doc): Y.Map<string> => local.getMap<string>('mergedInto');

/** This device's own contacts not yet merged into the team's directory. */
export function unmergedContacts(local: Y.Doc, teamId: string): DirectoryContact[] {
  const merged = mergedOf(local);
  return readContacts(local).filter((c) => !merged.has(`${teamId}/${c.id}`));
}

export function markMerged(local: Y.Doc, teamId: string, ids: string[], at: string): void {
  for (const id of ids) mergedOf(local).set(`${teamId}/${id}`, at);
}

function listing(ctx: RecordsContext, place: DirectoryPlace): DirectoryListing {
  const all = readContacts(ctx.docs.open(place.docId), () =>
    ctx.log.warn({ what: 'contact' }, 'invalid contact skipped'),
  );
  return {
    contacts: all.filter((c) => !c.archivedAt),
    archived: all.filter((c) => c.archivedAt),
    sharing: place.sharing,
  };
}

export function listContacts(ctx: RecordsContext): DirectoryListing {
  return listing(ctx, ctx.directory());
}

function editDirectory(ctx: RecordsContext, edit: (doc: Y.Doc) => void): DirectoryListing {
  const place = ctx.directory();
  if (!ctx.store.documentKind(place.docId)) ctx.store.setDocumentKind(place.docId, DIRECTORY_KIND);
  ctx.docs.transact(place.docId, edit);
  return listing(ctx, place);
}

export function saveContact(
  ctx: RecordsContext,
  input: MethodInputOf<'directory.save'>,
): DirectoryListing {
  const { id = newRecordId(), ...typed } = input;
  const fields = ContactFields.parse(typed);
  const stamp = { by: ctx.actorId, at: ctx.nowIso() };
  return editDirectory(ctx, (doc) => writeContact(doc, id, fields, stamp));
}

export function archiveContact(
  ctx: RecordsContext,
  input: MethodInputOf<'directory.archive'>,
): DirectoryListing {
  const { docId } = ctx.directory();
  if (!readContacts(ctx.docs.open(docId)).some((c) => c.id === input.id)) {
    throw new CoreError('not_found', 'no such contact in the directory');
  }
  const stamp = { by: ctx.actorId, at: ctx.nowIso() };
  return editDirectory(ctx, (doc) => setArchived(doc, input.id, input.archived, stamp));
}
