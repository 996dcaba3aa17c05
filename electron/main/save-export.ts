import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { OriginPolicy } from './app-origin';
import { isFromAppPage } from './ipc-guard';

/** A file the core made, handed to main for the one write the person chose. */
export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

const TICKET = /^[0-9a-f]{32}$/;

/**
 * Saves a file the core made for export (a report, a letter, a summary, a session PDF) where the
 * person chooses (issue #14, item 6). The page names the ticket and suggests a file name only;
 * the path is whatever the save dialog returns, and only then is the file taken from the core,
 * which records the export as it hands it over. Cancelled: nothing is taken, nothing recorded.
 */
export function handleSaveExport(
  policy: OriginPolicy,
  takeExport: (ticket: string) => Promise<ExportedFile | undefined>,
): void {
  ipcMain.handle('app:save-export', async (event, ticket: unknown, suggestedName: unknown) => {
    if (!isFromAppPage(event, policy)) return false;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window || typeof ticket !== 'string' || !TICKET.test(ticket)) return false;
    const name =
      typeof suggestedName === 'string'
        ? suggestedName.replace(/[^\w .-]/g, '').replace(/^[. ]+/, '')
        : '';
    const extension = /\.(pdf|csv|xlsx)$/.exec(name)?.[1] ?? 'pdf';
    const choice = await dialog.showSaveDialog(window, {
      defaultPath: name.slice(0, 100) || `pendamping.${extension}`,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    if (choice.canceled || !choice.filePath) return false;
    const file = await takeExport(ticket);
    if (!file) return false;
    await writeFile(choice.filePath, file.bytes);
    return true;
  });
}
