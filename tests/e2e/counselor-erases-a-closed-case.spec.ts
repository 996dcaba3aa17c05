import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault } from './support/vault-steps';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function openIdentityTab(page: Page, alias: string): Promise<void> {
  await nav(page, 'Kasus');
  await page.getByRole('button', { name: alias, exact: true }).click();
  await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Identitas' }).click();
}

describe('a counselor working alone erases a closed case', () => {
  const app = appUnderTest();

  it('waits out the retention period, then erases it with the alias typed, leaving only the register entry', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await createVault(page);
    await page.getByRole('button', { name: 'Buat kasus pertama' }).click();
    await page.getByLabel('Nama samaran', { exact: true }).fill('Kamboja');
    await page.getByRole('button', { name: 'Buat kasus' }).click();
    await page.getByRole('heading', { name: 'Kamboja', level: 1 }).waitFor();

    // Closing the case starts the retention period (five years by default).
    await page.getByRole('tab', { name: 'Identitas' }).click();
    await page.getByLabel('Status').selectOption('closed');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    const erase = page.getByRole('region', { name: 'Hapus permanen' });
    await erase.getByText(/Boleh dihapus mulai/).waitFor();
    expect(await erase.getByRole('button', { name: 'Hapus permanen' }).count()).toBe(0);

    // The retention period is a setting; 0 days allows erasing a closed case at once.
    await nav(page, 'Sinkronisasi');
    const policy = page.locator('form.retention-policy');
    await policy.getByLabel('Masa simpan (hari)').fill('0');
    await policy.getByRole('button', { name: 'Simpan' }).click();
    await policy.getByText('Masa simpan disimpan.').waitFor();

    await openIdentityTab(page, 'Kamboja');
    await erase.getByText(/masa simpan berakhir/).waitFor();
    // Alone, the key lives only in this notebook: the screen says older backups still hold it.
    await erase.getByText(/file cadangan/).waitFor();
    const button = erase.getByRole('button', { name: 'Hapus permanen' });
    await erase.getByLabel(/Ketik nama samaran kasus/).fill('Kambo');
    expect(await button.isDisabled()).toBe(true);
    await erase.getByLabel(/Ketik nama samaran kasus/).fill('Kamboja');
    await button.click();

    // Back on the case list, the case is gone; the register keeps that it existed.
    await page.getByRole('heading', { name: 'Kasus', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Kamboja', exact: true }).count()).toBe(0);
    await nav(page, 'Sinkronisasi');
    const register = page.getByRole('region', { name: 'Kasus yang dihapus permanen' });
    await register.getByRole('row').nth(1).waitFor();
    expect(await register.getByRole('row').count()).toBe(2);
    expect(await register.textContent()).not.toContain('Kamboja');
    await page.context().close();
  });
});
