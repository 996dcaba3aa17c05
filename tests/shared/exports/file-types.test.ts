import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from '../../../shared/attachments/file-type';
import {
  exportFileName,
  extensionsOf,
  mediaTypeOfExtension,
} from '../../../shared/exports/file-types';

const name = (raw: string, type: string, max = 120): string =>
  exportFileName(raw, type, { max, fallback: 'lampiran' });

describe('the names and types of files that leave the vault', () => {
  it('knows an extension for every type attachments accept, and for the reports', () => {
    for (const type of ATTACHMENT_TYPES) expect(extensionsOf(type)?.length).toBeGreaterThan(0);
    expect(extensionsOf('text/csv; charset=utf-8')).toEqual(['csv']);
    expect(mediaTypeOfExtension('XLSX')).toContain('spreadsheetml');
    expect(extensionsOf('application/x-msdownload')).toBeUndefined();
    expect(extensionsOf('constructor')).toBeUndefined();
  });

  it('keeps a name that already ends in its type, and adds the usual extension otherwise', () => {
    expect(name('persetujuan.JPEG', 'image/jpeg')).toBe('persetujuan.jpeg');
    expect(name('pesan suara', 'audio/ogg')).toBe('pesan suara.ogg');
    expect(name('x.exe', 'image/png')).toBe('x.exe.png');
  });

  it('drops folders, control characters and leading dots, and falls back when nothing is left', () => {
    expect(name('../../x.exe', 'image/png')).toBe('x.exe.png');
    expect(name('a\u0000b\u202e/c:d.pdf', 'application/pdf')).toBe('abcd.pdf');
    expect(name('...', 'image/png')).toBe('lampiran.png');
    expect(name('run.bat', 'application/x-msdownload')).toBe('run');
  });

  it('cuts a long name to the limit and keeps its extension', () => {
    const cut = name(`${'kata '.repeat(60)}.m4a`, 'audio/mp4', 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/^kata kata .*\.m4a$/);
  });
});
