import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { labelText, RISK_ACTION_LABELS, type RiskActionKind } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { appUnderTest } from './support/app-under-test';
import { callApi } from './support/api-socket';
import { caseWithSession, laptopWithVault } from './support/team-steps';

/*
 * Issue #12, items 2 and 6, on a 1366×768 laptop: a counselor finds a returned session from Home
 * in one click and goes back to Home; after recording the required actions in the session, Home
 * no longer lists the case as unhandled.
 */
const ALIAS = 'Melati';
const REASON = 'Tahap 2 belum diisi; lengkapi riwayat.';
const ACTIONS: RiskActionKind[] = ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'];

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    // Scrolled to the top edge may land a fraction of a pixel above it.
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor works from Home’s inbox (${language})`, () => {
    const app = appUnderTest();
    const w = catalogs[language];

    it('opens a returned session in one click, goes back, and clears the risk by recording the actions', async () => {
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);

      // A high-risk session, submitted and returned with a reason (the supervisor's step).
      const url = app.host.launchUrl;
      const { caseId, session } = await caseWithSession(url, ALIAS);
      const sessionId = session.meta.id;
      await callApi(url, 'sessions.answerRisk', {
        sessionId,
        answers: { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q4Intent: 'yes' },
      });
      // Sent without the actions, with a reason (issue #13, item 9); the referral made already.
      await callApi(url, 'review.overrideRiskActions', {
        sessionId,
        reason: 'Klien belum dapat dihubungi; dicatat di sesi berikutnya.',
      });
      await callApi(url, 'referrals.create', {
        caseId,
        target: 'hospital',
        toWhom: 'Poli Jiwa RSUD',
        reason: 'Asesmen tatap muka',
        consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
        followUpDate: '2030-12-01',
      });
      await callApi(url, 'review.submit', { sessionId });
      await callApi(url, 'review.return', { sessionId, text: REASON });

      // Home lists the returned session with its reason; one click opens it at the request.
      await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
      await page.getByRole('navigation').getByRole('button', { name: w.nav.home }).click();
      const returned = page.getByRole('region', { name: w.inbox.returned });
      await returned.getByText(REASON, { exact: false }).waitFor();
      await page
        .screenshot({ path: join(tmpdir(), `pd-home-inbox-${language}.png`) })
        .catch(() => undefined);
      await returned.getByRole('button', { name: new RegExp(ALIAS) }).click();
      await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
      await page.locator('#review-title').waitFor();
      await expect.poll(() => inViewport(page, '#review-title')).toBe(true);

      // Back returns to the inbox it came from, not to the case.
      await page
        .getByRole('button', { name: `← ${w.session.back}` })
        .first()
        .click();
      await page.getByRole('heading', { name: w.nav.home, level: 1 }).waitFor();

      // The unhandled risk opens the risk screen, with the emergency contacts one click away.
      const risk = page.getByRole('region', { name: w.inbox.risk });
      await risk.getByRole('button', { name: new RegExp(ALIAS) }).click();
      await page.locator('#risk-title').waitFor();
      await expect.poll(() => inViewport(page, '#risk-title')).toBe(true);
      await page
        .getByRole('button', { name: new RegExp(w.inbox.emergency.open) })
        .first()
        .click();
      await page.getByText(w.inbox.emergency.national).first().waitFor();
      await page
        .getByRole('link', { name: /119 ext\.? 8/ })
        .first()
        .waitFor();

      // The three required actions, recorded where the risk was found.
      for (const kind of ACTIONS) {
        const action = labelText(RISK_ACTION_LABELS[kind], language);
        await page
          .getByRole('button', { name: w.session.risk.recordOne.replace('{{action}}', action) })
          .click();
        await page
          .getByRole('button', { name: w.session.risk.recordOne.replace('{{action}}', action) })
          .waitFor({ state: 'detached' });
      }
      await page.getByText(w.inbox.caseRisk.allDone).waitFor();

      // Home no longer lists the case as unhandled; the returned session is still there.
      await page
        .getByRole('button', { name: `← ${w.session.back}` })
        .first()
        .click();
      await page.getByRole('heading', { name: w.nav.home, level: 1 }).waitFor();
      await page.getByRole('region', { name: w.inbox.returned }).waitFor();
      expect(await page.getByRole('region', { name: w.inbox.risk }).count()).toBe(0);
      await page
        .screenshot({ path: join(tmpdir(), `pd-home-handled-${language}.png`) })
        .catch(() => undefined);

      // The case agrees: no "not handled" panel.
      await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
      await page.getByText(ALIAS).first().click();
      await page.getByRole('heading', { name: ALIAS }).first().waitFor();
      expect(await page.getByRole('heading', { name: w.cases.risk.unresolvedTitle }).count()).toBe(
        0,
      );
      await page.context().close();
    });
  });
}
