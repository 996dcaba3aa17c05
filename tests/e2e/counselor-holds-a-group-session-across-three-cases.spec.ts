import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { labelText, RISK_LEVEL_LABELS, RISK_QUESTIONS } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { appUnderTest } from './support/app-under-test';
import { newCase } from './support/care-plan-steps';
import { laptopWithVault } from './support/team-steps';

/*
 * Issue #13, item 4 (IPSPI: counseling "in an individual or group setting"), on a 1366×768
 * laptop in both languages: three cases, one group session started from the third with the other
 * two added by alias; the shared note, one participant's own note and risk screen; sending is
 * refused while that participant's screen lacks its actions, and goes once it does not; each case
 * lists the session as a group session.
 */
const ALIASES = ['Anyelir', 'Bougenvil', 'Cemara'] as const;
const SHARED: Record<Language, string> = {
  id: 'Kelompok berlatih napas dalam bersama.',
  en: 'The group practised deep breathing together.',
};
const PART: Record<Language, string> = {
  id: 'Anyelir bercerita tentang sekolah anaknya.',
  en: 'Anyelir spoke about her child’s school.',
};
const question = (id: string) =>
  RISK_QUESTIONS.find((q) => q.questionId === id)?.text ?? { id: '', en: '' };

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a group session across three cases (${language})`, () => {
    const app = appUnderTest();
    const w = catalogs[language];
    const g = w.groups;

    it('is started from a case with two others, written in its shared note and one part, sent, and listed by each case', async () => {
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);
      for (const alias of ALIASES) await newCase(page, alias, language);

      // From the third case: a group session with the other two, chosen by alias.
      await page.getByRole('tab', { name: w.cases.tabs.sessions }).click();
      await page.getByRole('button', { name: g.start, exact: true }).click();
      for (const alias of ALIASES.slice(0, 2)) {
        await page.getByLabel(g.addLabel, { exact: true }).selectOption({ label: alias });
        await page.getByRole('button', { name: g.add, exact: true }).click();
      }
      await page.getByRole('button', { name: g.create }).click();

      // The shared note, with who can read it.
      const shared = page.getByRole('region', { name: g.sharedNote });
      await shared.getByText(g.sharedHint).waitFor();
      await shared.getByRole('textbox').click();
      await page.keyboard.type(SHARED[language]);
      await shared.getByText(w.session.save.saved).waitFor();

      // One participant's own part: their note and their risk screen, in their tab.
      await page.getByRole('tab', { name: new RegExp(`^${ALIASES[0]}`) }).click();
      const part = page.getByRole('tabpanel');
      const note = part.getByRole('region', { name: w.session.note.title });
      await note.getByRole('textbox').click();
      await page.keyboard.type(PART[language]);
      await note.getByText(w.session.save.saved).waitFor();
      const risk = part.getByRole('region', { name: w.session.risk.title });
      for (const id of ['q1WishDead', 'q2SuicidalThoughts', 'q3Method']) {
        const text = labelText(question(id), language);
        await risk.getByRole('group', { name: text }).getByLabel(w.session.risk.yes).check();
      }
      const level = (l: 'moderate' | 'low') =>
        w.session.risk.levelShort.replace('{{level}}', labelText(RISK_LEVEL_LABELS[l], language));
      await risk.getByText(level('moderate')).first().waitFor();

      // Sending is refused while that participant's screen lacks its actions, naming them.
      const send = page.getByRole('button', { name: g.submit });
      await send.click();
      await page
        .getByRole('alert')
        .filter({ hasText: new RegExp(`${ALIASES[0]} \\(`) })
        .waitFor();
      await page
        .screenshot({ path: join(tmpdir(), `pd-group-refused-${language}.png`) })
        .catch(() => undefined);

      // The counselor corrects the screen (no current thoughts): no action is required, it goes.
      await risk
        .getByRole('group', { name: labelText(question('q2SuicidalThoughts'), language) })
        .getByLabel(w.session.risk.no)
        .check();
      await risk.getByText(level('low')).first().waitFor();
      await send.click();
      await page.getByText(g.sent).waitFor();
      for (const alias of ALIASES) {
        await page
          .getByRole('tab', { name: new RegExp(`^${alias}.*${g.review.submitted}`) })
          .waitFor();
      }
      await page
        .screenshot({ path: join(tmpdir(), `pd-group-sent-${language}.png`) })
        .catch(() => undefined);

      // Each case lists it, marked as a group session; a part leads back to the group.
      for (const alias of ALIASES) {
        await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
        await page.getByRole('button', { name: alias, exact: true }).click();
        await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
        await page.getByRole('tab', { name: w.cases.tabs.sessions }).click();
        const item = page.locator('ul.item-list button.item', { hasText: g.badge });
        await item.waitFor();
        if (alias === ALIASES[0]) {
          await item.click();
          await page.getByText(PART[language]).waitFor();
          await page.getByRole('button', { name: g.openGroup }).click();
          await page
            .getByRole('region', { name: g.sharedNote })
            .getByText(SHARED[language])
            .waitFor();
        }
      }
      await page.context().close();
    });
  });
}
