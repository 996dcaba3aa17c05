import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { vi } from 'vitest';

/**
 * A hand-written stand-in for the parts of `electron` that electron/main uses, for
 * `vi.mock('electron', ...)`: the Electron binary cannot be downloaded on the build machines, and
 * main is meant to be thin enough that its wiring is what needs testing. Each fake records what
 * main asked of it and lets a test play Chromium's part (a frame sends IPC, a page navigates, the
 * core crashes, the laptop sleeps).
 */

type Listener = (...args: never[]) => unknown;

export interface PreventableEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function preventable(url: string): PreventableEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame('about:blank');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly posted: { channel: string; message: unknown; ports: unknown[] }[] = [];
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 pendamping test'));

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  postMessage(channel: string, message: unknown, ports: unknown[] = []): void {
    this.posted.push({ channel, message, ports });
  }

  /** Messages main sent the page over IPC (`webContents.send`). */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** Plays a Chromium event that main may cancel; answers whether it was cancelled. */
  attempt(name: string, url = ''): boolean {
    const event = preventable(url);
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.getAllWindows().find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;
  reloads = 0;

  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.all.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  reload(): void {
    this.reloads += 1;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotSingleInstanceLock = true;
  sandboxed = false;
  ready = false;
  readonly quit = vi.fn();
  /** Chromium switches main set before ready (`app.commandLine.appendSwitch`). */
  readonly switches = new Map<string, string | undefined>();
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => {
      this.switches.set(name, value);
    },
  };
  dataRoot = '';
  private becameReady: () => void = () => undefined;
  private readyPromise = Promise.resolve();

  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.gotSingleInstanceLock = true;
    this.sandboxed = false;
    this.ready = false;
    this.quit.mockReset();
    this.switches.clear();
    this.dataRoot = mkdtempSync(join(tmpdir(), 'pd-fake-electron-'));
    this.readyPromise = new Promise((resolve) => {
      this.becameReady = resolve;
    });
  }

  /** Plays Electron finishing its start-up; resolves once main's ready handlers have run. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.becameReady();
    await new Promise((resolve) => setImmediate(resolve));
  }

  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  requestSingleInstanceLock(): boolean {
    return this.gotSingleInstanceLock;
  }
  enableSandbox(): void {
    this.sandboxed = true;
  }
  getPath(name: string): string {
    return join(this.dataRoot, name);
  }
  getVersion(): string {
    return '0.1.0-test';
  }
}

export class FakeUtilityProcess extends EventEmitter {
  readonly stdout = new PassThrough();
  readonly stderr = new PassThrough();
  readonly messages: { message: unknown; ports: unknown[] }[] = [];

  constructor(
    readonly entry: string,
    readonly options: Record<string, unknown>,
  ) {
    super();
  }

  postMessage(message: unknown, ports: unknown[] = []): void {
    this.messages.push({ message, ports });
  }

  /** Plays the process ending (a crash unless main asked it to shut down). */
  exit(code: number): void {
    this.emit('exit', code);
  }

  messagesOfType(type: string): unknown[] {
    return this.messages
      .map(({ message }) => message)
      .filter((message) => (message as { type?: string }).type === type);
  }
}

class FakeIpcMain {
  readonly listeners = new Map<string, Listener>();
  readonly handlers = new Map<string, Listener>();
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }
  handle(channel: string, handler: Listener): void {
    this.handlers.set(channel, handler);
  }
  reset(): void {
    this.listeners.clear();
    this.handlers.clear();
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type RequestListener = (
  details: { url: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

class FakeSession {
  permissionRequest: PermissionRequestHandler | undefined;
  permissionCheck: ((...args: unknown[]) => boolean) | undefined;
  devicePermission: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: RequestListener | undefined;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener): void => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
}

export interface MenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  click?: () => void;
  submenu?: MenuItem[];
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const powerMonitor = new EventEmitter();
export const session = { defaultSession: new FakeSession() };
export const BrowserWindow = FakeBrowserWindow;
export const forks: FakeUtilityProcess[] = [];
export const utilityProcess = {
  fork(entry: string, _args: string[], options: Record<string, unknown>): FakeUtilityProcess {
    const child = new FakeUtilityProcess(entry, options);
    forks.push(child);
    return child;
  },
};
let portCount = 0;
export class MessageChannelMain {
  readonly port1 = { port: ++portCount };
  readonly port2 = { port: ++portCount };
}
export const protocol = {
  privileged: [] as { scheme: string; privileges: Record<string, boolean> }[],
  registeredBeforeReady: false,
  handlers: new Map<string, (request: { method: string; url: string }) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    this.privileged.push(...schemes);
    this.registeredBeforeReady = !app.ready;
  },
  handle(scheme: string, handler: (request: { method: string; url: string }) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
};
export const dialog = {
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
  showErrorBox: vi.fn(),
};
export const shell = { showItemInFolder: vi.fn() };
export const Menu = {
  application: undefined as { template: MenuItem[] } | undefined,
  buildFromTemplate(template: MenuItem[]): { template: MenuItem[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: MenuItem[] }): void {
    this.application = menu;
  },
};

/** The system's notifications main showed; a test plays the person clicking one. */
export class Notification extends EventEmitter {
  static supported = true;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
}

/** Puts every fake back as Electron is before main runs. */
export function resetFakeElectron(): void {
  app.reset();
  ipcMain.reset();
  powerMonitor.removeAllListeners();
  session.defaultSession = new FakeSession();
  FakeBrowserWindow.all = [];
  forks.length = 0;
  protocol.privileged = [];
  protocol.registeredBeforeReady = false;
  protocol.handlers.clear();
  dialog.showSaveDialog.mockReset();
  dialog.showMessageBox.mockReset();
  dialog.showMessageBox.mockResolvedValue({ response: 1 });
  dialog.showErrorBox.mockReset();
  shell.showItemInFolder.mockReset();
  Menu.application = undefined;
  Notification.supported = true;
  Notification.shown = [];
}
