import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';

describe('a new user opens the app', () => {
  const app = appUnderTest();

  it('greets them in Bahasa Indonesia first', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(page.url()).not.toContain('token=');
    await page.context().close();
  });

  it('switches to English, and remembers it after a reload', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { name: 'Welcome to Pendamping' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Pendamping' }).waitFor();
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    await page.context().close();
  });
});
