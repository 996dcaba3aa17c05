import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BrowserWindow,
  dialog,
  FakeFrame,
  FakeWebContents,
  ipcMain,
  type FakeBrowserWindow,
} from './support/fake-electron';
import { fromPage, launch, type FakeIpcEvent, type LaunchedApp } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

/** Every channel main listens on; a new one must be added here, and so to the tests below. */
const CHANNELS = ['app:save-export', 'core:connect'];

function strangers(window: FakeBrowserWindow): Record<string, FakeIpcEvent> {
  const contents = window.webContents;
  return {
    'another site in the window': {
      sender: contents,
      senderFrame: new FakeFrame('https://evil.example/'),
    },
    'an iframe on the app origin': {
      sender: contents,
      senderFrame: new FakeFrame('app://pendamping/index.html', contents.mainFrame),
    },
    'a look-alike host': {
      sender: contents,
      senderFrame: new FakeFrame('app://pendamping.example/index.html'),
    },
    'the dev server, in a packaged app': {
      sender: contents,
      senderFrame: new FakeFrame('http://localhost:5173/'),
    },
    'a frame that is gone': { sender: contents, senderFrame: null },
    'contents in no window of ours': {
      sender: new FakeWebContents(),
      senderFrame: new FakeFrame('app://pendamping/index.html'),
    },
  };
}

async function callEveryChannel(event: FakeIpcEvent): Promise<unknown[]> {
  const results: unknown[] = [];
  for (const [, listener] of ipcMain.listeners) results.push(listener(event as never));
  for (const [, handler] of ipcMain.handlers) {
    results.push(await handler(event as never, 'sesi' as never));
  }
  return results;
}

describe('IPC in the main process', () => {
  let launched: LaunchedApp;
  beforeEach(async () => {
    launched = await launch({ packaged: true, rendererUrl: 'http://localhost:5173/' });
  });

  it('listens on exactly the channels these tests cover', () => {
    expect([...ipcMain.listeners.keys(), ...ipcMain.handlers.keys()].sort()).toEqual(CHANNELS);
  });

  it("gives the app's own page a port to the core", () => {
    ipcMain.listeners.get('core:connect')?.(fromPage(launched.window) as never);
    expect(launched.core.messagesOfType('connect')).toHaveLength(1);
    const [posted] = launched.window.webContents.posted;
    expect(posted?.channel).toBe('core:port');
    expect(posted?.ports).toHaveLength(1);
  });

  it("answers no handler for a sender that is not the app's own page", async () => {
    for (const [who, event] of Object.entries(strangers(launched.window))) {
      const results = await callEveryChannel(event);
      expect(
        results.every((result) => result === undefined || result === false),
        who,
      ).toBe(true);
      expect(event.sender.posted, who).toEqual([]);
    }
    expect(launched.core.messagesOfType('connect')).toEqual([]);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    for (const window of BrowserWindow.all) {
      expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    }
  });
});

describe('IPC in development', () => {
  it('accepts the dev server page and refuses a host that only starts like it', async () => {
    const { window, core } = await launch({
      packaged: false,
      rendererUrl: 'http://localhost:5173/',
    });
    expect(window.loadedUrl).toBe('http://localhost:5173/');
    const connect = ipcMain.listeners.get('core:connect');
    connect?.({
      sender: window.webContents,
      senderFrame: new FakeFrame('http://localhost:51730/'),
    } as never);
    expect(core.messagesOfType('connect')).toEqual([]);
    connect?.(fromPage(window) as never);
    expect(core.messagesOfType('connect')).toHaveLength(1);
  });
});
