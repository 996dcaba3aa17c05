import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { addDays, DEFAULT_FOLLOW_UP_INTERVALS, planDates } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { reminderText } from '../../shared/i18n/follow-ups/reminder-text';
import { formatCalendarDay } from '../../renderer/src/dates';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { addGoal, fillIntake, newCase, sessionMarkingProgress } from './support/care-plan-steps';
import { fillDateField } from './support/date-field';
import { createVault } from './support/vault-steps';

/**
 * Issue #13, item 6, in each language: after the intake, a plan and a session marking progress,
 * the counselor closes the helping stage with follow-up meetings at growing intervals (counted
 * from ten days ago, so the first is already late), adds one for this week with a note, is
 * reminded in the app (counts only), finds both on Home, opens the case from the late one and
 * marks it held by the session; Home no longer lists it late.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor plans follow-ups and is reminded of them (${language})`, () => {
    const w = catalogs[language];
    const f = w.followUps;
    const app = appUnderTest();

    it('plans follow-ups at growing intervals, is reminded, and finds them on Home', async () => {
      const page = await openApp(app.browser, app.host.launchUrl);
      if (language === 'en') await page.getByLabel('Bahasa').selectOption('en');
      await createVault(page, undefined, language);

      await newCase(page, 'Melati', language);
      await fillIntake(page, 'Sulit tidur sejak banjir', language);
      await addGoal(
        page,
        { kind: 'need', text: 'Sembako dari kelurahan', priority: 'high' },
        language,
      );
      await sessionMarkingProgress(page, [{ goal: 'Sembako dari kelurahan', level: 2 }], language);

      // The helping stage closes: follow-up meetings at growing intervals, from ten days ago.
      const plan = page.getByRole('region', { name: f.plan.title, exact: true });
      await plan.getByText(f.plan.empty).waitFor();
      const from = addDays(today, -10);
      await fillDateField(plan, f.plan.from, from, language);
      await plan.getByRole('button', { name: f.plan.makeDefault }).click();
      const dates = planDates(from, DEFAULT_FOLLOW_UP_INTERVALS);
      const day = (d: string) => formatCalendarDay(d, language);
      for (const d of dates) await plan.locator('.follow-up', { hasText: day(d) }).waitFor();
      await plan.locator('.follow-up.overdue', { hasText: day(dates[0] ?? '') }).waitFor();

      // The core reminds at once of the late one, in counts only, in the app.
      const notice = page.getByRole('status', { name: f.reminder.title });
      const late = reminderText(f.reminder, { dueToday: 0, overdue: 1 });
      await notice.getByText(late.body).waitFor();
      expect(await notice.textContent()).not.toContain('Melati');
      await notice.getByRole('button', { name: f.reminder.dismiss }).click();

      // One more meeting this week, with a note, and the dates may change.
      const soon = addDays(today, 3);
      await plan.getByRole('button', { name: f.plan.add }).click();
      await fillDateField(plan.locator('.follow-up-form'), f.plan.date, soon, language);
      await plan.getByLabel(f.plan.note, { exact: true }).fill('Cek surat KIP');
      await plan.getByRole('button', { name: f.plan.save }).click();
      await plan.locator('.follow-up.upcoming', { hasText: 'Cek surat KIP' }).waitFor();
      const last = dates.at(-1) ?? '';
      await plan
        .locator('.follow-up', { hasText: day(last) })
        .getByRole('button', { name: f.plan.remove })
        .click();
      await plan.locator('.follow-up', { hasText: day(last) }).waitFor({ state: 'detached' });

      // Home: the late meeting and the one this week, each opening the case.
      await page.getByRole('navigation').getByRole('button', { name: w.nav.home }).click();
      const overdue = page.getByRole('region', { name: f.home.overdue, exact: true });
      const upcoming = page.getByRole('region', { name: f.home.upcoming, exact: true });
      await overdue.getByRole('button', { name: /Melati/ }).waitFor();
      await overdue.getByText(f.home.late_other.replace('{{count}}', '3')).waitFor();
      await upcoming.getByRole('button', { name: /Melati/ }).waitFor();

      // From Home to the case: the late meeting was held, in the session just recorded.
      await overdue.getByRole('button', { name: /Melati/ }).click();
      const late1 = page
        .getByRole('region', { name: f.plan.title, exact: true })
        .locator('.follow-up', { hasText: day(dates[0] ?? '') });
      await late1.getByRole('button', { name: f.plan.markDone }).click();
      await late1.getByRole('button', { name: f.plan.confirmDone }).click();
      await late1.locator('.follow-up-state', { hasText: f.plan.state.done }).waitFor();

      await page.getByRole('navigation').getByRole('button', { name: w.nav.home }).click();
      await upcoming.getByRole('button', { name: /Melati/ }).waitFor();
      expect(await overdue.count()).toBe(0);
      await page.context().close();
    });
  });
}
