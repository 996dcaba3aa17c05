import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { laptopWithVault, teamOnRelay } from './support/team-steps';
import { startWebHost } from './support/web-host';

/**
 * Issue #14, item 3: a counselor adds a short leaflet text to the team's psychoeducation
 * library; the supervisor, on another laptop, finds it waiting and approves it; the counselor
 * finds it by a topic and records it as given in a session, and the case shows it. Two laptops
 * and a real relay, in each language.
 */
const ITEM = {
  id: {
    title: 'Tidur nyenyak setelah bencana',
    tags: 'tidur, trauma',
    text: '# Tidur nyenyak\n- Tidur dan bangun pada jam yang sama\n- Kurangi **kopi** di sore hari',
  },
  en: {
    title: 'Sleeping well after a disaster',
    tags: 'sleep, trauma',
    text: '# Sleeping well\n- Go to bed and rise at the same hours\n- Less **coffee** in the afternoon',
  },
};

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

/** The library screen, opened again until `ready` holds (sync brings the team's changes). */
async function libraryUntil(
  page: Page,
  language: Language,
  ready: () => Promise<boolean>,
): Promise<void> {
  const w = catalogs[language];
  await expect
    .poll(
      async () => {
        await nav(page, w.nav.home);
        await nav(page, w.library.nav);
        await page.getByRole('heading', { name: w.library.title, level: 1 }).waitFor();
        return ready();
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
}

const itemNamed = (page: Page, title: string) =>
  page
    .locator('li.library-item')
    .filter({ has: page.getByRole('heading', { name: title, exact: true, level: 2 }) });

describe('a counselor gives a leaflet the supervisor approved', () => {
  // Each language's test starts its own two laptops.
  const laptops = teamOnRelay(0);

  for (const language of ['id', 'en'] as const) {
    it(`in ${language === 'id' ? 'Bahasa Indonesia' : 'English'}: added as a draft, approved on another laptop, given in a session`, async () => {
      const w = catalogs[language];
      const item = ITEM[language];
      const supervisorHost = await startWebHost();
      const counselorHost = await startWebHost();
      laptops.hosts.push(supervisorHost, counselorHost);

      // A team of two: the supervisor creates it and invites; the counselor joins.
      const supervisor = await laptopWithVault(laptops.browser, supervisorHost.launchUrl, language);
      await nav(supervisor, w.nav.sync);
      await supervisor.getByLabel(w.sync.serverUrl).fill(laptops.relay.url);
      await supervisor.getByRole('button', { name: w.sync.create }).click();
      await upToDate(supervisor, language);
      await supervisor.getByRole('button', { name: w.sync.invite }).click();
      const code = supervisor.getByTestId('invite-code');
      // The core itself waits up to 15 s for the relay before it answers: wait past that.
      await code.waitFor({ timeout: 30_000 });
      const counselor = await laptopWithVault(laptops.browser, counselorHost.launchUrl, language);
      await nav(counselor, w.nav.sync);
      await counselor.getByLabel(w.sync.code).fill((await code.textContent()) ?? '');
      await counselor.getByRole('button', { name: w.sync.join }).click();
      await upToDate(counselor, language);

      // The counselor writes a short text in the team's library: a draft until approved.
      await libraryUntil(counselor, language, async () =>
        counselor.getByText(w.library.place.team).isVisible(),
      );
      await counselor.getByRole('button', { name: w.library.form.add }).click();
      const form = counselor.locator('form.library-form');
      await form.getByLabel(w.library.form.title).fill(item.title);
      await form.getByLabel(w.library.form.tags).fill(item.tags);
      await form.getByLabel(w.library.form.text, { exact: true }).fill(item.text);
      await form.getByLabel(w.library.form.format).selectOption('rich');
      await form.getByRole('button', { name: w.library.form.save, exact: true }).click();
      await counselor.getByText(w.library.form.savedDraft).waitFor();
      await itemNamed(counselor, item.title).getByText(w.library.status.draft).waitFor();

      // The supervisor finds it waiting on the other laptop and approves it.
      await libraryUntil(
        supervisor,
        language,
        async () => (await itemNamed(supervisor, item.title).count()) > 0,
      );
      await supervisor.getByLabel(w.library.filter.label).selectOption('draft');
      const waiting = itemNamed(supervisor, item.title);
      await waiting.getByText(w.library.status.draft).waitFor();
      await waiting.getByRole('button', { name: item.title, exact: true }).click();
      // The rich text reads as a heading and a list.
      await waiting
        .getByRole('heading', { name: item.text.split('\n')[0]?.slice(2), exact: true, level: 3 })
        .waitFor();
      expect(await waiting.getByRole('listitem').count()).toBe(2);
      await waiting.getByRole('button', { name: w.library.curate.approve }).click();
      await supervisor.getByText(w.library.curate.done).waitFor();
      await supervisor.getByLabel(w.library.filter.label).selectOption('all');
      await itemNamed(supervisor, item.title).getByText(w.library.status.approved).waitFor();

      // The counselor sees it approved, and finds it by one of its topics.
      await libraryUntil(counselor, language, async () =>
        itemNamed(counselor, item.title).getByText(w.library.status.approved).isVisible(),
      );
      await counselor
        .getByLabel(w.library.search.label)
        .fill(item.tags.split(',')[1]?.trim() ?? '');
      await itemNamed(counselor, item.title).waitFor();
      await counselor.getByLabel(w.library.search.label).fill('zzzz');
      await counselor.getByText(w.library.search.none).waitFor();

      // The Search screen finds it too, beside the notes.
      await nav(counselor, w.cases.nav.search);
      await counselor.getByLabel(w.cases.search.label).fill(item.tags.split(',')[0] ?? '');
      await counselor
        .getByRole('region', { name: w.library.searchHits.title })
        .getByRole('button', { name: w.library.searchHits.open.replace('{{title}}', item.title) })
        .waitFor();

      // A case with a session: the material is recorded as given, by title and version.
      await nav(counselor, w.nav.cases);
      await counselor.getByRole('button', { name: w.cases.newCase.open }).click();
      await counselor.getByLabel(w.cases.newCase.alias, { exact: true }).fill('Anggrek');
      await counselor.getByRole('button', { name: w.cases.newCase.create }).click();
      await counselor.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await counselor.getByRole('button', { name: w.cases.sessions.new }).click();
      await counselor.getByRole('button', { name: w.cases.sessions.create }).click();
      const given = counselor.getByRole('region', { name: w.library.session.title });
      await given.getByText(w.library.session.none).waitFor();
      const version1 = w.library.item.version.replace('{{version}}', '1');
      await given
        .getByLabel(w.library.session.choose)
        .selectOption({ label: `${item.title} (${version1})` });
      await given.getByRole('button', { name: w.library.session.give }).click();
      const entry = w.library.session.entry
        .replace('{{title}}', item.title)
        .replace('{{version}}', '1');
      await given.getByText(entry).waitFor();

      // The case shows what its sessions gave.
      await nav(counselor, w.nav.cases);
      await counselor.getByRole('button', { name: 'Anggrek', exact: true }).click();
      await counselor.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await counselor
        .getByRole('region', { name: w.library.case.title })
        .getByText(entry)
        .waitFor();

      await supervisor.context().close();
      await counselor.context().close();
    }, 240_000);
  }
});
