import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault } from './support/vault-steps';

/**
 * Issue #15, item 2, on the safety plan: what its rows must hold is the method's schema's to say,
 * and the form shows each refusal beside the row it is about, in the person's language, though
 * empty rows are left out of what is sent.
 */
for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor writes a safety plan (${language})`, () => {
    const app = appUnderTest();

    it('is told beside the row that a professional needs a number, and saves once it has one', async () => {
      const w = catalogs[language];
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);

      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page.getByRole('button', { name: w.cases.newCase.open }).click();
      await page.getByLabel(w.cases.newCase.alias, { exact: true }).fill('Kenanga');
      await page.getByRole('button', { name: w.cases.newCase.create }).click();
      await page.getByRole('heading', { name: 'Kenanga', level: 1 }).waitFor();
      await page.getByRole('tab', { name: w.cases.tabs.safetyPlan }).click();

      const label = (key: string, of: string, n: number): string =>
        key.replace('{{label}}', of).replace('{{n}}', String(n));
      const professional = w.cases.safetyPlan.professional;
      // The first professional's row stays empty; the second names a service with no number.
      await page
        .getByRole('button', {
          name: w.cases.safetyPlan.addEntry.replace('{{label}}', professional),
        })
        .click();
      await page
        .getByLabel(label(w.cases.safetyPlan.personName, professional, 2), { exact: true })
        .fill('Puskesmas Tebet');
      await page.getByRole('button', { name: w.cases.safetyPlan.save }).click();

      const phone = page.getByLabel(label(w.cases.safetyPlan.personPhone, professional, 2), {
        exact: true,
      });
      await page.getByText(w.cases.validation.phoneRequired).waitFor();
      expect(await phone.getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByText(w.cases.safetyPlan.updatedAt.split('{{')[0] ?? '').count()).toBe(
        0,
      );

      await phone.fill('(021) 555-0101');
      await page.getByRole('button', { name: w.cases.safetyPlan.save }).click();
      await page.getByText(w.cases.safetyPlan.updatedAt.split('{{')[0] ?? '').waitFor();
      expect(await page.getByText(w.cases.validation.phoneRequired).count()).toBe(0);
    });
  });
}
