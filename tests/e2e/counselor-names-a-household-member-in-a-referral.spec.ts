import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import {
  HOUSEHOLD_NEED_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  labelText,
  type Label,
} from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { fillDateField } from './support/date-field';
import { createVault } from './support/vault-steps';

/**
 * Issue #13, item 3, in each language: a counselor adds the client's child to the household,
 * makes a referral for the child's schooling naming them, and both the referral and the member
 * show it; in the other language the same screens read in that language's words.
 */
const other = (language: Language): Language => (language === 'id' ? 'en' : 'id');

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a household member named in a referral (${language})`, () => {
    const app = appUnderTest();

    it('adds a child to the household, refers them for schooling, and both show it', async () => {
      let w = catalogs[language];
      let l = (label: Label) => labelText(label, language);
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);

      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page.getByRole('button', { name: w.cases.newCase.open }).click();
      await page.getByLabel(w.cases.newCase.alias, { exact: true }).fill('Melati');
      await page.getByRole('button', { name: w.cases.newCase.create }).click();
      await page.getByRole('heading', { name: 'Melati', level: 1 }).waitFor();

      // The household: a child under an alias, needing schooling, with a real name kept apart.
      await page.getByRole('tab', { name: w.cases.tabs.household }).click();
      await page.getByText(w.household.empty).waitFor();
      await page.getByRole('button', { name: w.household.add }).click();
      await page.getByLabel(w.household.alias, { exact: true }).fill('Adik Rina');
      await page
        .getByLabel(w.household.relation, { exact: true })
        .selectOption(l(HOUSEHOLD_RELATION_LABELS.child));
      await page.getByLabel(l(HOUSEHOLD_NEED_LABELS.schooling), { exact: true }).check();
      await page
        .getByLabel(w.household.needsNote, { exact: true })
        .fill('Seragam hilang saat banjir');
      await page.getByLabel(w.household.name, { exact: true }).fill('Rina Marlina');
      await page.getByRole('button', { name: w.household.save }).click();
      const member = page.locator('.household-members .member', { hasText: 'Adik Rina' });
      await member.getByText(l(HOUSEHOLD_RELATION_LABELS.child), { exact: true }).waitFor();
      await member.getByText(l(HOUSEHOLD_NEED_LABELS.schooling), { exact: true }).waitFor();
      // Identifying details only on request.
      expect(await member.getByText('Rina Marlina').isVisible()).toBe(false);
      await member.getByText(w.household.showIdentifying).click();
      await member.getByText('Rina Marlina').waitFor();

      // A referral for the child's schooling, naming them.
      await page.getByRole('tab', { name: w.cases.tabs.referrals }).click();
      await page.getByRole('button', { name: w.cases.referrals.new }).click();
      await page.getByLabel(w.cases.referrals.toWhom, { exact: true }).fill('SDN 05 Cengkareng');
      await page.getByLabel(w.cases.referrals.reason, { exact: true }).fill('Pindah sekolah');
      const picker = page.getByRole('group', { name: w.household.picker.legend });
      await picker.getByLabel(/Adik Rina/).check();
      await fillDateField(page, w.cases.referrals.followUpDate, '2030-01-15', language);
      await page.getByRole('button', { name: w.cases.referrals.save }).click();
      const forWhom = (lang: Language) =>
        catalogs[lang].household.names.forWhom.replace(
          '{{names}}',
          `Adik Rina (${labelText(HOUSEHOLD_RELATION_LABELS.child, lang)})`,
        );
      const referral = page.locator('.referral', { hasText: 'SDN 05 Cengkareng' });
      await referral.getByText(forWhom(language)).waitFor();

      // The member shows the referral made for them.
      await page.getByRole('tab', { name: w.cases.tabs.household }).click();
      const namedIn = (lang: Language) =>
        catalogs[lang].household.namedReferral.replace('{{to}}', 'SDN 05 Cengkareng');
      await member.getByText(namedIn(language)).waitFor();

      // A session names who was present: the tick is what the core kept.
      await page.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await page.getByRole('button', { name: w.cases.sessions.new }).click();
      await page.getByRole('button', { name: w.cases.sessions.create }).click();
      const present = page.getByRole('region', { name: w.household.session.title });
      await present.getByRole('checkbox', { name: /Adik Rina/ }).click();
      await present.getByRole('checkbox', { name: /Adik Rina/, checked: true }).waitFor();

      // The other language: the same screens in its words.
      const next = other(language);
      await page.getByRole('navigation').getByRole('button', { name: w.nav.settings }).click();
      await page.locator('.language-switch select').selectOption(next);
      w = catalogs[next];
      l = (label: Label) => labelText(label, next);
      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page.getByText('Melati').first().click();
      await page.getByRole('tab', { name: w.cases.tabs.household }).click();
      await page.getByRole('heading', { name: w.household.title }).waitFor();
      await member.getByText(l(HOUSEHOLD_RELATION_LABELS.child), { exact: true }).waitFor();
      await member.getByText(l(HOUSEHOLD_NEED_LABELS.schooling), { exact: true }).waitFor();
      await member.getByText(namedIn(next)).waitFor();
      await member.getByRole('button', { name: w.household.edit }).waitFor();
      await page.getByRole('tab', { name: w.cases.tabs.referrals }).click();
      await referral.getByText(forWhom(next)).waitFor();

      await page.context().close();
    }, 120_000);
  });
}
