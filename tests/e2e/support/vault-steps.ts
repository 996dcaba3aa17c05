import type { Page } from 'playwright-core';
import type { Language } from '../../../shared/api/settings';
import { catalogs } from '../../../shared/i18n';

export const PASSPHRASE = 'kopi tubruk di pagi hujan 1987';
export const NEW_PASSPHRASE = 'sepeda ontel melintas jembatan merah';

/** The first-run steps: passphrase, recovery key, confirmation; words from the app's catalog. */
export async function createVault(
  page: Page,
  passphrase = PASSPHRASE,
  language: Language = 'id',
): Promise<string> {
  const w = catalogs[language];
  await page.getByRole('heading', { name: w.vault.firstRunTitle }).waitFor();
  await page.getByLabel(w.vault.passphrase, { exact: true }).fill(passphrase);
  await page.getByLabel(w.vault.passphraseRepeat).fill(passphrase);
  await page.getByRole('button', { name: w.vault.create }).click();
  return confirmRecoveryKey(page, language);
}

/** On the recovery key panel: reads the key shown and types back the groups it asks for. */
export async function confirmRecoveryKey(page: Page, language: Language = 'id'): Promise<string> {
  const w = catalogs[language];
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  const groups = recoveryKey.split('-');
  const groupLabel = new RegExp(`^${w.vault.recoveryGroup.replace('{{n}}', '(\\d+)')}$`);
  for (const input of await page.getByLabel(groupLabel).all()) {
    const label = (await input.evaluate((el) => el.parentElement?.textContent ?? '')).trim();
    const n = Number(/(\d+)/.exec(label)?.[1]);
    await input.fill(groups[n - 1] ?? '');
  }
  await page.getByRole('button', { name: w.vault.recoveryConfirm }).click();
  await page.getByRole('heading', { name: w.nav.home }).waitFor();
  return recoveryKey;
}

export async function lock(page: Page, language: Language = 'id'): Promise<void> {
  const w = catalogs[language];
  await page.getByRole('button', { name: w.nav.lock, exact: true }).click();
  await page.getByRole('heading', { name: w.vault.unlockTitle }).waitFor();
}

export async function unlock(
  page: Page,
  passphrase = PASSPHRASE,
  language: Language = 'id',
): Promise<void> {
  const w = catalogs[language];
  await page.getByLabel(w.vault.passphrase).fill(passphrase);
  await page.getByRole('button', { name: w.vault.unlock, exact: true }).click();
  await page.getByRole('heading', { name: w.nav.home }).waitFor();
}
