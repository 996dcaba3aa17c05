import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { expectAccessible } from './support/accessibility';
import { appUnderTest } from './support/app-under-test';
import { activate, tabTo } from './support/keyboard';
import { createVault, PASSPHRASE } from './support/vault-steps';

/*
 * Issue #15, items 4 and 5: on a laptop whose system is in dark mode, the whole app runs in the
 * dark theme (and axe-core checks every screen in it, and in the light one for contrast); the
 * main path — unlock, a new case, a new session, the risk screen, submitting for review — is
 * done with Tab, Enter, Space and the arrow keys alone, with the shortcuts listed in the help.
 */
const w = catalogs.id;
const ALIAS = 'Anggrek';

describe('a counselor works with the keyboard alone, at night', () => {
  const app = appUnderTest();

  it('unlocks, opens a case and a session, screens risk and submits it, without a mouse', async () => {
    const context = await app.browser.newContext({
      colorScheme: 'dark',
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await page.goto(app.host.launchUrl);
    await createVault(page);
    const root = page.locator('html');
    // Polled: the accessibility check shows the other theme for a moment while it measures.
    const theme = () => root.getAttribute('data-theme');
    await expect.poll(theme).toBe('dark');

    // Lock with the shortcut, unlock by typing the passphrase and pressing Enter.
    await page.keyboard.press('Control+Shift+L');
    await page.getByRole('heading', { name: w.vault.unlockTitle }).waitFor();
    await tabTo(page, page.getByLabel(w.vault.passphrase));
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: w.nav.home }).waitFor();

    // The shortcuts, listed with this platform's keys; Escape closes the list.
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: w.ui.shortcuts.title });
    await help.getByText('Ctrl+Shift+N').waitFor();
    await help.getByText('Ctrl+K').waitFor();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    // A new case: Kasus → Kasus baru → the alias → Ctrl+S.
    const nav = page.getByRole('navigation');
    await activate(page, nav.getByRole('button', { name: w.nav.cases, exact: true }));
    await activate(page, page.getByRole('button', { name: w.cases.newCase.open, exact: true }));
    await tabTo(page, page.getByLabel(w.cases.newCase.alias, { exact: true }));
    await page.keyboard.type(ALIAS);
    // Ctrl+S saves the form being filled in, as its own button would.
    await page.keyboard.press('Control+S');
    await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();

    // A new session with its shortcut, started from its form with Enter.
    await page.keyboard.press('Control+Shift+N');
    await activate(page, page.getByRole('button', { name: w.cases.sessions.create }));
    const risk = page.getByRole('region', { name: w.session.risk.title });
    await risk.waitFor();

    // The risk screen: Tab into each question, the arrow key moves "Ya" to "Tidak".
    const unanswered = risk.locator('fieldset').filter({ hasNot: page.locator('input:checked') });
    for (let asked = 0; asked < 12 && (await unanswered.count()) > 0; asked++) {
      const question = (await unanswered.first().locator('legend').textContent()) ?? '';
      await tabTo(page, unanswered.first().getByRole('radio', { name: w.session.risk.yes }));
      await page.keyboard.press('ArrowDown');
      await risk
        .getByRole('group', { name: question.trim() })
        .getByRole('radio', { name: w.session.risk.no, checked: true })
        .waitFor();
    }
    await risk
      .getByText(/Risiko: tidak ada/)
      .first()
      .waitFor();

    // Submitting for review, by Tab and Enter.
    const review = page.getByRole('region', { name: w.review.session.title });
    await activate(page, review.getByRole('button', { name: w.review.session.submit }));
    await review.getByText(w.review.status.submitted).first().waitFor();

    // Search is one shortcut away, with the focus in its field.
    await page.keyboard.press('Control+K');
    await page.keyboard.type(ALIAS);
    expect(await page.getByRole('searchbox').inputValue()).toBe(ALIAS);

    // Settings by keyboard: the light theme, back to the system's, and larger text.
    await activate(page, nav.getByRole('button', { name: w.nav.settings, exact: true }));
    await tabTo(page, page.getByLabel(w.ui.appearance.theme));
    await page.keyboard.press('ArrowDown');
    await expect.poll(theme).toBe('light');
    await page.keyboard.press('ArrowUp');
    await expect.poll(theme).toBe('dark');
    await tabTo(page, page.getByLabel(w.ui.appearance.textSize));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => root.getAttribute('data-text-size')).toBe('large');

    // Kept for the next start, and applied before the first screen.
    await page.reload();
    await page.getByRole('heading', { name: w.nav.home }).waitFor();
    expect(await root.getAttribute('data-text-size')).toBe('large');
    await expect.poll(theme).toBe('dark');
    await context.close();
  });
});
