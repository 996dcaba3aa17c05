import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  app,
  BrowserWindow,
  forks,
  Menu,
  powerMonitor,
  resetFakeElectron,
} from './support/fake-electron';
import { launch } from './support/launch';
import { startApp } from '../../electron/main/app';

vi.mock('electron', () => import('./support/fake-electron'));

describe('locking with the laptop', () => {
  it('locks the vault when the laptop suspends', async () => {
    const { core } = await launch();
    powerMonitor.emit('suspend');
    expect(core.messagesOfType('lock')).toEqual([{ type: 'lock', reason: 'system' }]);
  });

  it('locks the vault when the screen locks', async () => {
    const { core } = await launch();
    powerMonitor.emit('lock-screen');
    expect(core.messagesOfType('lock')).toEqual([{ type: 'lock', reason: 'system' }]);
  });

  it('locks the restarted core too', async () => {
    const { core } = await launch();
    core.exit(1);
    powerMonitor.emit('suspend');
    expect(forks[1]?.messagesOfType('lock')).toEqual([{ type: 'lock', reason: 'system' }]);
  });

  it('locks the vault from the menu', async () => {
    const { core } = await launch();
    const lock = Menu.application?.template[0]?.submenu?.find((item) => item.id === 'lock');
    lock?.click?.();
    expect(core.messagesOfType('lock')).toEqual([{ type: 'lock', reason: 'manual' }]);
  });
});

describe('a second launch', () => {
  it('brings the first window forward instead of opening another', async () => {
    const { window } = await launch();
    window.minimized = true;
    app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
    expect(BrowserWindow.all).toHaveLength(1);
  });

  it('opens a window again if the first one was closed', async () => {
    const { window } = await launch();
    window.close();
    app.emit('second-instance');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.getAllWindows()[0]).not.toBe(window);
  });

  it('quits at once when another instance holds the lock, starting nothing', async () => {
    resetFakeElectron();
    app.gotSingleInstanceLock = false;
    startApp({ mainDir: '/nowhere/out/main', env: {} });
    await app.becomeReady();
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.all).toEqual([]);
    expect(forks).toEqual([]);
  });
});

describe('the language Chromium starts in', () => {
  it('is the one the person chose, read from the settings before the app is ready', async () => {
    await launch({
      beforeStart: () => {
        mkdirSync(app.getPath('userData'), { recursive: true });
        writeFileSync(join(app.getPath('userData'), 'settings.json'), '{"language":"en"}');
      },
    });
    expect(app.switches.get('lang')).toBe('en-GB');
  });

  it('is Bahasa Indonesia when nothing was chosen yet', async () => {
    await launch();
    expect(app.switches.get('lang')).toBe('id');
  });
});

describe('the desktop menu', () => {
  const labels = (): string[] => {
    const all: string[] = [];
    const walk = (items: Array<{ label?: string; type?: string; submenu?: unknown }>): void => {
      for (const item of items) {
        if (item.type !== 'separator') all.push(item.label ?? '(no label)');
        if (Array.isArray(item.submenu)) walk(item.submenu as typeof items);
      }
    };
    walk(Menu.application?.template ?? []);
    return all;
  };

  it('speaks Bahasa Indonesia, every item of it, when nothing was chosen yet', async () => {
    await launch();
    expect(labels()).toContain('Kunci');
    expect(labels()).toContain('Salin');
    expect(labels()).not.toContain('(no label)');
  });

  it('speaks English when the person chose English', async () => {
    await launch({
      beforeStart: () => {
        mkdirSync(app.getPath('userData'), { recursive: true });
        writeFileSync(join(app.getPath('userData'), 'settings.json'), '{"language":"en"}');
      },
    });
    expect(labels()).toContain('Lock');
    expect(labels()).toContain('Copy');
    expect(labels()).not.toContain('Kunci');
  });
});
