import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { labelText, RISK_ACTION_LABELS, type RiskActionKind } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { appUnderTest } from './support/app-under-test';
import { caseWithSession, laptopWithVault, relayForSuite } from './support/team-steps';

/*
 * Issue #13, item 9, on a 1366×768 laptop: a high-risk session's submit is refused with the
 * missing actions named beside the button and a link to the risk screen; in Bahasa Indonesia the
 * counselor records the actions (the referral one naming a referral of the case) and the session
 * goes; in English they give a reason to go on without them, and the supervisor sees it.
 */
const ALIAS = 'Seruni';
const ACTIONS: RiskActionKind[] = ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'];
const REASONS: Record<Language, string> = {
  id: 'Klien menolak dirujuk hari ini; konselor menelepon lagi besok pagi.',
  en: 'The client refused a referral today; the counselor calls again tomorrow morning.',
};

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a high-risk session waits for its required actions (${language})`, () => {
    const app = appUnderTest();
    const w = catalogs[language];
    const relay = relayForSuite();

    it('refuses the submit with the missing actions in view, then sends it once they are handled', async () => {
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);

      // The counselor founds a team of one (so they also review), a case, a high-risk session.
      const url = app.host.launchUrl;
      await callApi(url, 'sync.createTeam', { serverUrl: relay.relay.url });
      const { caseId, session } = await caseWithSession(url, ALIAS);
      await callApi(url, 'sessions.answerRisk', {
        sessionId: session.meta.id,
        answers: { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q4Intent: 'yes' },
      });
      if (language === 'id') {
        await callApi(url, 'referrals.create', {
          caseId,
          target: 'hospital',
          toWhom: 'Poli Jiwa RSUD Tarakan',
          reason: 'Asesmen tatap muka',
          consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
          followUpDate: '2030-03-05',
        });
      }

      await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
      await page.getByText(ALIAS).first().click();
      await page
        .getByRole('button', { name: /^\d.*WhatsApp/ })
        .first()
        .click();
      await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();

      // Submit is refused; the missing actions are named beside the button, in this language.
      const review = page.getByRole('region', { name: w.review.session.title });
      const submit = review.getByRole('button', { name: w.review.session.submit });
      await submit.click();
      const list = ACTIONS.map((k) => labelText(RISK_ACTION_LABELS[k], language)).join(', ');
      const missing = w.review.gate.missingSend.replace('{{list}}', list);
      await review.getByText(missing).waitFor();
      await page.getByText(w.review.gate.riskActionsMissing.replace('{{list}}', list)).waitFor();
      await expect.poll(() => inViewport(page, '[data-testid="review-gate"]')).toBe(true);
      expect(await review.locator('[data-review-status]').getAttribute('data-review-status')).toBe(
        'draft',
      );
      await page
        .screenshot({ path: join(tmpdir(), `pd-risk-gate-refused-${language}.png`) })
        .catch(() => undefined);

      if (language === 'id') {
        // The link leads to the risk screen, where each action is recorded.
        await review.getByRole('link', { name: w.review.gate.toRisk }).click();
        await expect.poll(() => inViewport(page, '#section-risk')).toBe(true);
        const referralLabel = labelText(RISK_ACTION_LABELS.faceToFaceReferral, language);
        await page
          .getByLabel(w.session.risk.referral.choose)
          .locator('option', { hasText: 'Poli Jiwa RSUD Tarakan' })
          .waitFor({ state: 'attached' });
        for (const kind of ACTIONS) {
          const action = labelText(RISK_ACTION_LABELS[kind], language);
          const record = page.getByRole('button', {
            name: w.session.risk.recordOne.replace('{{action}}', action),
          });
          await record.click();
          await record.waitFor({ state: 'detached' });
        }
        expect(referralLabel).toBe('Rujukan tatap muka');
        await review.getByText(missing).waitFor({ state: 'detached' });
        await submit.click();
        await review.getByText(w.review.status.submitted).first().waitFor();

        // The referral shows the session it came from.
        await page
          .getByRole('button', { name: `← ${w.session.back}` })
          .first()
          .click();
        await page.getByRole('tab', { name: new RegExp(w.cases.tabs.referrals) }).click();
        await page.getByText(/Dari skrining risiko sesi/).waitFor();
      } else {
        // A reason to go on without the actions, kept and shown with who and when.
        await review.getByText(w.review.gate.overrideTitle).click();
        const reason = review.getByLabel(w.review.gate.overrideLabel.replace('{{min}}', '20'));
        // Too short a reason: the method's own rule, in the person's words, before anything is sent.
        await reason.fill('Belum sempat.');
        await review.getByRole('button', { name: w.review.gate.overrideButton }).click();
        await review.getByText(w.review.gate.overrideShort.replace('{{min}}', '20')).waitFor();
        await reason.fill(REASONS[language]);
        await review.getByRole('button', { name: w.review.gate.overrideButton }).click();
        await review.getByText(REASONS[language]).waitFor();
        await review.getByText(missing).waitFor({ state: 'detached' });
        await submit.click();
        await review.getByText(w.review.status.submitted).first().waitFor();

        // The supervisor opens it from the queue and sees the reason beside the sign control.
        await page.getByRole('navigation').getByRole('button', { name: w.nav.review }).click();
        const queue = page.getByRole('region', { name: w.review.queue.title });
        await queue.getByRole('button', { name: new RegExp(ALIAS) }).click();
        await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
        const atReview = page.getByRole('region', { name: w.review.session.title });
        await atReview.getByText(w.review.gate.overrideGiven.replace('{{list}}', list)).waitFor();
        await atReview.getByText(REASONS[language]).waitFor();
        await atReview.getByRole('button', { name: w.review.session.sign }).waitFor();
        await page
          .screenshot({ path: join(tmpdir(), `pd-risk-gate-override-${language}.png`) })
          .catch(() => undefined);
      }
      await page.context().close();
    });
  });
}
