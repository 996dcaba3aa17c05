import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';

/**
 * Saves the window's printable page (the print stylesheet applies) as a PDF where the user
 * chooses: an export the user asks for, so the one place a record leaves the vault in clear.
 */
export function handlePrintToPdf(isAppUrl: (url: string) => boolean): void {
  ipcMain.handle('app:print-to-pdf', async (event, suggestedName: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return false;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return false;
    const name = typeof suggestedName === 'string' ? suggestedName.replace(/[^\w .-]/g, '') : '';
    const choice = await dialog.showSaveDialog(window, {
      defaultPath: `${name || 'sesi'}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return false;
    await writeFile(choice.filePath, await event.sender.printToPDF({ printBackground: false }));
    return true;
  });
}
