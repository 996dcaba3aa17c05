import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { launchBrowser } from './support/browser';
import { laptopWithVault } from './support/team-steps';
import { startWebHost, type RunningWebHost } from './support/web-host';

/**
 * Issue #14, item 3: someone working alone keeps a PDF leaflet in the library, offline: a file of
 * another type is refused beside the field, the PDF is kept encrypted and comes back as the same
 * bytes when saved. In each language.
 */
const PDF = Buffer.from('%PDF-1.4\n% Leaflet: hak korban kekerasan\n%%EOF\n');

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

describe('a counselor keeps a leaflet in the library', () => {
  let browser: Browser | undefined;
  const hosts: RunningWebHost[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });

  for (const language of ['id', 'en'] as const) {
    it(`in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}: a wrong file is refused, the PDF is kept and saved back`, async () => {
      const w = catalogs[language];
      const host = await startWebHost();
      hosts.push(host);
      if (!browser) throw new Error('no browser');
      const page = await laptopWithVault(browser, host.launchUrl, language);
      await nav(page, w.library.nav);
      await page.getByText(w.library.place.device).waitFor();
      await page.getByText(w.library.empty).waitFor();

      await page.getByRole('button', { name: w.library.form.add }).click();
      const form = page.locator('form.library-form');
      await form.getByLabel(w.library.form.kind).selectOption('leaflet');
      await form.getByLabel(w.library.form.title).fill('Hak korban');
      await form.getByLabel(w.library.form.tags).fill('kekerasan, hukum');
      const file = form.getByLabel(w.library.form.file);
      await file.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: PDF });
      await form.getByRole('button', { name: w.library.form.save, exact: true }).click();
      await form.getByText(w.library.problem.fileType).waitFor();

      await file.setInputFiles({
        name: 'hak-korban.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await form.getByRole('button', { name: w.library.form.save, exact: true }).click();
      await page.getByText(w.library.form.saved, { exact: true }).waitFor();
      const item = page.locator('li.library-item').filter({ hasText: 'Hak korban' });
      await item.getByText(w.library.status.approved).waitFor();
      await item.getByRole('button', { name: 'Hak korban', exact: true }).click();
      const download = page.waitForEvent('download');
      await item.getByRole('button', { name: new RegExp(w.library.item.saveFile) }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('hak-korban.pdf');
      const path = await saved.path();
      expect(readFileSync(path).equals(PDF)).toBe(true);
      await page.context().close();
    }, 180_000);
  }
});
