import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFilePath, APP_START_URL, originPolicy } from '../../electron/main/app-origin';
import { rendererFixture } from '../webhost/support/renderer-fixture';

const packaged = originPolicy({ isPackaged: true, rendererUrl: 'http://localhost:5173/' });
const preview = originPolicy({ isPackaged: false });
const development = originPolicy({ isPackaged: false, rendererUrl: 'http://localhost:5173/' });

const LOOK_ALIKES = [
  'http://localhost:5173.example/',
  'http://localhost:51730/',
  'http://localhost.example:5173/',
  'http://localhost:5173@evil.example/',
  'http://evil.example/?http://localhost:5173/',
  'https://localhost:5173/',
  'http://127.0.0.1:5173/',
  'app://pendamping.example/index.html',
  'app://pendamping:8080/index.html',
  'app://user@pendamping/index.html',
  'apps://pendamping/index.html',
  'file:///etc/passwd',
  'https://example.org/',
];

describe('the packaged app', () => {
  it('opens the built page on app://pendamping and never the dev server, whatever the environment says', () => {
    expect(packaged.layout).toBe('packaged');
    expect(packaged.startUrl).toBe(APP_START_URL);
    expect(packaged.startUrl).toBe('app://pendamping/index.html');
    expect(packaged.mayLoad('http://localhost:5173/')).toBe(false);
    expect(packaged.isAppPage('http://localhost:5173/')).toBe(false);
  });

  it('has no DevTools, and refuses to load them', () => {
    expect(packaged.devTools).toBe(false);
    expect(packaged.mayLoad('devtools://devtools/bundled/devtools_app.html')).toBe(false);
  });

  it('loads its own files and inline images only', () => {
    expect(packaged.mayLoad('app://pendamping/assets/index-abc.js')).toBe(true);
    expect(packaged.mayLoad('app://pendamping/index.html?x=1#top')).toBe(true);
    expect(packaged.mayLoad('data:image/png;base64,AAAA')).toBe(true);
    for (const url of LOOK_ALIKES) expect(packaged.mayLoad(url), url).toBe(false);
  });

  it('treats only its own page as the app: navigation, IPC and the core port', () => {
    expect(packaged.isAppPage('app://pendamping/index.html')).toBe(true);
    expect(packaged.mayNavigate('app://pendamping/index.html')).toBe(true);
    for (const url of [...LOOK_ALIKES, 'data:text/html,hi', 'about:blank', 'not a url', '']) {
      expect(packaged.isAppPage(url), url).toBe(false);
      expect(packaged.mayNavigate(url), url).toBe(false);
    }
  });
});

describe('the preview (an unpackaged app without a dev server)', () => {
  it('opens the built page on app://pendamping and allows DevTools', () => {
    expect(preview.layout).toBe('preview');
    expect(preview.startUrl).toBe(APP_START_URL);
    expect(preview.devTools).toBe(true);
    expect(preview.mayLoad('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(preview.isAppPage('app://pendamping/index.html')).toBe(true);
    for (const url of LOOK_ALIKES) expect(preview.mayLoad(url), url).toBe(false);
  });
});

describe('development (an unpackaged app with ELECTRON_RENDERER_URL)', () => {
  it('opens the dev server and treats exactly its origin as the app', () => {
    expect(development.layout).toBe('development');
    expect(development.startUrl).toBe('http://localhost:5173/');
    expect(development.isAppPage('http://localhost:5173/')).toBe(true);
    expect(development.isAppPage('http://LOCALHOST:5173/src/main.tsx')).toBe(true);
    expect(development.isAppPage('app://pendamping/index.html')).toBe(false);
  });

  it('refuses hosts that only look like the dev server, which a prefix test would let through', () => {
    for (const url of LOOK_ALIKES) {
      expect(development.isAppPage(url), url).toBe(false);
      expect(development.mayNavigate(url), url).toBe(false);
      expect(development.mayLoad(url), url).toBe(false);
    }
  });

  it("loads the dev server's hot-reload socket and DevTools, but navigates to neither", () => {
    expect(development.mayLoad('ws://localhost:5173/')).toBe(true);
    expect(development.mayLoad('ws://localhost:5174/')).toBe(false);
    expect(development.mayNavigate('ws://localhost:5173/')).toBe(false);
    expect(development.mayLoad('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(development.mayNavigate('devtools://devtools/bundled/devtools_app.html')).toBe(false);
  });

  it('ignores a renderer URL that is not http(s) on a loopback address', () => {
    for (const rendererUrl of [
      'http://dev.example:5173/',
      'http://192.168.1.9:5173/',
      'file:///tmp/index.html',
      'http://user:pw@localhost:5173/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const policy = originPolicy({ isPackaged: false, rendererUrl });
      expect(policy.layout, rendererUrl).toBe('preview');
      expect(policy.startUrl).toBe(APP_START_URL);
    }
    expect(originPolicy({ isPackaged: false, rendererUrl: 'http://[::1]:5173/' }).layout).toBe(
      'development',
    );
  });
});

describe('the app:// files', () => {
  const { root, secret } = rendererFixture();

  const isInsideRoot = (file: string | undefined): boolean =>
    file !== undefined && !relative(root, file).startsWith('..');

  it('maps the page and its assets to files under the renderer folder, without query or hash', () => {
    expect(appFilePath(root, 'app://pendamping/')).toBe(join(root, 'index.html'));
    expect(appFilePath(root, 'app://pendamping/index.html?lang=en#top')).toBe(
      join(root, 'index.html'),
    );
    expect(appFilePath(root, 'app://pendamping/assets/index.js?v=2')).toBe(
      join(root, 'assets', 'index.js'),
    );
    expect(appFilePath(root, 'app://pendamping/assets/my%20file.js')).toBe(
      join(root, 'assets', 'my file.js'),
    );
  });

  it('refuses encoded traversal, backslashes, NUL bytes and colons', () => {
    for (const url of [
      'app://pendamping/%2e%2e%2fvault.json',
      'app://pendamping/..%2fvault.json',
      'app://pendamping/assets/%2e%2e%2f%2e%2e%2fvault.json',
      'app://pendamping/%2e%2e%5cvault.json',
      'app://pendamping/assets/..%5c..%5cvault.json',
      'app://pendamping/index.html%00.png',
      'app://pendamping/C:%5cWindows%5cwin.ini',
      'app://pendamping/%E0%A4%A',
    ]) {
      expect(appFilePath(root, url), url).toBeUndefined();
    }
  });

  it('never maps a dot-dot path outside the renderer folder', () => {
    for (const url of [
      'app://pendamping/../vault.json',
      'app://pendamping/assets/../../vault.json',
      'app://pendamping/%2e%2e/vault.json',
      'app://pendamping/.%2e/.%2e/vault.json',
    ]) {
      const file = appFilePath(root, url);
      expect(file === undefined || isInsideRoot(file), url).toBe(true);
      expect(file).not.toBe(secret);
    }
  });

  it('serves nothing for another scheme or host', () => {
    for (const url of [
      'app://other/index.html',
      'app://pendamping.example/index.html',
      'file:///index.html',
      'http://pendamping/index.html',
      'not a url',
    ]) {
      expect(appFilePath(root, url), url).toBeUndefined();
    }
  });
});
