import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { openApp } from './support/browser';
import { selectWords } from './support/select-text';
import { createVault } from './support/vault-steps';
import { teamOnRelay, openSyncedSession } from './support/team-steps';
import type { RunningWebHost } from './support/web-host';

/**
 * Three laptops and a real relay: a counselor writes offline, joins, submits; the supervisor
 * comments and signs; the counselor sees the comment, cannot edit, adds an addendum; the
 * supervisor sees it; another counselor of the same team sees none of it.
 */
const w = catalogs.id;
const ALIAS = 'Seruni';
const FIRST = 'Klien tinggal di pengungsian banjir.';
const SENTENCE = 'Rencana: kunjungan rumah hari Senin.';
const COUNSELOR_NAME = 'Rina Wulandari';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function upToDate(page: Page): Promise<void> {
  await nav(page, w.nav.sync);
  await page
    .getByRole('status')
    // The Sync screen's own state, not the frame's indicator ("Mutakhir per 10.47").
    .filter({ hasText: new RegExp(`^${w.sync.state.upToDate}$`) })
    .waitFor({ timeout: 30_000 });
}

async function invite(page: Page): Promise<string> {
  const code = page.getByTestId('invite-code');
  const before = (await code.count()) > 0 ? await code.textContent() : null;
  await page.getByRole('button', { name: w.sync.invite }).click();
  await expect
    .poll(async () => ((await code.count()) > 0 ? await code.textContent() : null), {
      timeout: 15_000,
    })
    .not.toBe(before);
  const text = (await code.textContent()) ?? '';
  expect(text).toMatch(/^PDMP2-[0-9A-HJKMNP-TV-Z-]+$/);
  return text;
}

async function joinTeam(page: Page, code: string): Promise<void> {
  await nav(page, w.nav.sync);
  await page.getByLabel(w.sync.code).fill(code);
  await page.getByRole('button', { name: w.sync.join }).click();
  await upToDate(page);
}

/**
 * Two people compare the safety number each screen shows for the other, read it aloud (here:
 * read both screens), and mark each other verified.
 */
async function compareSafetyNumbers(a: Page, b: Page): Promise<void> {
  const read = async (page: Page): Promise<string> => {
    await nav(page, w.nav.sync);
    const show = page.getByRole('button', { name: w.sync.safety.show }).first();
    await show.waitFor({ timeout: 30_000 });
    await show.click();
    return (await page.locator('[data-testid^="safety-number-"]').first().textContent()) ?? '';
  };
  const seenByA = await read(a);
  const seenByB = await read(b);
  expect(seenByA).toMatch(/^(\d{5} ){11}\d{5}$/);
  expect(seenByB).toBe(seenByA);
  for (const page of [a, b]) {
    await page.getByRole('button', { name: w.sync.safety.match }).click();
    await page.getByText(w.sync.safety.verified, { exact: true }).waitFor();
  }
}

describe('a team reviews a session across laptops', () => {
  const team = teamOnRelay(3);

  it('carries the review both ways and a team checklist, and shows nothing to another counselor', async () => {
    const [supervisorHost, counselorHost, otherHost] = team.hosts as [
      RunningWebHost,
      RunningWebHost,
      RunningWebHost,
    ];
    const supervisor = await openApp(team.browser, supervisorHost.launchUrl);
    await createVault(supervisor);
    await nav(supervisor, w.nav.sync);
    const address = supervisor.getByLabel(w.sync.serverUrl);
    const create = supervisor.getByRole('button', { name: w.sync.create });
    const trial = supervisor.getByLabel(w.sync.allowInsecure);
    // A wrong address says why beside the field; plain ws:// elsewhere offers only a trial.
    await address.fill('http://127.0.0.1:8787');
    await supervisor.getByText(w.sync.relayAddress.scheme).waitFor();
    expect(await create.isDisabled()).toBe(true);
    expect(await trial.count()).toBe(0);
    await address.fill('ws://192.0.2.10:8787');
    await supervisor.getByText(w.sync.relayAddress.insecure).waitFor();
    expect(await create.isDisabled()).toBe(true);
    await trial.check();
    expect(await create.isDisabled()).toBe(false);
    await address.fill(team.relay.url);
    expect(await trial.count()).toBe(0);
    await create.click();
    await upToDate(supervisor);
    const counselorCode = await invite(supervisor);
    const otherCode = await invite(supervisor);

    // The counselor writes in the field before ever joining the team.
    const counselor = await openApp(team.browser, counselorHost.launchUrl);
    await createVault(counselor);
    await nav(counselor, w.nav.cases);
    await counselor.getByRole('button', { name: w.cases.newCase.open }).click();
    await counselor.getByLabel(w.cases.newCase.alias, { exact: true }).fill(ALIAS);
    await counselor.getByRole('button', { name: w.cases.newCase.create }).click();
    await counselor.getByRole('tab', { name: w.cases.tabs.sessions }).click();
    await counselor.getByRole('button', { name: w.cases.sessions.new }).click();
    await counselor.getByRole('button', { name: w.cases.sessions.create }).click();
    const note = counselor.getByRole('region', { name: w.session.note.title });
    await note.getByRole('textbox').click();
    await counselor.keyboard.type(`${FIRST} ${SENTENCE}`);
    await note.getByText(w.session.save.saved).waitFor();

    await joinTeam(counselor, counselorCode);
    await compareSafetyNumbers(supervisor, counselor);
    // The counselor names themselves for the team: the supervisor sees the name, not a number.
    await counselor.getByLabel(w.sync.displayName.label).fill(COUNSELOR_NAME);
    await counselor.getByRole('button', { name: w.sync.displayName.save }).click();
    await counselor.getByText(w.sync.displayName.saved).waitFor();
    await openSyncedSession(counselor, ALIAS);
    const counselorReview = counselor.getByRole('region', { name: w.review.session.title });
    await counselorReview.getByRole('button', { name: w.review.session.submit }).click();
    await counselorReview.getByText(w.review.status.submitted).first().waitFor();
    await upToDate(counselor);

    // The supervisor finds it in the queue, comments on the sentence, signs.
    await expect
      .poll(
        async () => {
          await nav(supervisor, w.nav.review);
          const queue = supervisor.getByRole('region', { name: w.review.queue.title });
          return queue.getByRole('button', { name: new RegExp(ALIAS) }).count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () => {
          await nav(supervisor, w.nav.review);
          return supervisor
            .getByRole('region', { name: w.review.queue.title })
            .getByRole('button', { name: new RegExp(COUNSELOR_NAME) })
            .count();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await supervisor
      .getByRole('region', { name: w.review.queue.title })
      .getByRole('button', { name: new RegExp(ALIAS) })
      .click();
    // The counselor's note is read-only to the supervisor: the sentence is selected as by mouse.
    const supervisorNote = supervisor.getByRole('region', { name: w.session.note.title });
    await selectWords(supervisorNote.getByRole('textbox'), SENTENCE);
    const comments = supervisor.getByRole('region', { name: w.review.comments.title });
    await comments.getByRole('button', { name: w.review.comments.onSelection }).click();
    await comments
      .getByLabel(w.review.comments.label)
      .fill('Senin tanggal berapa? Siapa yang ikut?');
    await comments.getByRole('button', { name: w.review.comments.add }).click();
    await comments.getByRole('listitem').filter({ hasText: 'Siapa yang ikut' }).waitFor();
    const supervisorReview = supervisor.getByRole('region', { name: w.review.session.title });
    await supervisorReview.getByRole('button', { name: w.review.session.sign }).click();
    await supervisorReview
      .getByRole('alertdialog')
      .getByRole('button', { name: w.review.session.sign })
      .click();
    await supervisorReview.getByText(w.review.status.signed).first().waitFor();
    await upToDate(supervisor);

    // The supervisor keeps the signed session open while the counselor answers.
    await expect
      .poll(
        async () => {
          await nav(supervisor, w.nav.review);
          const queue = supervisor.getByRole('region', { name: w.review.queue.title });
          await queue.getByLabel(w.review.queue.status).selectOption('signed');
          return queue.getByRole('button', { name: new RegExp(ALIAS) }).count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    await supervisor
      .getByRole('region', { name: w.review.queue.title })
      .getByRole('button', { name: new RegExp(ALIAS) })
      .click();
    await supervisor.getByRole('region', { name: w.review.addenda.title }).waitFor();

    // The counselor sees the comment and the signature, cannot edit, adds an addendum.
    await expect
      .poll(
        async () => {
          await openSyncedSession(counselor, ALIAS);
          return counselor
            .getByRole('region', { name: w.review.comments.title })
            .getByText('Siapa yang ikut')
            .count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    await expect
      .poll(() => counselor.locator('[data-signature]').getAttribute('data-signature'), {
        timeout: 15_000,
      })
      .toBe('valid');
    // Signed by a supervisor of the team: no warning about the signer's authority.
    expect(await counselor.locator('.signer-role').count()).toBe(0);
    const locked = counselor
      .getByRole('region', { name: w.session.note.title })
      .getByRole('textbox');
    expect(await locked.getAttribute('contenteditable')).toBe('false');
    const addenda = counselor.getByRole('region', { name: w.review.addenda.title });
    await addenda
      .getByLabel(w.review.addenda.label)
      .fill('Koreksi: kunjungan Senin 2 Desember bersama RT.');
    await addenda.getByRole('button', { name: w.review.addenda.add }).click();
    await addenda.getByRole('listitem').filter({ hasText: 'bersama RT' }).waitFor();
    await upToDate(counselor);

    // The supervisor sees the addendum arrive in the session already open, without reopening it.
    await supervisor
      .getByRole('region', { name: w.review.addenda.title })
      .getByText('Koreksi: kunjungan Senin 2 Desember bersama RT.')
      .waitFor({ timeout: 15_000 });

    // The supervisor adds a checklist item for the team; the counselor's next session has it.
    await nav(supervisor, w.nav.sync);
    await supervisor.getByLabel(w.sync.templates.choose).selectOption('who2004');
    const stageOne = supervisor.locator('.template-editor fieldset').first();
    await stageOne.getByRole('button', { name: w.sync.templates.add }).click();
    await stageOne.getByLabel(w.sync.templates.labelId).last().fill('Meminta persetujuan klien');
    await stageOne.getByLabel(w.sync.templates.labelEn).last().fill("Ask for the client's consent");
    await supervisor
      .getByRole('button', { name: w.sync.templates.publish.replace('{{version}}', '2') })
      .click();
    await supervisor.getByText(w.sync.templates.published.replace('{{version}}', '2')).waitFor();
    await upToDate(supervisor);
    await expect
      .poll(
        async () => {
          await nav(counselor, w.nav.cases);
          await counselor.getByRole('button', { name: ALIAS, exact: true }).click();
          await counselor.getByRole('tab', { name: w.cases.tabs.sessions }).click();
          await counselor.getByRole('button', { name: w.cases.sessions.new }).click();
          const template = counselor.getByLabel(w.cases.sessions.template);
          const text = (await template.locator('option:checked').textContent()) ?? '';
          if (!text.endsWith('v2')) {
            await counselor.getByRole('button', { name: w.cases.common.cancel }).click();
            return false;
          }
          await counselor.getByRole('button', { name: w.cases.sessions.create }).click();
          return true;
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(true);
    await counselor.getByRole('checkbox', { name: /^Meminta persetujuan klien/ }).waitFor();

    // Another counselor of the same team sees none of it.
    const other = await openApp(team.browser, otherHost.launchUrl);
    await createVault(other);
    await joinTeam(other, otherCode);
    await nav(other, w.nav.cases);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await other.getByRole('button', { name: ALIAS, exact: true }).count()).toBe(0);
  });
});
