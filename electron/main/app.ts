import { join } from 'node:path';
import { app, ipcMain, Menu, session } from 'electron';
import { originPolicy } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { CoreProcess } from './core-process';
import { tellCoreStopped } from './core-stopped';
import { isFromAppPage } from './ipc-guard';
import { chosenLanguage, chromiumLocale } from './locale';
import { catalogs } from '../../shared/i18n';
import { buildMenu } from './menu';
import { lockOnSleep } from './power';
import { reminderFrom, showReminder } from './reminders';
import { handleSaveExport } from './save-export';
import { hardenContents, hardenSession } from './security';
import { MainWindow } from './windows';

export interface MainOptions {
  /** The folder of the built main bundle (out/main); the preload and renderer sit beside it. */
  mainDir: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Thin by design: windows, menu, lifecycle, and wiring the core to each window. The rules live in
 * pure modules (app-origin.ts) and in the core.
 */
export function startApp({ mainDir, env = process.env }: MainOptions): void {
  const policy = originPolicy({
    isPackaged: app.isPackaged,
    rendererUrl: env.ELECTRON_RENDERER_URL,
  });
  registerAppScheme();
  app.commandLine.appendSwitch('lang', chromiumLocale(app.getPath('userData')));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  hardenContents(policy);

  const window = new MainWindow({ policy, preload: join(mainDir, '../preload/index.cjs') });
  const logFile = join(app.getPath('logs'), 'core.log');
  const core = new CoreProcess({
    entry: join(mainDir, 'core.js'),
    dataDir: app.getPath('userData'),
    version: app.getVersion(),
    logFile,
    echo: !app.isPackaged,
    onRestart: () => window.reloadAll(),
    onGiveUp: () => void tellCoreStopped(logFile).then(() => app.quit()),
    onMessage: (message) => {
      const reminder = reminderFrom(message);
      if (reminder) showReminder(reminder, () => window.openHome());
    },
  });

  handleSaveExport(policy, (ticket) => core.takeExport(ticket));

  ipcMain.on('core:connect', (event) => {
    if (!isFromAppPage(event, policy)) return;
    core.connect((port) => event.sender.postMessage('core:port', null, [port]));
  });
  app.on('second-instance', () => window.focus());

  void app.whenReady().then(() => {
    serveRenderer(join(mainDir, '../renderer'));
    hardenSession(session.defaultSession, policy);
    core.start();
    // In the language chosen when the app started, as Chromium's own locale is.
    const words = catalogs[chosenLanguage(app.getPath('userData'))].shell.menu;
    Menu.setApplicationMenu(
      buildMenu({ lock: () => core.lock('manual'), devTools: policy.devTools, words }),
    );
    lockOnSleep((reason) => core.lock(reason));
    window.open();
    app.on('activate', () => window.openIfNone());
  });

  app.on('before-quit', () => core.stop());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
