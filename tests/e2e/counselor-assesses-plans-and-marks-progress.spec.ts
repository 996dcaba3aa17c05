import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { INTAKE_2026, labelText, PROGRESS_SCALE } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault } from './support/vault-steps';

/**
 * Issue #13, items 1 and 2, in each language: the intake at first contact, a care plan with two
 * goals, a session that marks progress on both (reached from the session's own link), and the
 * case showing the progress chart and which goals are still open.
 */
const question = (itemId: string) =>
  INTAKE_2026.stages.flatMap((s) => s.items).find((i) => i.itemId === itemId)?.label ?? {
    id: '',
    en: '',
  };
const total = INTAKE_2026.stages.reduce((n, s) => n + s.items.length, 0);

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor assesses a client, plans with them and marks progress (${language})`, () => {
    const w = catalogs[language];
    const c = w.cases;
    const label = (l: { id: string; en: string }) => labelText(l, language);
    const level = (n: number) =>
      `${n} — ${label(PROGRESS_SCALE.find((s) => s.level === n)?.label ?? { id: '', en: '' })}`;
    const app = appUnderTest();

    it('intake, a plan with two goals, a session marking progress, and the open goals on the case', async () => {
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);

      const nav = page.getByRole('navigation');
      await nav.getByRole('button', { name: w.nav.cases, exact: true }).click();
      await page.getByRole('button', { name: c.newCase.open }).click();
      await page.getByLabel(c.newCase.alias, { exact: true }).fill('Melati');
      await page.getByRole('button', { name: c.newCase.create }).click();
      await page.getByRole('heading', { name: 'Melati', level: 1 }).waitFor();

      // First contact: the intake questionnaire, by section, in the person's language.
      await page.getByRole('tab', { name: c.tabs.intake }).click();
      await page.getByText(c.intake.empty).waitFor();
      await page.getByRole('button', { name: c.intake.start }).click();
      await page
        .getByRole('group', { name: label(INTAKE_2026.stages[1]?.title ?? { id: '', en: '' }) })
        .getByLabel(label(question('intake.concern.what')), { exact: true })
        .fill('Sulit tidur sejak banjir, kehilangan warung');
      await page
        .getByLabel(label(question('intake.needs.basic')), { exact: true })
        .fill('Tinggal di pengungsian, butuh sembako');
      await page.getByRole('button', { name: c.intake.save }).click();
      await page.getByText('Sulit tidur sejak banjir, kehilangan warung').waitFor();
      await page
        .getByText(
          c.intake.answered_other.replace('{{answered}}', '2').replace('{{count}}', String(total)),
        )
        .waitFor();

      // The care plan: a need and a goal, by priority.
      await page.locator('#case-tab-carePlan').click();
      await page.getByText(c.carePlan.empty).waitFor();
      const addGoal = async (kind: 'goal' | 'need', text: string, priority: string) => {
        await page.getByRole('button', { name: c.carePlan.addGoal }).first().click();
        await page.getByLabel(c.carePlan.kind, { exact: true }).selectOption(kind);
        await page.getByLabel(c.carePlan.text, { exact: true }).fill(text);
        await page.getByLabel(c.carePlan.priority, { exact: true }).selectOption(priority);
        await page.getByRole('button', { name: c.carePlan.saveGoal }).click();
        await page.locator('.open-goals').getByText(text).waitFor();
      };
      await addGoal('goal', 'Tidur cukup setiap malam', 'medium');
      await addGoal('need', 'Sembako dari kelurahan', 'high');
      // Highest priority first.
      expect(await page.locator('.open-goals .goal-text').allTextContents()).toEqual([
        'Sembako dari kelurahan',
        'Tidur cukup setiap malam',
      ]);

      // A session; from its page, the plan, to mark that session's progress.
      await page.getByRole('tab', { name: c.tabs.sessions }).click();
      await page.getByRole('button', { name: c.sessions.new }).click();
      await page.getByRole('button', { name: c.sessions.create }).click();
      await page.getByRole('region', { name: w.session.note.title }).waitFor();
      await page.getByRole('button', { name: c.carePlan.fromSession }).click();
      await page.locator('#case-tab-carePlan[aria-selected="true"]').waitFor();
      await page.getByRole('button', { name: c.carePlan.markTitle }).click();
      const mark = async (goal: string, n: number, note?: string) => {
        const group = page.getByRole('group', { name: goal });
        await group.getByLabel(c.carePlan.level, { exact: true }).selectOption(String(n));
        if (note) await group.getByLabel(c.carePlan.note, { exact: true }).fill(note);
      };
      await mark('Sembako dari kelurahan', 2, 'Surat pengantar RT sudah ada');
      await mark('Tidur cukup setiap malam', 1);
      await page.getByRole('button', { name: c.carePlan.saveMarks }).click();

      // The case shows progress over time and which goals are open.
      // One session so far: each goal's line is a single point.
      await page.locator('.recharts-line').first().waitFor({ state: 'attached' });
      expect(await page.locator('.recharts-line').count()).toBe(2);
      await page.getByRole('figure', { name: c.carePlan.chartTitle }).waitFor();
      const latest = page.locator('.open-goals .goal-latest');
      await latest.getByText(new RegExp(level(2))).waitFor();
      await latest.getByText(new RegExp(level(1))).waitFor();
      await page.locator('#case-tab-carePlan .count', { hasText: '2' }).waitFor();

      // One goal achieved: it leaves the open list, the count drops.
      await page
        .locator('.goal', { hasText: 'Tidur cukup setiap malam' })
        .getByRole('button', { name: c.carePlan.achieve })
        .click();
      await page.locator('.closed-goals').getByText('Tidur cukup setiap malam').waitFor();
      expect(await page.locator('.open-goals .goal-text').allTextContents()).toEqual([
        'Sembako dari kelurahan',
      ]);
      await page.locator('#case-tab-carePlan .count', { hasText: '1' }).waitFor();

      // A later session refers to the intake.
      await page.getByRole('tab', { name: c.tabs.sessions }).click();
      await page
        .locator('.case-detail')
        .getByRole('button')
        .filter({ hasText: /\d{2}[.:]\d{2}/ })
        .first()
        .click();
      await page.getByRole('button', { name: c.intake.fromSession }).click();
      await page.getByRole('tab', { name: c.tabs.intake, selected: true }).waitFor();
      await page.getByText('Tinggal di pengungsian, butuh sembako').waitFor();
      await page.context().close();
    });
  });
}
