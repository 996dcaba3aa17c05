import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { labelText, WELLBEING_BAND_LABELS, WELLBEING_TREND_LABELS } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { openApp } from './support/browser';
import { createVault } from './support/vault-steps';
import { teamOnRelay } from './support/team-steps';
import { startWebHost } from './support/web-host';

/**
 * Issue #13, item 7: a counselor checks their own signs of burnout and compassion fatigue twice,
 * sees the trend and their caseload, writes a reflection, and shares a summary asking for a
 * debrief; the supervisor's Home shows the summary and never the reflection. Two laptops and a
 * real relay, in each language.
 */
const REFLECTION = {
  id: 'Setelah sesi dengan Melati saya tidak bisa tidur',
  en: 'After the session with Melati I could not sleep',
};

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function inLanguage(page: Page, language: Language): Promise<void> {
  if (language === 'id') return;
  await nav(page, catalogs.id.nav.settings);
  await page.getByLabel(catalogs.id.language.label).selectOption(language);
  await page.getByRole('heading', { name: catalogs.en.nav.settings }).waitFor();
}

async function upToDate(page: Page, language: Language): Promise<void> {
  const w = catalogs[language];
  await nav(page, w.nav.sync);
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${w.sync.state.upToDate}$`) })
    .waitFor({ timeout: 30_000 });
}

async function selfCheck(page: Page, value: '1' | '2', language: Language): Promise<void> {
  const w = catalogs[language];
  const form = page.locator('form.wellbeing-check');
  for (const select of await form.locator('select').all()) await select.selectOption(value);
  await form.getByRole('button', { name: w.wellbeing.check.save }).click();
  await form.getByText(w.wellbeing.check.saved).waitFor();
}

describe('a counselor shares a wellbeing summary with the supervisor', () => {
  // Each language's test starts its own two laptops.
  const laptops = teamOnRelay(0);

  for (const language of ['id', 'en'] as const) {
    it(`in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}: self-check, trend, caseload, a private reflection, a shared summary`, async () => {
      const w = catalogs[language];
      const text = (label: { id: string; en: string }) => labelText(label, language);
      const supervisorHost = await startWebHost();
      const counselorHost = await startWebHost();
      laptops.hosts.push(supervisorHost, counselorHost);

      // The supervisor starts a team and invites the counselor.
      const supervisor = await openApp(laptops.browser, supervisorHost.launchUrl);
      await createVault(supervisor);
      await inLanguage(supervisor, language);
      await nav(supervisor, w.nav.sync);
      await supervisor.getByLabel(w.sync.serverUrl).fill(laptops.relay.url);
      await supervisor.getByRole('button', { name: w.sync.create }).click();
      await upToDate(supervisor, language);
      await supervisor.getByRole('button', { name: w.sync.invite }).click();
      const code = supervisor.getByTestId('invite-code');
      // The core itself waits up to 15 s for the relay before it answers: wait past that.
      await code.waitFor({ timeout: 30_000 });
      const inviteCode = (await code.textContent()) ?? '';

      // The counselor holds one session, then joins.
      const counselor = await openApp(laptops.browser, counselorHost.launchUrl);
      await createVault(counselor);
      await inLanguage(counselor, language);
      await nav(counselor, w.nav.cases);
      await counselor.getByRole('button', { name: w.cases.newCase.open }).click();
      await counselor.getByLabel(w.cases.newCase.alias, { exact: true }).fill('Melati');
      await counselor.getByRole('button', { name: w.cases.newCase.create }).click();
      await counselor.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await counselor.getByRole('button', { name: w.cases.sessions.new }).click();
      await counselor.getByRole('button', { name: w.cases.sessions.create }).click();
      await counselor.getByRole('region', { name: w.session.note.title }).waitFor();
      await nav(counselor, w.nav.sync);
      await counselor.getByLabel(w.sync.code).fill(inviteCode);
      await counselor.getByRole('button', { name: w.sync.join }).click();
      await upToDate(counselor, language);

      // Two self-checks: sometimes, then often: the band is high and the trend worse.
      await nav(counselor, w.wellbeing.nav);
      await counselor.getByRole('heading', { name: w.wellbeing.title, level: 1 }).waitFor();
      await counselor.getByText(w.wellbeing.private).waitFor();
      await selfCheck(counselor, '1', language);
      await selfCheck(counselor, '2', language);
      const latest = counselor.getByTestId('wellbeing-latest');
      await latest.getByText(text(WELLBEING_BAND_LABELS.high), { exact: false }).waitFor();
      await latest.getByText(text(WELLBEING_TREND_LABELS.worse), { exact: false }).waitFor();
      await counselor.getByRole('figure', { name: w.wellbeing.chart.title }).waitFor();
      expect(await counselor.getByTestId('sessions-total').textContent()).toBe('1');

      // A reflection, for the counselor alone.
      const reflection = counselor.getByRole('region', { name: w.wellbeing.reflection.title });
      await reflection.getByLabel(w.wellbeing.reflection.label).fill(REFLECTION[language]);
      await reflection.getByRole('button', { name: w.wellbeing.reflection.save }).click();
      await reflection.getByText(REFLECTION[language]).waitFor();

      // Sharing the summary with a debrief asked for, once the team's key is here.
      const share = counselor.getByRole('region', { name: w.wellbeing.share.title });
      await expect
        .poll(
          async () => {
            await nav(counselor, w.nav.home);
            await nav(counselor, w.wellbeing.nav);
            return share.getByRole('button', { name: w.wellbeing.share.share }).count();
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe(1);
      await share.getByLabel(w.wellbeing.share.debrief).check();
      await share.getByRole('button', { name: w.wellbeing.share.share }).click();
      await share.getByTestId('shared-summary').waitFor();
      expect(await share.getByTestId('shared-summary').textContent()).toContain(
        w.wellbeing.share.debriefAsked,
      );

      // The supervisor's Home: the summary, the debrief asked for, and no reflection.
      const team = supervisor.getByRole('region', { name: w.wellbeing.team.title });
      await expect
        .poll(
          async () => {
            await nav(supervisor, w.nav.sync);
            await nav(supervisor, w.nav.home);
            await team.waitFor();
            return team.getByRole('row').filter({ hasText: w.wellbeing.team.debriefYes }).count();
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe(1);
      const row = team.getByRole('row').filter({ hasText: w.wellbeing.team.debriefYes });
      expect(await row.textContent()).toContain(text(WELLBEING_BAND_LABELS.high));
      expect(await row.textContent()).toContain(text(WELLBEING_TREND_LABELS.worse));
      expect(await supervisor.content()).not.toContain(REFLECTION[language]);

      await supervisor.context().close();
      await counselor.context().close();
    }, 180_000);
  }
});
