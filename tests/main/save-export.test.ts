import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dialog, ipcMain, type FakeUtilityProcess } from './support/fake-electron';
import { fromPage, launch, type FakeIpcEvent } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

const TICKET = 'ab'.repeat(16);

function saveExport(
  event: FakeIpcEvent,
  ticket: unknown,
  name: unknown,
  mediaType?: unknown,
): Promise<unknown> {
  const handler = ipcMain.handlers.get('app:save-export');
  if (!handler) throw new Error('no save-export handler');
  return Promise.resolve(
    handler(event as never, ticket as never, name as never, mediaType as never),
  );
}

/** What main asked the save dialog: the suggested path and the filters, call by call. */
function dialogAsked(): Array<{ defaultPath: string; filters: { extensions: string[] }[] }> {
  return dialog.showSaveDialog.mock.calls.map(
    (call) => call[1] as { defaultPath: string; filters: { extensions: string[] }[] },
  );
}

/** Plays the core: answers main's request for the ticket's file, as utility-process.ts does. */
async function coreHandsOver(
  core: FakeUtilityProcess,
  bytes: string | Uint8Array | null,
): Promise<void> {
  await vi.waitFor(() => expect(core.messagesOfType('take-export')).toHaveLength(1));
  const [asked] = core.messagesOfType('take-export') as { ticket: string; replyTo: number }[];
  core.emit('message', {
    type: 'export',
    replyTo: asked?.replyTo,
    file:
      bytes === null
        ? null
        : {
            fileName: 'x.pdf',
            bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
          },
  });
}

describe('saving an export from the core (issue #14, item 6)', () => {
  it('takes the file from the core only after the person chose where, and writes it there', async () => {
    const { window, core } = await launch();
    const folder = mkdtempSync(join(tmpdir(), 'pd-export-'));
    const chosen = join(folder, 'surat-rujukan.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });

    const saved = saveExport(fromPage(window), TICKET, 'surat-rujukan-2026-12-07.pdf');
    await coreHandsOver(core, '%PDF-1.3 letter');
    expect(await saved).toBe(true);
    expect(core.messagesOfType('take-export')).toEqual([
      expect.objectContaining({ type: 'take-export', ticket: TICKET }),
    ]);
    expect(readdirSync(folder)).toEqual(['surat-rujukan.pdf']);
    expect(readFileSync(chosen, 'utf8')).toBe('%PDF-1.3 letter');
  });

  it('takes nothing from the core, so records nothing, when the person cancels', async () => {
    const { window, core } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveExport(fromPage(window), TICKET, 'laporan.csv')).toBe(false);
    expect(core.messagesOfType('take-export')).toEqual([]);
  });

  it('writes nothing when the core has no file for the ticket', async () => {
    const { window, core } = await launch();
    const folder = mkdtempSync(join(tmpdir(), 'pd-export-'));
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'a.pdf') });
    const saved = saveExport(fromPage(window), TICKET, 'a.pdf');
    await coreHandsOver(core, null);
    expect(await saved).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lets the page suggest a file name only, and refuses a ticket that is not one', async () => {
    const { window, core } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveExport(fromPage(window), TICKET, '../../.ssh/authorized_keys');
    await saveExport(fromPage(window), TICKET, 'laporan-kegiatan.xlsx');
    expect(await saveExport(fromPage(window), '../etc/passwd', 'a.pdf')).toBe(false);
    const calls = dialogAsked();
    expect(calls.map((c) => c.defaultPath)).toEqual([
      'sshauthorized_keys',
      'laporan-kegiatan.xlsx',
    ]);
    expect(calls[1]?.filters[0]?.extensions).toEqual(['xlsx']);
    expect(core.messagesOfType('take-export')).toEqual([]);
  });

  it("offers the prepared file's own type in the dialog, and writes a saved attachment's bytes", async () => {
    const { window, core } = await launch();
    const folder = mkdtempSync(join(tmpdir(), 'pd-export-'));
    const chosen = join(folder, 'persetujuan.png');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const photo = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

    const saved = saveExport(fromPage(window), TICKET, 'persetujuan.png', 'image/png');
    await coreHandsOver(core, photo);
    expect(await saved).toBe(true);
    expect(dialogAsked()).toEqual([
      expect.objectContaining({
        defaultPath: 'persetujuan.png',
        filters: [{ name: 'PNG', extensions: ['png'] }],
      }),
    ]);
    expect(readFileSync(chosen).equals(Buffer.from(photo))).toBe(true);
  });

  it.each([
    ['a voice note', 'pesan suara', 'audio/ogg', 'pesan suara.ogg', ['ogg', 'opus', 'oga']],
    ['a JPEG photo', 'ktp.jpeg', 'image/jpeg', 'ktp.jpeg', ['jpg', 'jpeg']],
    ['a CSV report', 'laporan.csv', 'text/csv; charset=utf-8', 'laporan.csv', ['csv']],
  ])('filters by the type of %s', async (_what, name, mediaType, defaultPath, extensions) => {
    const { window, core } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveExport(fromPage(window), TICKET, name, mediaType)).toBe(false);
    expect(dialogAsked()).toEqual([
      expect.objectContaining({ defaultPath, filters: [expect.objectContaining({ extensions })] }),
    ]);
    expect(core.messagesOfType('take-export')).toEqual([]);
  });

  it('takes nothing when the person cancels the dialog for an attachment', async () => {
    const { window, core } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveExport(fromPage(window), TICKET, 'persetujuan.png', 'image/png')).toBe(false);
    expect(core.messagesOfType('take-export')).toEqual([]);
  });

  it('sanitises a hostile suggested name: no folder, and never the extension of a program', async () => {
    const { window, core } = await launch();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveExport(fromPage(window), TICKET, '../../x.exe', 'image/png');
    await saveExport(fromPage(window), TICKET, '../../x.exe', 'application/x-msdownload');
    await saveExport(fromPage(window), TICKET, '..\\..\\Startup\\run.bat', undefined);
    await saveExport(fromPage(window), TICKET, `${'a'.repeat(300)}.pdf`, 'application/pdf');
    const [png, program, bat, long] = dialogAsked();
    expect(png).toEqual({
      defaultPath: 'x.exe.png',
      filters: [{ name: 'PNG', extensions: ['png'] }],
    });
    expect(program).toEqual({ defaultPath: 'x', filters: [] });
    expect(bat).toEqual({ defaultPath: 'Startuprun', filters: [] });
    expect(long?.defaultPath).toBe(`${'a'.repeat(96)}.pdf`);
    expect(core.messagesOfType('take-export')).toEqual([]);
  });
});
