import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import {
  exportFileName,
  extensionOf,
  extensionsOf,
  mediaTypeOfExtension,
} from '../../shared/exports/file-types';
import type { OriginPolicy } from './app-origin';
import { isFromAppPage } from './ipc-guard';

/** A file the core made, handed to main for the one write the person chose. */
export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

const TICKET = /^[0-9a-f]{32}$/;

/**
 * The dialog's suggestion and filter for a file the page says is of `mediaType`: only types we
 * export (shared/exports/file-types.ts) count, else the name's own extension if it is one of
 * theirs, else no filter. The name keeps letters, digits, spaces, dots, dashes and underscores
 * (no folder, no leading dot) and ends in the type's extension.
 */
export function saveDialogChoice(
  suggestedName: unknown,
  mediaType: unknown,
): { defaultPath: string; filters: Array<{ name: string; extensions: string[] }> } {
  const raw = typeof suggestedName === 'string' ? suggestedName : '';
  const plain = raw.replace(/[^\w .-]/g, '').replace(/^[. ]+/, '');
  const type =
    (typeof mediaType === 'string' && extensionsOf(mediaType) ? mediaType : undefined) ??
    mediaTypeOfExtension(extensionOf(plain)) ??
    '';
  const extensions = extensionsOf(type);
  const defaultPath = exportFileName(plain, type, { max: 100, fallback: 'pendamping' });
  return {
    defaultPath,
    filters: extensions ? [{ name: extensions[0].toUpperCase(), extensions: [...extensions] }] : [],
  };
}

/**
 * Saves a file the core made for export (a report, a letter, a summary, a session PDF, a copy of
 * an attachment) where the person chooses (issue #14, item 6). The page names the ticket and
 * suggests a file name and type only; the path is whatever the save dialog returns, and only then
 * is the file taken from the core, which records the export as it hands it over. Cancelled:
 * nothing is taken, nothing recorded.
 */
export function handleSaveExport(
  policy: OriginPolicy,
  takeExport: (ticket: string) => Promise<ExportedFile | undefined>,
): void {
  ipcMain.handle(
    'app:save-export',
    async (event, ticket: unknown, suggestedName: unknown, mediaType: unknown) => {
      if (!isFromAppPage(event, policy)) return false;
      const window = BrowserWindow.fromWebContents(event.sender);
      if (!window || typeof ticket !== 'string' || !TICKET.test(ticket)) return false;
      const choice = await dialog.showSaveDialog(
        window,
        saveDialogChoice(suggestedName, mediaType),
      );
      if (choice.canceled || !choice.filePath) return false;
      const file = await takeExport(ticket);
      if (!file) return false;
      await writeFile(choice.filePath, file.bytes);
      return true;
    },
  );
}
