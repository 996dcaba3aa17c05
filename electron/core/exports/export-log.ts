import { ExportLogEntry } from '../../../shared/api/exports';
import type { RecordsContext } from '../records/records-context';

/**
 * Exports that belong to no case (a report for an agency) are written here: a personal document
 * of this account, encrypted with the personal key, never synced (it is filed under no scope),
 * carried by the backup like every other document. It holds what, how, when, by whom, the scope
 * and the period: no client appears in a report, so none appears here.
 */
export const EXPORT_LOG_DOCUMENT = 'export-log';
export const EXPORT_LOG_KIND = 'export-log';

export function appendExportLog(ctx: RecordsContext, entry: ExportLogEntry): void {
  if (!ctx.store.documentKind(EXPORT_LOG_DOCUMENT)) {
    ctx.store.setDocumentKind(EXPORT_LOG_DOCUMENT, EXPORT_LOG_KIND);
  }
  ctx.docs.transact(EXPORT_LOG_DOCUMENT, (doc) => doc.getArray<unknown>('entries').push([entry]));
}

/** Newest first; an entry that does not read is left out. */
export function exportLog(ctx: RecordsContext): ExportLogEntry[] {
  if (!ctx.store.documentKind(EXPORT_LOG_DOCUMENT)) return [];
  return ctx.docs
    .open(EXPORT_LOG_DOCUMENT)
    .getArray<unknown>('entries')
    .toArray()
    .flatMap((value) => {
      const parsed = ExportLogEntry.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.at.localeCompare(a.at));
}
