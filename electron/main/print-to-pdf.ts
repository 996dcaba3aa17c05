import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { OriginPolicy } from './app-origin';
import { isFromAppPage } from './ipc-guard';

/**
 * Saves the window's printable page (the print stylesheet applies) as a PDF where the person
 * chooses: an export they ask for, so the one place a record leaves the vault in clear. The page
 * suggests a name only; the path is whatever the save dialog returns, or nothing is written.
 */
export function handlePrintToPdf(policy: OriginPolicy): void {
  ipcMain.handle('app:print-to-pdf', async (event, suggestedName: unknown) => {
    if (!isFromAppPage(event, policy)) return false;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return false;
    const name =
      typeof suggestedName === 'string'
        ? suggestedName.replace(/[^\w .-]/g, '').replace(/^[. ]+/, '')
        : '';
    const choice = await dialog.showSaveDialog(window, {
      defaultPath: `${name.slice(0, 100) || 'sesi'}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return false;
    await writeFile(choice.filePath, await event.sender.printToPDF({ printBackground: false }));
    return true;
  });
}
