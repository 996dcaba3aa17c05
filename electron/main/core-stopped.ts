import { dialog, shell } from 'electron';

/**
 * Tells the person that the core stopped for good and where its log is, before the app closes:
 * never a silent quit, which would look like lost notes. Bahasa Indonesia first, as in the menu.
 */
export async function tellCoreStopped(logFile: string): Promise<void> {
  const message =
    'Pendamping berhenti karena kesalahan dan harus ditutup.\n' +
    'Pendamping stopped because of an error and has to close.';
  const detail =
    'Catatan Anda tetap terenkripsi di laptop ini. Kirimkan log ini kepada pendukung teknis Anda:\n' +
    'Your notes stay encrypted on this laptop. Send this log to whoever supports you:\n\n' +
    logFile;
  try {
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Pendamping',
      message,
      detail,
      buttons: ['Buka folder log / Show the log', 'Tutup / Close'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response === 0) shell.showItemInFolder(logFile);
  } catch {
    // The plain error box needs no window and cannot fail to show.
    dialog.showErrorBox('Pendamping', `${message}\n\n${detail}`);
  }
}
