import type { PreparedExport } from '../../../shared/api/exports';

export type Delivery = 'saved' | 'cancelled' | 'started';

/**
 * Hands a file the core made over to where the person chooses (issue #14, item 6). On the desktop
 * Electron's main process asks with a save dialog and takes the file from the core itself; in a
 * browser the download of `/export/<ticket>` is the browser's own save. Either way the core
 * records the export when the file is taken, not before.
 */
export async function deliverExport(prepared: PreparedExport): Promise<Delivery> {
  const desktop = window.pendampingDesktop;
  if (desktop?.saveExport) {
    const saved = await desktop.saveExport(prepared.ticket, prepared.fileName, prepared.mediaType);
    return saved ? 'saved' : 'cancelled';
  }
  const link = document.createElement('a');
  link.href = `/export/${prepared.ticket}`;
  link.download = prepared.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  return 'started';
}
