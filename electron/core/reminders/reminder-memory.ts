import type { RecordsContext } from '../records/records-context';

/**
 * Which follow-ups were already reminded of, so a reminder is not repeated at every start. Kept
 * in this account's own document (like the index: under no scope, so written with the personal
 * key and never synced): the keys are random record ids and dates, yet they say when a client is
 * to be seen, so they stay encrypted like everything else.
 */
export const REMINDERS_DOCUMENT = 'reminders';
export const REMINDERS_KIND = 'reminders';

export function rememberedReminders(records: RecordsContext): Set<string> {
  if (!records.store.documentKind(REMINDERS_DOCUMENT)) return new Set();
  return new Set(records.docs.open(REMINDERS_DOCUMENT).getMap<unknown>('shown').keys());
}

/** Keeps exactly `keys`; writes nothing when they are what is already kept. */
export function rememberReminders(records: RecordsContext, keys: readonly string[]): void {
  const current = rememberedReminders(records);
  const next = new Set(keys);
  if (current.size === next.size && [...next].every((k) => current.has(k))) return;
  const { store, docs } = records;
  if (!store.documentKind(REMINDERS_DOCUMENT))
    store.setDocumentKind(REMINDERS_DOCUMENT, REMINDERS_KIND);
  docs.transact(REMINDERS_DOCUMENT, (doc) => {
    const shown = doc.getMap<unknown>('shown');
    for (const key of [...shown.keys()]) if (!next.has(key)) shown.delete(key);
    for (const key of next) if (!shown.has(key)) shown.set(key, true);
  });
}
