import { describe, expect, it, vi } from 'vitest';
import { protocol } from './support/fake-electron';
import { SECRET_TEXT } from '../webhost/support/renderer-fixture';
import { launch } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

async function request(url: string, method = 'GET'): Promise<Response> {
  const handler = protocol.handlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return handler({ method, url });
}

describe('app:// serves the built renderer', () => {
  it('answers the page and its assets with their types and the security headers', async () => {
    await launch();
    const page = await request('app://pendamping/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Pendamping</title>');
    expect((await request('app://pendamping/assets/index.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await request('app://pendamping/assets/index.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('ignores the query string and hash when finding the file', async () => {
    await launch();
    const response = await request('app://pendamping/assets/index.js?v=3#x');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export {};');
  });

  it('answers not found for anything outside the renderer folder, a folder, or another host', async () => {
    await launch();
    for (const url of [
      'app://pendamping/%2e%2e%2fvault.json',
      'app://pendamping/assets/..%2f..%2fvault.json',
      'app://pendamping/..%5cvault.json',
      'app://pendamping/vault.json%00.js',
      'app://pendamping/../vault.json',
      'app://pendamping/assets',
      'app://pendamping/missing.js',
      'app://other/index.html',
    ]) {
      const response = await request(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain(SECRET_TEXT);
    }
  });

  it('answers only reads', async () => {
    await launch();
    expect((await request('app://pendamping/index.html', 'POST')).status).toBe(405);
    const head = await request('app://pendamping/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
