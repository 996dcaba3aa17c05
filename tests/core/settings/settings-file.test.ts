import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsFile } from '../../../electron/core/settings/settings-file';

const dir = (): string => mkdtempSync(join(tmpdir(), 'pd-settings-'));

describe('device settings', () => {
  it('start in Bahasa Indonesia with a five-minute lock, the system theme and normal text', () => {
    expect(new SettingsFile(dir()).get()).toEqual({
      language: 'id',
      lockAfterMinutes: 5,
      theme: 'system',
      textSize: 'normal',
    });
  });

  it('remember the theme and text size without touching the rest', () => {
    const d = dir();
    new SettingsFile(d).update({ language: 'en' });
    new SettingsFile(d).update({ theme: 'dark', textSize: 'larger' });
    expect(new SettingsFile(d).get()).toMatchObject({
      language: 'en',
      theme: 'dark',
      textSize: 'larger',
    });
  });

  it('refuse a theme or text size the app does not have', () => {
    const settings = new SettingsFile(dir());
    expect(() => settings.update({ theme: 'purple' as never })).toThrow();
    expect(() => settings.update({ textSize: 'huge' as never })).toThrow();
    expect(settings.get()).toMatchObject({ theme: 'system', textSize: 'normal' });
  });

  it('read a file written before the theme existed with the default look', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), '{"language": "en", "lockAfterMinutes": 9}');
    expect(new SettingsFile(d).get()).toEqual({
      language: 'en',
      lockAfterMinutes: 9,
      theme: 'system',
      textSize: 'normal',
    });
  });

  it('are remembered across restarts', () => {
    const d = dir();
    new SettingsFile(d).update({ language: 'en', lockAfterMinutes: 15 });
    expect(new SettingsFile(d).get()).toMatchObject({ language: 'en', lockAfterMinutes: 15 });
  });

  it('refuse a value outside the contract and keep the old one', () => {
    const d = dir();
    const settings = new SettingsFile(d);
    expect(() => settings.update({ lockAfterMinutes: 0 })).toThrow();
    expect(settings.get().lockAfterMinutes).toBe(5);
  });

  it('fall back to defaults when the file is damaged, without failing start-up', () => {
    const d = dir();
    writeFileSync(join(d, 'settings.json'), '{"language": "id", "lockAfter');
    expect(new SettingsFile(d).get()).toMatchObject({ language: 'id', lockAfterMinutes: 5 });
    new SettingsFile(d).update({ language: 'en' });
    expect(JSON.parse(readFileSync(join(d, 'settings.json'), 'utf8')).language).toBe('en');
  });
});
