import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import {
  confirmRecoveryKey,
  createVault,
  lock,
  NEW_PASSPHRASE,
  PASSPHRASE,
  unlock,
} from './support/vault-steps';
import { startWebHost } from './support/web-host';

describe('a counselor sets up the vault and gets back in', () => {
  const app = appUnderTest();

  it('refuses a short passphrase with the reason before anything is created', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await page.getByLabel('Frasa sandi', { exact: true }).fill('rahasia');
    await page.getByText('Frasa sandi minimal 10 karakter.').waitFor();
    await page.getByLabel('Ulangi frasa sandi').fill('rahasia');
    expect(await page.getByRole('button', { name: 'Buat brankas' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('creates the vault, confirms the recovery key, locks, refuses a wrong passphrase, unlocks', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    const recoveryKey = await createVault(page);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);

    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('heading', { name: 'Buka brankas' }).waitFor();
    await page.getByText('Brankas dikunci.').waitFor();
    await page.getByLabel('Frasa sandi').fill('bukan frasa sandi yang benar');
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Frasa sandi salah. Tidak ada data yang diubah.')
      .waitFor();
    await unlock(page);

    // Survives a restart of the core with the same data directory.
    await app.restart();
    const again = await openApp(app.browser, app.host.launchUrl);
    await again.getByRole('heading', { name: 'Buka brankas' }).waitFor();
    await unlock(again);
    await page.context().close();
    await again.context().close();
  });

  it('recovers with the recovery key and a new passphrase, after which the old one fails', async () => {
    const dir = await startWebHost();
    const page = await openApp(app.browser, dir.launchUrl);
    const recoveryKey = await createVault(page);
    await lock(page);
    await page.getByRole('button', { name: 'Lupa frasa sandi?' }).click();
    await page.getByLabel('Kunci pemulihan').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByLabel('Frasa sandi baru').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Pulihkan' }).click();
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();

    await lock(page);
    await page.getByLabel('Frasa sandi').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await unlock(page, NEW_PASSPHRASE);
    await page.context().close();
    await dir.stop();
  });

  it('changes the passphrase from the settings', async () => {
    const dir = await startWebHost();
    const page = await openApp(app.browser, dir.launchUrl);
    await createVault(page);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('Frasa sandi sekarang').fill(PASSPHRASE);
    await page.getByLabel('Frasa sandi baru').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Ganti', exact: true }).click();
    await page.getByText('Frasa sandi diganti.').waitFor();
    await lock(page);
    await unlock(page, NEW_PASSPHRASE);
    await page.context().close();
    await dir.stop();
  });

  it('replaces the recovery key from the settings only after typing the passphrase', async () => {
    const dir = await startWebHost();
    const page = await openApp(app.browser, dir.launchUrl);
    const oldKey = await createVault(page);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    const passphrase = page.getByLabel(
      'Frasa sandi Anda (diperlukan untuk membuat kunci pemulihan baru)',
    );
    await passphrase.fill('bukan frasa sandi yang benar');
    await page.getByRole('button', { name: 'Buat kunci pemulihan baru' }).click();
    await page
      .getByRole('alert')
      .getByText('Frasa sandi salah. Tidak ada data yang diubah.')
      .waitFor();

    await passphrase.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Buat kunci pemulihan baru' }).click();
    const newKey = await confirmRecoveryKey(page);
    expect(newKey).not.toBe(oldKey);

    // The old key no longer recovers the vault; the new one does.
    await lock(page);
    await page.getByRole('button', { name: 'Lupa frasa sandi?' }).click();
    await page.getByLabel('Kunci pemulihan').fill(oldKey);
    await page.getByLabel('Frasa sandi baru').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Pulihkan' }).click();
    await page
      .getByRole('alert')
      .getByText('Kunci pemulihan ini bukan milik brankas ini.')
      .waitFor();
    await page.getByLabel('Kunci pemulihan').fill(newKey);
    await page.getByRole('button', { name: 'Pulihkan' }).click();
    await page.getByRole('heading', { name: 'Beranda' }).waitFor();
    await page.context().close();
    await dir.stop();
  });

  it('makes the user wait after repeated wrong passphrases', async () => {
    const dir = await startWebHost();
    const page = await openApp(app.browser, dir.launchUrl);
    await createVault(page);
    await lock(page);
    const input = page.getByLabel('Frasa sandi');
    for (let i = 0; i < 5; i++) {
      await input.fill(`salah ${i} sama sekali bukan`);
      await page.getByRole('button', { name: 'Buka', exact: true }).click();
      await page.getByRole('alert').waitFor();
    }
    await page
      .getByRole('alert')
      .getByText(/Terlalu banyak percobaan/)
      .waitFor();
    await page.context().close();
    await dir.stop();
  });

  it('locks by itself after the idle time and drops what it showed', async () => {
    // A "minute" of 1 s in this host only, so five idle minutes pass in five seconds.
    const dir = await startWebHost({ env: { PENDAMPING_IDLE_MINUTE_MS: '1000' } });
    const page = await openApp(app.browser, dir.launchUrl);
    await createVault(page);
    await page
      .getByText('Brankas dikunci otomatis karena tidak ada aktivitas.')
      .waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { name: 'Beranda' }).count()).toBe(0);
    await unlock(page);
    await page.context().close();
    await dir.stop();
  });
});
