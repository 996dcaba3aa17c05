import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { startWebHost, type RunningWebHost } from './support/web-host';

describe('a new user opens the app', () => {
  let host: RunningWebHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startWebHost();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('greets them in Bahasa Indonesia first', async () => {
    const page = await openApp(browser, host.launchUrl);
    await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(page.url()).not.toContain('token=');
    await page.context().close();
  });

  it('switches to English, and remembers it after a reload', async () => {
    const page = await openApp(browser, host.launchUrl);
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
