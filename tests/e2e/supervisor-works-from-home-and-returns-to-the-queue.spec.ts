import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { noteEdit } from '../core/support/core-harness';
import { appUnderTest } from './support/app-under-test';
import { callApi } from './support/api-socket';
import { caseWithSession, laptopWithVault, relayForSuite } from './support/team-steps';

/*
 * Issue #12, item 2, for a supervisor on a 1366×768 laptop (one device, a team of one): Home lists
 * the sessions waiting and counts them beside "Telaah"; "← Kembali" from a queue item returns to
 * the queue; a resubmission is listed apart and shows what changed since the last submission.
 */
const ALIAS = 'Kamboja';
const ADDED = 'Tindak lanjut: rujuk ke Puskesmas.';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a supervisor works from Home and the queue (${language})`, () => {
    const app = appUnderTest();
    const w = catalogs[language];
    const relay = relayForSuite();

    it('opens waiting sessions from Home and the queue, goes back to each, and sees a resubmission’s changes', async () => {
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);

      const url = app.host.launchUrl;
      const { session } = await caseWithSession(url, ALIAS);
      const sessionId = session.meta.id;
      await callApi(url, 'documents.update', {
        documentId: session.documentId,
        update: noteEdit(session.documentState, 'Klien cemas soal hutang kontrakan.'),
      });
      await callApi(url, 'review.submit', { sessionId });
      await callApi(url, 'sync.createTeam', { serverUrl: relay.relay.url });

      // Home lists it as waiting; the navigation counts it beside the review screen.
      await nav(page, w.nav.cases);
      await nav(page, w.nav.home);
      const waiting = page.getByRole('region', { name: w.inbox.waiting });
      await waiting.getByRole('button', { name: new RegExp(ALIAS) }).waitFor();
      const reviewButton = page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.review, exact: true });
      expect(await reviewButton.locator('.nav-badge').textContent()).toBe('1');
      await waiting.getByRole('button', { name: new RegExp(ALIAS) }).click();
      await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
      await page
        .getByRole('button', { name: `← ${w.session.back}` })
        .first()
        .click();
      await page.getByRole('heading', { name: w.nav.home, level: 1 }).waitFor();

      // From the queue, "← Kembali" returns to the queue, not to the case.
      await nav(page, w.nav.review);
      const queue = page.getByRole('region', { name: w.review.queue.title });
      await queue.getByRole('button', { name: new RegExp(ALIAS) }).click();
      await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
      await page
        .getByRole('button', { name: `← ${w.session.back}` })
        .first()
        .click();
      await page.getByRole('region', { name: w.review.queue.title }).waitFor();

      // Returned, revised and resubmitted: listed apart, with what changed.
      await callApi(url, 'review.return', { sessionId, text: 'Tambahkan rencana tindak lanjut.' });
      const current = (await callApi(url, 'sessions.get', { sessionId })) as {
        documentState: string;
      };
      await callApi(url, 'documents.update', {
        documentId: session.documentId,
        update: noteEdit(current.documentState, ADDED),
      });
      await callApi(url, 'review.resubmit', { sessionId });
      await nav(page, w.nav.cases);
      await nav(page, w.nav.home);
      const resubmitted = page.getByRole('region', { name: w.inbox.resubmitted });
      await resubmitted.getByRole('button', { name: new RegExp(ALIAS) }).click();
      const changes = page.getByRole('region', { name: w.inbox.changes.title });
      await changes.locator('ins', { hasText: 'Puskesmas' }).waitFor();
      // One click brings the changes into view, above the review controls.
      await expect
        .poll(() =>
          page
            .locator('#changes-title')
            .evaluate((el) => el.getBoundingClientRect().top)
            .then((top) => top >= -1 && top < 768),
        )
        .toBe(true);
      await page
        .screenshot({ path: join(tmpdir(), `pd-resubmission-${language}.png`) })
        .catch(() => undefined);
      await page
        .getByRole('button', { name: `← ${w.session.back}` })
        .first()
        .click();
      await page.getByRole('heading', { name: w.nav.home, level: 1 }).waitFor();
      await page.context().close();
    });
  });
}
