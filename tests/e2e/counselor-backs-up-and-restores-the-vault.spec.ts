import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { createVault, lock, PASSPHRASE, unlock } from './support/vault-steps';
import { startWebHost, type RunningWebHost } from './support/web-host';

describe('a counselor backs up the vault and restores it on another laptop', () => {
  let oldLaptop: RunningWebHost;
  let newLaptop: RunningWebHost;
  let browser: Browser;

  beforeAll(async () => {
    oldLaptop = await startWebHost();
    newLaptop = await startWebHost();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await oldLaptop?.stop();
    await newLaptop?.stop();
  });

  it('downloads an encrypted backup and restores it with the passphrase', async () => {
    const page = await openApp(browser, oldLaptop.launchUrl);
    await createVault(page);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Buat cadangan' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pendamping-.*\.pdbackup$/);
    const file = join(mkdtempSync(join(tmpdir(), 'pd-download-')), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText(/Cadangan dibuat: pendamping-/).waitFor();

    const other = await openApp(browser, newLaptop.launchUrl);
    await other.getByRole('button', { name: 'Pulihkan dari cadangan' }).click();
    await other.getByLabel('Berkas cadangan').setInputFiles(file);
    await other.getByLabel('Frasa sandi', { exact: true }).fill('frasa sandi yang salah sekali');
    await other.getByRole('button', { name: 'Pulihkan', exact: true }).click();
    await other
      .getByRole('alert')
      .getByText('Frasa sandi salah. Tidak ada data yang diubah.')
      .waitFor();
    await other.getByLabel('Frasa sandi', { exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Pulihkan', exact: true }).click();
    await other.getByRole('heading', { name: 'Beranda' }).waitFor();
    await lock(other);
    await unlock(other);
    await page.context().close();
    await other.context().close();
  });
});
