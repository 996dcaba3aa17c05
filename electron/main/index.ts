import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, powerMonitor } from 'electron';
import { CoreProcess } from './core-process';
import { buildMenu } from './menu';
import { handlePrintToPdf } from './print-to-pdf';
import { hardenApp } from './security';

/** Thin by design: windows, menu, lifecycle, and wiring the core to each window. */
const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(__dirname, '../renderer/index.html');
const appOrigin = rendererUrl ? new URL(rendererUrl).origin : null;

const isAppUrl = (url: string): boolean =>
  appOrigin ? url.startsWith(appOrigin) : url.startsWith(pathToFileURL(rendererFile).href);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp(isAppUrl);
  handlePrintToPdf(isAppUrl);
  const core = new CoreProcess();
  let mainWindow: BrowserWindow | undefined;

  const createWindow = (): void => {
    mainWindow = new BrowserWindow({
      width: 1200,
      height: 800,
      show: false,
      title: 'Pendamping',
      webPreferences: {
        preload: join(__dirname, '../preload/index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    if (rendererUrl) void mainWindow.loadURL(rendererUrl);
    else void mainWindow.loadFile(rendererFile);
  };

  ipcMain.on('core:connect', (event) => {
    // Only our own page, in a window we made, gets a port to the core.
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
    core.connect((port) => event.sender.postMessage('core:port', null, [port]));
  });

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    core.start(() => {
      core.start(() => app.quit());
      for (const window of BrowserWindow.getAllWindows()) window.reload();
    });
    Menu.setApplicationMenu(buildMenu(() => core.lock('manual')));
    powerMonitor.on('suspend', () => core.lock('system'));
    powerMonitor.on('lock-screen', () => core.lock('system'));
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  app.on('before-quit', () => core.stop());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
