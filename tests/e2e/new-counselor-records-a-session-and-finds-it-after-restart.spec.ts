import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import {
  defaultTemplate,
  labelText,
  RISK_ACTION_LABELS,
  RISK_LEVEL_LABELS,
  RISK_QUESTIONS,
} from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault, unlock } from './support/vault-steps';

/**
 * The whole first day of a new counselor, in each language: set up, a case with only an alias,
 * a session with a note, ticked checklist items, a positive risk screen and a recorded referral;
 * then the web host restarts, and every word, tick and flag is back, the case on top.
 */
const template = defaultTemplate();
const items = [template.stages[0]?.items[0], template.stages[1]?.items[0]].flatMap((i) =>
  i ? [i] : [],
);
const question = (id: string) => RISK_QUESTIONS.find((q) => q.questionId === id);

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a new counselor's first session survives a restart (${language})`, () => {
    const w = catalogs[language];
    const label = (l: { id: string; en: string }) => labelText(l, language);
    const app = appUnderTest();

    it('keeps every word, tick and flag, and the case stays at the top', async () => {
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);

      const nav = page.getByRole('navigation');
      const newCase = async (alias: string): Promise<void> => {
        await nav.getByRole('button', { name: w.nav.cases, exact: true }).click();
        await page.getByRole('button', { name: w.cases.newCase.open }).click();
        await page.getByLabel(w.cases.newCase.alias, { exact: true }).fill(alias);
        await page.getByRole('button', { name: w.cases.newCase.create }).click();
        await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
      };
      await newCase('Kenanga');
      // The face-to-face referral action names a referral record of the case (issue #13,
      // item 9): the referral the counselor arranged with the puskesmas.
      const { cases } = (await callApi(app.host.launchUrl, 'cases.list', {})) as {
        cases: Array<{ id: string; alias: string }>;
      };
      await callApi(app.host.launchUrl, 'referrals.create', {
        caseId: cases.find((c) => c.alias === 'Kenanga')?.id ?? '',
        target: 'healthFacility',
        toWhom: 'Puskesmas Tambora',
        reason: 'Asesmen tatap muka',
        consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
        followUpDate: '2030-03-05',
      });

      await page.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await page.getByRole('button', { name: w.cases.sessions.new }).click();
      await page.getByRole('button', { name: w.cases.sessions.create }).click();
      const note = page.getByRole('region', { name: w.session.note.title });
      await note.getByRole('textbox').click();
      await page.keyboard.type('Klien sulit tidur sejak banjir, tinggal di pengungsian.');
      for (const item of items) {
        const box = page.getByRole('checkbox', {
          name: new RegExp(`^${label(item.label).slice(0, 25)}`),
          includeHidden: true,
        });
        // A stage other than the current one is folded (issue #12, item 7): open it first.
        if (!(await box.isVisible())) {
          await page.locator('.stage', { has: box }).locator('summary').click();
        }
        await box.check();
      }
      const risk = page.getByRole('region', { name: w.session.risk.title });
      for (const id of ['q1WishDead', 'q2SuicidalThoughts', 'q3Method']) {
        const text = label(question(id)?.text ?? { id: '', en: '' });
        await risk.getByRole('group', { name: text }).getByLabel(w.session.risk.yes).check();
      }
      const moderate = w.session.risk.levelShort.replace(
        '{{level}}',
        label(RISK_LEVEL_LABELS.moderate),
      );
      await risk.getByText(moderate).first().waitFor();
      await risk.getByText(w.session.risk.warningTitle).waitFor();
      const referral = label(RISK_ACTION_LABELS.faceToFaceReferral);
      await risk
        .getByLabel(w.session.risk.actionNote.faceToFaceReferral)
        .fill('Puskesmas Tambora, Senin');
      await risk
        .getByRole('button', { name: w.session.risk.recordOne.replace('{{action}}', referral) })
        .click();
      await risk.getByText(/Puskesmas Tambora, Senin/).waitFor();
      await note.getByText(w.session.save.saved).waitFor();
      // A second, newer case without risk: the flagged one must still come first.
      await newCase('Teratai');

      await app.restart();
      const again = await openApp(app.browser, app.host.launchUrl);
      await again.getByRole('heading', { name: w.vault.unlockTitle }).waitFor();
      await unlock(again, undefined, language);
      await again
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      const rows = again.locator('table.case-table tbody tr');
      await rows.first().waitFor();
      expect(await rows.first().textContent()).toContain('Kenanga');
      expect(await rows.nth(1).textContent()).toContain('Teratai');

      await again.getByRole('button', { name: 'Kenanga', exact: true }).click();
      await again.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await again.locator('ul.item-list button.item').first().click();
      const noteAgain = again.getByRole('region', { name: w.session.note.title });
      await noteAgain
        .getByText('Klien sulit tidur sejak banjir, tinggal di pengungsian.')
        .waitFor();
      for (const item of items) {
        const box = again.getByRole('checkbox', {
          name: new RegExp(`^${label(item.label).slice(0, 25)}`),
          includeHidden: true,
        });
        expect(await box.isChecked()).toBe(true);
      }
      const riskAgain = again.getByRole('region', { name: w.session.risk.title });
      await riskAgain.getByText(moderate).first().waitFor();
      await riskAgain.getByText(/Puskesmas Tambora, Senin/).waitFor();
      await page.context().close();
      await again.context().close();
    });
  });
}
