import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { appUnderTest } from './support/app-under-test';
import { openApp } from './support/browser';
import { createVault, unlock } from './support/vault-steps';
import { callApi } from './support/api-socket';
import { caseWithSession, relayForSuite } from './support/team-steps';

const ALIAS = 'Kenanga';
const FIRST = 'Klien cemas soal hutang kontrakan.';
const SENTENCE = 'Rencana: bertemu lagi hari Kamis.';
const w = catalogs.id.review;

async function waitUntilSaved(page: Page): Promise<void> {
  const status = page.getByRole('region', { name: 'Catatan sesi' }).getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Tersimpan');
}

async function openFromQueue(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Telaah' }).click();
  const queue = page.getByRole('region', { name: w.queue.title });
  await queue.getByRole('button', { name: new RegExp(ALIAS) }).click();
  await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
}

describe('a supervisor reviews a session (one device, in a team of one)', () => {
  const app = appUnderTest();
  const relay = relayForSuite();

  it('submits, queues, comments on a sentence, signs, locks, and takes an addendum', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await createVault(page);
    await caseWithSession(app.host.launchUrl, ALIAS, '2025-03-03T02:30:00.000Z');

    // The counselor writes the note and submits the session.
    await page.getByRole('navigation').getByRole('button', { name: 'Kasus' }).click();
    await page.getByText(ALIAS).first().click();
    await page
      .getByRole('button', { name: /^\d.*WhatsApp/ })
      .first()
      .click();
    const note = page.getByRole('region', { name: 'Catatan sesi' });
    await note.getByRole('textbox').click();
    await page.keyboard.type(`${FIRST} ${SENTENCE}`);
    await waitUntilSaved(page);
    const review = page.getByRole('region', { name: w.session.title });
    await review.getByRole('button', { name: w.session.submit }).click();
    await review.getByText(w.status.submitted).first().waitFor();

    // In no team, nobody may sign: the button is not offered, and the panel says why.
    await review.getByText(w.session.onlySupervisorSigns).waitFor();
    expect(await review.getByRole('button', { name: w.session.sign }).count()).toBe(0);
    await callApi(app.host.launchUrl, 'sync.createTeam', { serverUrl: relay.relay.url });

    // The review screen lists it; opening it opens the session.
    await openFromQueue(page);

    // A comment on one sentence: select it in the note, then comment.
    await note.getByText(FIRST).click();
    await page.keyboard.press('End');
    for (let i = 0; i < SENTENCE.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    const comments = page.getByRole('region', { name: w.comments.title });
    await comments.getByRole('button', { name: w.comments.onSelection }).click();
    await comments.getByLabel(w.comments.label).fill('Kamis tanggal berapa? Catat jamnya.');
    await comments.getByRole('button', { name: w.comments.add }).click();
    const comment = comments.getByRole('listitem').filter({ hasText: 'Catat jamnya' });
    await comment.waitFor();
    expect(await comment.locator('blockquote').textContent()).toBe(SENTENCE);

    // The supervisor signs; the signature verifies and the note is locked.
    await review.getByRole('button', { name: w.session.sign }).click();
    await review.getByRole('alertdialog').getByRole('button', { name: w.session.sign }).click();
    await review.getByText(w.status.signed).first().waitFor();
    const banner = page.locator('[data-signature]');
    await expect.poll(() => banner.getAttribute('data-signature')).toBe('valid');
    await page.getByText(/Tanda tangan terverifikasi/).waitFor();
    // Signed by the team's supervisor: no note about the signer's authority.
    expect(await page.locator('.signer-role').count()).toBe(0);
    const editor = note.getByRole('textbox');
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    await editor.click();
    await page.keyboard.type('tidak boleh masuk');
    expect(await note.textContent()).not.toContain('tidak boleh masuk');
    // The checklist, details and risk screen are part of what was signed: shown as values, not
    // as disabled controls (issue #12, item 4).
    await page.setViewportSize({ width: 1366, height: 768 });
    const values = page.locator('#section-checklist, #section-details, #section-risk');
    await page.getByRole('img', { name: catalogs.id.sessionValues.notTicked }).first().waitFor();
    expect(await values.getByRole('checkbox', { includeHidden: true }).count()).toBe(0);
    expect(await values.getByRole('radio', { includeHidden: true }).count()).toBe(0);
    expect(await values.getByRole('textbox', { includeHidden: true }).count()).toBe(0);
    expect(await values.getByRole('combobox', { includeHidden: true }).count()).toBe(0);
    expect(await values.locator('button:disabled, fieldset:disabled').count()).toBe(0);
    const details = page.locator('#section-details');
    await details.getByText(catalogs.id.session.details.startsAt).waitFor();
    await details.getByText('WhatsApp').waitFor();

    // A correction is an addendum, shown apart with who and when.
    const addenda = page.getByRole('region', { name: w.addenda.title });
    await addenda.getByLabel(w.addenda.label).fill('Koreksi: pertemuan Kamis pukul 10.00.');
    await addenda.getByRole('button', { name: w.addenda.add }).click();
    await addenda.getByRole('listitem').filter({ hasText: 'pukul 10.00' }).waitFor();
    expect(await note.textContent()).not.toContain('pukul 10.00');

    // After a restart the signature still verifies and the trail shows what happened.
    await page.context().close();
    await app.restart();
    const again = await openApp(app.browser, app.host.launchUrl);
    await unlock(again);
    await again.getByRole('navigation').getByRole('button', { name: 'Telaah' }).click();
    const audit = again.getByRole('region', { name: w.audit.title });
    await audit.locator('[data-audit="valid"]').waitFor();
    await audit.getByRole('cell', { name: w.audit.kinds.signed }).first().waitFor();
    const queue = again.getByRole('region', { name: w.queue.title });
    await queue.getByLabel(w.queue.status).selectOption('signed');
    await queue.getByRole('button', { name: new RegExp(ALIAS) }).click();
    await again.getByText(/Tanda tangan terverifikasi/).waitFor();
    await again.getByText('Koreksi: pertemuan Kamis pukul 10.00.').waitFor();
    await again.context().close();
  });
});
