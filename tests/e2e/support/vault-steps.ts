import type { Page } from 'playwright-core';

export const PASSPHRASE = 'kopi tubruk di pagi hujan 1987';
export const NEW_PASSPHRASE = 'sepeda ontel melintas jembatan merah';

/** The first-run steps in Bahasa Indonesia: passphrase, recovery key, confirmation. */
export async function createVault(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByRole('heading', { name: 'Selamat datang di Pendamping' }).waitFor();
  await page.getByLabel('Frasa sandi', { exact: true }).fill(passphrase);
  await page.getByLabel('Ulangi frasa sandi').fill(passphrase);
  await page.getByRole('button', { name: 'Buat brankas' }).click();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  const groups = recoveryKey.split('-');
  for (const input of await page.getByLabel(/^Kelompok ke-\d+$/).all()) {
    const label = (await input.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    const n = Number(/(\d+)/.exec(label)?.[1]);
    await input.fill(groups[n - 1] ?? '');
  }
  await page.getByRole('button', { name: 'Konfirmasi' }).click();
  await page.getByRole('heading', { name: 'Beranda' }).waitFor();
  return recoveryKey;
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Kunci' }).click();
  await page.getByRole('heading', { name: 'Buka brankas' }).waitFor();
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Frasa sandi').fill(passphrase);
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await page.getByRole('heading', { name: 'Beranda' }).waitFor();
}
