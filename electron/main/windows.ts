import { app, BrowserWindow } from 'electron';
import type { OriginPolicy } from './app-origin';

/** The app's one window: made hardened, opened on the policy's page, brought forward on demand. */
export class MainWindow {
  private window: BrowserWindow | undefined;

  constructor(private readonly options: { policy: OriginPolicy; preload: string }) {}

  open(): void {
    const window = new BrowserWindow({
      width: 1200,
      height: 800,
      show: false,
      title: 'Pendamping',
      webPreferences: {
        preload: this.options.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        devTools: this.options.policy.devTools,
      },
    });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (this.window === window) this.window = undefined;
    });
    this.window = window;
    void window.loadURL(this.options.policy.startUrl);
  }

  /** A second launch brings the first window forward instead of starting a second app. */
  focus(): void {
    const window = this.window;
    if (!window || window.isDestroyed()) {
      if (app.isReady()) this.open();
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  /** Forward, on Home: where a follow-up reminder's click leads (issue #13, item 6). */
  openHome(): void {
    this.focus();
    const window = this.window;
    if (window && !window.isDestroyed()) window.webContents.send('app:open-home');
  }

  openIfNone(): void {
    if (BrowserWindow.getAllWindows().length === 0) this.open();
  }

  /** After the core restarts, each page reloads and asks for a port to the new core. */
  reloadAll(): void {
    for (const window of BrowserWindow.getAllWindows()) window.reload();
  }
}
