import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { COMMUNITY_ACTIVITY_KIND_LABELS, labelText } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { laptopWithVault, teamOnRelay } from './support/team-steps';
import { startWebHost } from './support/web-host';

/**
 * Issue #13, item 5: community work that belongs to no single client (seed 002: social mapping
 * and area activities at RT/RW level). A counselor adds an area, records a social mapping and an
 * area activity in it; the supervisor's laptop shows them, with counts by area and by month and
 * for a date range. Two laptops and a real relay, in each language.
 */
const AREA = 'RT 003/RW 005, Kel. Kapuk, Kec. Cengkareng';
const NEEDS = { id: 'Air bersih terbatas', en: 'Little clean water' };

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function upToDate(page: Page, language: Language): Promise<void> {
  const w = catalogs[language];
  await nav(page, w.nav.sync);
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${w.sync.state.upToDate}$`) })
    .waitFor({ timeout: 30_000 });
}

describe('a team records community work in an area', () => {
  const laptops = teamOnRelay(0);

  for (const language of ['id', 'en'] as const) {
    it(`in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}: an area, a social mapping and an area activity, counted by area and period on the supervisor's laptop`, async () => {
      const w = catalogs[language];
      const c = w.community;
      const kind = (k: keyof typeof COMMUNITY_ACTIVITY_KIND_LABELS) =>
        labelText(COMMUNITY_ACTIVITY_KIND_LABELS[k], language);
      const supervisorHost = await startWebHost();
      const counselorHost = await startWebHost();
      laptops.hosts.push(supervisorHost, counselorHost);

      const supervisor = await laptopWithVault(laptops.browser, supervisorHost.launchUrl, language);
      await nav(supervisor, w.nav.sync);
      await supervisor.getByLabel(w.sync.serverUrl).fill(laptops.relay.url);
      await supervisor.getByRole('button', { name: w.sync.create }).click();
      await upToDate(supervisor, language);
      await supervisor.getByRole('button', { name: w.sync.invite }).click();
      const code = supervisor.getByTestId('invite-code');
      // The core itself waits up to 15 s for the relay before it answers: wait past that.
      await code.waitFor({ timeout: 30_000 });
      const inviteCode = (await code.textContent()) ?? '';

      const counselor = await laptopWithVault(laptops.browser, counselorHost.launchUrl, language);
      await nav(counselor, w.nav.sync);
      await counselor.getByLabel(w.sync.code).fill(inviteCode);
      await counselor.getByRole('button', { name: w.sync.join }).click();
      await upToDate(counselor, language);

      // The counselor adds an area; an RT without its RW is refused beside the form.
      await nav(counselor, c.nav);
      await counselor.getByRole('heading', { name: c.title, level: 1 }).waitFor();
      const areaForm = counselor.getByRole('form', { name: c.area.add });
      await areaForm.getByLabel(c.area.kelurahan).fill('Kapuk');
      await areaForm.getByLabel(c.area.kecamatan).fill('Cengkareng');
      await areaForm.getByLabel(c.area.rt).fill('3');
      await areaForm.getByRole('button', { name: c.area.save }).click();
      await areaForm.getByRole('alert').filter({ hasText: c.errors.rwNeeded }).waitFor();
      await areaForm.getByLabel(c.area.rw).fill('5');
      await areaForm.getByRole('button', { name: c.area.save }).click();
      await counselor.getByRole('region', { name: c.area.title }).getByText(AREA).waitFor();

      // A social mapping: what it found in the area, and how many people it reached.
      const activity = counselor.getByRole('form', { name: c.activity.title });
      await activity.getByLabel(c.activity.kind).selectOption('socialMapping');
      await activity.getByLabel(c.activity.date).fill('2026-11-12');
      await activity.getByLabel(c.activity.people).fill('8');
      await activity.getByLabel(c.activity.needs).fill(NEEDS[language]);
      await activity.getByRole('button', { name: c.activity.save }).click();
      await activity.getByText(c.activity.saved).waitFor();
      // An area activity the next month, reaching 30 people in 12 households.
      await activity.getByLabel(c.activity.kind).selectOption('areaActivity');
      await activity.getByLabel(c.activity.date).fill('2026-12-01');
      await activity.getByLabel(c.activity.people).fill('30');
      await activity.getByLabel(c.activity.households).fill('12');
      await activity.getByRole('button', { name: c.activity.save }).click();
      await activity.getByText(c.activity.saved).waitFor();

      // The supervisor's laptop: both activities, counted by area and month.
      await expect
        .poll(
          async () => {
            await nav(supervisor, w.nav.sync);
            await nav(supervisor, c.nav);
            await supervisor.getByTestId('community-sharing').waitFor();
            return supervisor.getByTestId('community-activity').count();
          },
          { timeout: 45_000, interval: 500 },
        )
        .toBe(2);
      expect(await supervisor.getByTestId('community-sharing').textContent()).toBe(c.sharing.team);
      const counts = supervisor.getByRole('region', { name: c.counts.title });
      await counts.getByLabel(c.counts.from).fill('2026-11-01');
      await counts.getByLabel(c.counts.to).fill('2026-12-31');
      const byMonth = counts.getByTestId('community-counts').getByRole('row');
      expect(await byMonth.count()).toBe(3);
      const mapping = byMonth.filter({ hasText: kind('socialMapping') });
      expect(await mapping.getByRole('cell').allTextContents()).toEqual([
        language === 'id' ? 'November 2026' : 'November 2026',
        AREA,
        kind('socialMapping'),
        '1',
        '8',
        '0',
      ]);
      // A range counted as one period: one row per kind, totals by area.
      await counts.getByLabel(c.counts.period).selectOption('range');
      const totals = counts
        .getByTestId('community-totals')
        .getByRole('row')
        .filter({ hasText: AREA });
      expect(await totals.getByRole('cell').allTextContents()).toEqual([AREA, '2', '38', '12']);
      await counts.getByTestId('community-counts').getByText(c.counts.all).first().waitFor();
      // What the mapping found, and who recorded it; not the supervisor's to remove.
      await supervisor.getByText(NEEDS[language], { exact: false }).waitFor();
      expect(await supervisor.getByRole('button', { name: c.list.remove }).count()).toBe(0);
      // Searching the activities finds the mapping by what it observed.
      const list = supervisor.getByRole('region', { name: c.list.title });
      await list.getByLabel(c.list.search).fill(NEEDS[language].split(' ')[0] ?? '');
      await expect.poll(() => list.getByTestId('community-activity').count()).toBe(1);
      expect(await list.getByTestId('community-activity').textContent()).toContain(
        kind('socialMapping'),
      );

      await supervisor.context().close();
      await counselor.context().close();
    }, 240_000);
  }
});
