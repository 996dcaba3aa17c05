import { describe, expect, it, vi } from 'vitest';
import { app, Menu, protocol, session, type MenuItem } from './support/fake-electron';
import { launch } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

const PERMISSIONS = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'hid',
  'media',
  'mediaKeySystem',
  'midi',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'usb',
  'unknown',
];

function requestPermission(permission: string): Promise<boolean> {
  return new Promise((resolve) =>
    session.defaultSession.permissionRequest?.({}, permission, resolve, {}),
  );
}

function cancelled(url: string): boolean | undefined {
  let answer: boolean | undefined;
  session.defaultSession.beforeRequest?.({ url }, (response) => {
    answer = response.cancel;
  });
  return answer;
}

function viewMenuRoles(): (string | undefined)[] {
  const view = Menu.application?.template.find((item: MenuItem) => item.id === 'view');
  return (view?.submenu ?? []).map((item) => item.role);
}

describe('the packaged app', () => {
  it('registers app:// as a standard, secure scheme before Electron is ready, and serves it', async () => {
    await launch();
    expect(protocol.registeredBeforeReady).toBe(true);
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(protocol.privileged[0]?.privileges).not.toHaveProperty('corsEnabled');
    expect(protocol.handlers.has('app')).toBe(true);
  });

  it('opens its page on app://pendamping in a sandboxed window without DevTools', async () => {
    const { window } = await launch({ rendererUrl: 'http://localhost:5173/' });
    expect(app.sandboxed).toBe(true);
    expect(window.loadedUrl).toBe('app://pendamping/index.html');
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
  });

  it('offers no DevTools and no reload in its View menu', async () => {
    await launch();
    expect(viewMenuRoles()).toContain('zoomIn');
    expect(viewMenuRoles()).not.toContain('toggleDevTools');
    expect(viewMenuRoles()).not.toContain('reload');
    expect(Menu.application?.template.some((item) => item.role === 'viewMenu')).toBe(false);
  });

  it('refuses new windows, whatever they would show', async () => {
    const { window } = await launch();
    for (const url of ['app://pendamping/index.html', 'https://example.org/', 'about:blank']) {
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses webviews', async () => {
    const { window } = await launch();
    expect(window.webContents.attempt('will-attach-webview')).toBe(true);
  });

  it('refuses navigation and redirects away from its page, in any frame', async () => {
    const { window } = await launch();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'https://example.org/',
        'http://localhost:5173/',
        'app://pendamping.example/index.html',
        'file:///etc/passwd',
        'data:text/html,<h1>hi</h1>',
        'devtools://devtools/bundled/devtools_app.html',
      ]) {
        expect(window.webContents.attempt(name, url), `${name} ${url}`).toBe(true);
      }
      expect(window.webContents.attempt(name, 'app://pendamping/index.html'), name).toBe(false);
    }
  });

  it('refuses every permission request and check', async () => {
    await launch();
    for (const permission of PERMISSIONS) {
      expect(await requestPermission(permission), permission).toBe(false);
      expect(session.defaultSession.permissionCheck?.({}, permission, '', {}), permission).toBe(
        false,
      );
    }
    expect(session.defaultSession.devicePermission?.({ deviceType: 'usb' })).toBe(false);
  });

  it('lets only its own files and inline images load', async () => {
    await launch({ rendererUrl: 'http://localhost:5173/' });
    expect(cancelled('app://pendamping/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    for (const url of [
      'https://example.org/track.gif',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'devtools://devtools/bundled/devtools_app.html',
      'app://pendamping.example/index.js',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });
});

describe('an unpackaged app', () => {
  it('in development opens the dev server, loads its socket and DevTools, and offers DevTools', async () => {
    const { window } = await launch({ packaged: false, rendererUrl: 'http://localhost:5173/' });
    expect(window.loadedUrl).toBe('http://localhost:5173/');
    expect(window.options.webPreferences).toMatchObject({ devTools: true });
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(cancelled('ws://localhost:5173/')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/devtools_app.html')).toBe(false);
    expect(cancelled('http://localhost:5173.example/')).toBe(true);
    expect(viewMenuRoles()).toContain('toggleDevTools');
    expect(window.webContents.attempt('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(window.webContents.attempt('will-navigate', 'app://pendamping/index.html')).toBe(true);
  });

  it('in preview opens the built page on app://pendamping', async () => {
    const { window } = await launch({ packaged: false });
    expect(window.loadedUrl).toBe('app://pendamping/index.html');
    expect(cancelled('http://localhost:5173/')).toBe(true);
  });
});
