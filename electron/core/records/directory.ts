import * as Y from 'yjs';
import { DirectoryContact } from '../../../shared/domain';
import { DIRECTORY_DOCUMENT, newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import type { MethodInputOf } from './types';
import { readRecords, recordMap, writeFields } from './ymap-records';

/** The local directory of referral contacts: services, RT/RW, kelurahan, community leaders. */
export function listContacts(ctx: RecordsContext): DirectoryContact[] {
  const contacts = ctx.docs.open(DIRECTORY_DOCUMENT).getMap<Y.Map<unknown>>('contacts');
  return readRecords(contacts, DirectoryContact, () =>
    ctx.log.warn({ what: 'contact' }, 'invalid contact skipped'),
  ).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export function saveContact(
  ctx: RecordsContext,
  input: MethodInputOf<'directory.save'>,
): DirectoryContact[] {
  const contact = DirectoryContact.parse({ ...input, id: input.id ?? newRecordId() });
  if (!ctx.store.documentKind(DIRECTORY_DOCUMENT)) {
    ctx.store.setDocumentKind(DIRECTORY_DOCUMENT, 'directory');
  }
  ctx.docs.transact(DIRECTORY_DOCUMENT, (doc) => {
    const map = recordMap(doc.getMap<Y.Map<unknown>>('contacts'), contact.id);
    // Optional fields cleared in the form are removed, not kept from before.
    for (const field of ['phone', 'address', 'notes'] as const) {
      if (contact[field] === undefined && map.has(field)) map.delete(field);
    }
    writeFields(map, contact);
  });
  return listContacts(ctx);
}
