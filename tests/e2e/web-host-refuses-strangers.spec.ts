import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';

function socketOutcome(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
    ws.on('error', () => resolve('error'));
  });
}

describe('the web host lets in only the browser it printed the address for', () => {
  const app = appUnderTest();

  it('refuses a page request without the token', async () => {
    const response = await fetch(app.host.origin + '/');
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('<script');
  });

  it('refuses a request with a wrong token', async () => {
    const response = await fetch(app.host.origin + '/?token=not-the-token', { redirect: 'manual' });
    expect(response.status).toBe(401);
  });

  it('refuses an API socket without the token, or from another origin', async () => {
    const api = app.host.origin.replace('http', 'ws') + '/api';
    expect(await socketOutcome(api, { Origin: app.host.origin })).toBe('refused 401');

    const page = await openApp(app.browser, app.host.launchUrl);
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(cookie).toContain('pendamping_token=');
    expect(await socketOutcome(api, { Cookie: cookie, Origin: 'http://evil.example' })).toBe(
      'refused 401',
    );
    expect(await socketOutcome(api, { Cookie: cookie, Origin: app.host.origin })).toBe('open');
    await page.context().close();
  });

  it('serves the app and its API to the browser that opened the printed address', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'pendamping_token')?.httpOnly).toBe(true);
    await page.context().close();
  });
});
