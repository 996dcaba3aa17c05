import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dialog, ipcMain } from './support/fake-electron';
import { fromPage, launch, type FakeIpcEvent } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

function printToPdf(event: FakeIpcEvent, suggestedName: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get('app:print-to-pdf');
  if (!handler) throw new Error('no print handler');
  return Promise.resolve(handler(event as never, suggestedName as never));
}

describe('saving a session as a PDF', () => {
  it('writes the PDF exactly where the person chose, and nowhere else', async () => {
    const { window } = await launch();
    const folder = mkdtempSync(join(tmpdir(), 'pd-pdf-'));
    const chosen = join(folder, 'sesi-ibu-ani.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });

    expect(await printToPdf(fromPage(window), 'Sesi 3')).toBe(true);
    expect(readdirSync(folder)).toEqual(['sesi-ibu-ani.pdf']);
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.7 pendamping test');
  });

  it('writes nothing when the person cancels', async () => {
    const { window } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await printToPdf(fromPage(window), 'Sesi 3')).toBe(false);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('lets the page suggest a file name only, never a folder', async () => {
    const { window } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await printToPdf(fromPage(window), '../../.ssh/authorized_keys');
    await printToPdf(fromPage(window), { toString: () => '/etc/passwd' });
    const paths = dialog.showSaveDialog.mock.calls.map(
      (call) => (call[1] as { defaultPath: string }).defaultPath,
    );
    expect(paths).toEqual(['sshauthorized_keys.pdf', 'sesi.pdf']);
  });
});
