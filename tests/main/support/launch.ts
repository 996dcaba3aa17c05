import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from '../../../electron/main/app';
import { rendererFixture } from '../../webhost/support/renderer-fixture';
import {
  app,
  BrowserWindow,
  FakeFrame,
  forks,
  resetFakeElectron,
  type FakeBrowserWindow,
  type FakeUtilityProcess,
  type FakeWebContents,
} from './fake-electron';

export interface LaunchedApp {
  window: FakeBrowserWindow;
  core: FakeUtilityProcess;
  rendererDir: string;
  logFile: string;
}

/**
 * Starts electron/main against the fake `electron` (the test file must `vi.mock` it), with a
 * small built renderer beside it and a file just outside the renderer folder that must never be
 * served, then plays Electron becoming ready.
 */
export async function launch(
  options: { packaged?: boolean; rendererUrl?: string; beforeStart?: () => void } = {},
): Promise<LaunchedApp> {
  resetFakeElectron();
  app.isPackaged = options.packaged ?? true;
  const out = join(app.dataRoot, 'out');
  mkdirSync(out);
  const { root: rendererDir } = rendererFixture(out);

  options.beforeStart?.();
  startApp({
    mainDir: join(out, 'main'),
    env: options.rendererUrl ? { ELECTRON_RENDERER_URL: options.rendererUrl } : {},
  });
  await app.becomeReady();
  const [window] = BrowserWindow.all;
  const [core] = forks;
  if (!window || !core) throw new Error('main made no window or no core');
  return { window, core, rendererDir, logFile: join(app.getPath('logs'), 'core.log') };
}

export interface FakeIpcEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

/** An IPC message from the window's own top frame, as its page would send it. */
export function fromPage(window: FakeBrowserWindow): FakeIpcEvent {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

/** Lets the promises main started settle. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export { FakeFrame };
