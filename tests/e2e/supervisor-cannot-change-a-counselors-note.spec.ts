import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { selectWords } from './support/select-text';
import { createVault } from './support/vault-steps';
import { teamOnRelay, openSyncedSession } from './support/team-steps';
import type { RunningWebHost } from './support/web-host';

/**
 * Issue #12, items 1 and 4, on two laptops at 1366×768 through a real relay: the supervisor
 * cannot change the counselor's note (the screen offers no editor, the core refuses the change
 * all the same), their comment and addendum carry their name, and each person sees only the
 * review controls of their role.
 */
const w = catalogs.id;
const ALIAS = 'Anggrek';
const FIRST = 'Klien bekerja sebagai ojek daring.';
const SENTENCE = 'Rencana: telepon lagi hari Jumat.';
const SUPERVISOR = 'Sari Handayani';
const COUNSELOR = 'Rina Wulandari';
const shots = mkdtempSync(join(tmpdir(), 'pd-role-screens-'));

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function openPage(browser: Browser, launchUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(launchUrl);
  return page;
}

/** The review controls a page offers, by name, so each role's set can be compared whole. */
async function reviewControls(page: Page): Promise<string[]> {
  const review = page.getByRole('region', { name: w.review.session.title });
  const names = [
    w.review.session.submit,
    w.review.session.returnButton,
    w.review.session.sign,
    w.review.session.answerButton,
    w.review.session.resubmit,
  ];
  const shown: string[] = [];
  for (const name of names) {
    if ((await review.getByRole('button', { name, exact: true }).count()) > 0) shown.push(name);
  }
  for (const label of [
    w.review.session.returnLabel,
    w.review.session.answerLabel,
    w.review.session.submitNote,
  ]) {
    if ((await review.getByLabel(label).count()) > 0) shown.push(label);
  }
  return shown;
}

describe("a supervisor cannot change a counselor's note", () => {
  const team = teamOnRelay(2);

  it('keeps the note as the counselor wrote it, puts the supervisor’s words under their name, and shows each role only its own controls', async () => {
    const [supervisorHost, counselorHost] = team.hosts as [RunningWebHost, RunningWebHost];
    const supervisor = await openPage(team.browser, supervisorHost.launchUrl);
    await createVault(supervisor);
    await callApi(supervisorHost.launchUrl, 'sync.createTeam', { serverUrl: team.relay.url });
    await callApi(supervisorHost.launchUrl, 'sync.setDisplayName', { name: SUPERVISOR });
    const { code } = await callApi(supervisorHost.launchUrl, 'sync.invite', { role: 'counselor' });

    const counselor = await openPage(team.browser, counselorHost.launchUrl);
    await createVault(counselor);
    await callApi(counselorHost.launchUrl, 'sync.join', { code });
    await callApi(counselorHost.launchUrl, 'sync.setDisplayName', { name: COUNSELOR });
    const created = await callApi(counselorHost.launchUrl, 'cases.create', { alias: ALIAS });
    const session = await callApi(counselorHost.launchUrl, 'sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-12-07T02:00:00.000Z',
      durationMinutes: 45,
      channel: 'whatsapp',
    });
    const sessionId = session.meta.id;

    // The counselor writes and submits; they are offered submitting, never returning or signing.
    await openSyncedSession(counselor, ALIAS);
    const note = counselor.getByRole('region', { name: w.session.note.title });
    await note.getByRole('textbox').click();
    await counselor.keyboard.type(`${FIRST} ${SENTENCE}`);
    await note.getByText(w.session.save.saved).waitFor();
    expect(await reviewControls(counselor)).toEqual([
      w.review.session.submit,
      w.review.session.submitNote,
    ]);
    const counselorReview = counselor.getByRole('region', { name: w.review.session.title });
    await counselorReview.getByRole('button', { name: w.review.session.submit }).click();
    await counselorReview.getByText(w.review.status.submitted).first().waitFor();
    expect(await reviewControls(counselor)).toEqual([]);
    // Nor the review screen in the navigation (issue #12, item 4): returned sessions are on Home.
    const counselorNav = counselor.getByRole('navigation', { name: w.app.name, exact: true });
    await counselorNav.getByRole('button', { name: w.nav.cases }).waitFor();
    expect(await counselorNav.getByRole('button', { name: w.nav.review }).count()).toBe(0);
    await counselor.screenshot({ path: join(shots, 'counselor-submitted.png') });

    // The supervisor opens it from the queue.
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
    await supervisor
      .getByRole('region', { name: w.review.queue.title })
      .getByRole('button', { name: new RegExp(ALIAS) })
      .click();
    const theirNote = supervisor.getByRole('region', { name: w.session.note.title });
    await theirNote.getByText(FIRST).waitFor();
    // Whose note it is, and where the supervisor's words go instead.
    await theirNote.getByRole('note').filter({ hasText: COUNSELOR }).waitFor();
    const editor = theirNote.getByRole('textbox');
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await theirNote.getByRole('toolbar').count()).toBe(0);
    const before = await editor.textContent();
    await editor.click();
    await supervisor.keyboard.type('Ditambah supervisor.');
    await supervisor.keyboard.press('Enter');
    expect(await editor.textContent()).toBe(before);
    // Not the screen alone: the core refuses the change when it is sent all the same.
    const seen = await callApi(supervisorHost.launchUrl, 'sessions.get', { sessionId });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Buffer.from(seen.documentState, 'base64'));
    const sv = Y.encodeStateVector(copy);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Ditambah supervisor.')]);
    copy.getXmlFragment('note').push([paragraph]);
    await expect(
      callApi(supervisorHost.launchUrl, 'documents.update', {
        documentId: seen.documentId,
        update: Buffer.from(Y.encodeStateAsUpdate(copy, sv)).toString('base64'),
      }),
    ).rejects.toThrow(/bad_request/);
    // "Who wrote this": every character still in the note is the counselor's.
    await theirNote.getByText(w.review.authorship.show).click();
    await theirNote
      // (The name is marked unverified until safety numbers are compared.)
      .getByText(new RegExp(`^${COUNSELOR}.*: ${FIRST.length + 1 + SENTENCE.length} karakter$`))
      .waitFor();

    // The supervisor is offered returning and signing, never submitting, answering or resubmitting.
    expect(await reviewControls(supervisor)).toEqual([
      w.review.session.returnButton,
      w.review.session.sign,
      w.review.session.returnLabel,
    ]);

    // The counselor's checklist, details and risk screen are values to the supervisor, not
    // disabled controls (issue #12, item 4).
    const values = supervisor.locator('#section-checklist, #section-details, #section-risk');
    await values.getByRole('img', { name: w.sessionValues.notTicked }).first().waitFor();
    for (const role of ['checkbox', 'radio', 'textbox', 'combobox', 'spinbutton'] as const) {
      expect(await values.getByRole(role, { includeHidden: true }).count()).toBe(0);
    }
    expect(await values.locator('button:disabled, fieldset:disabled').count()).toBe(0);
    await values.getByText('WhatsApp').waitFor();
    await values.getByText(w.sessionValues.notAnswered).first().waitFor();
    await supervisor.screenshot({ path: join(shots, 'supervisor-reads-values.png') });

    // A comment on the sentence and an addendum, each under the supervisor's name.
    await selectWords(editor, SENTENCE);
    const comments = supervisor.getByRole('region', { name: w.review.comments.title });
    await comments.getByRole('button', { name: w.review.comments.onSelection }).click();
    await comments.getByLabel(w.review.comments.label).fill('Jumat jam berapa?');
    await comments.getByRole('button', { name: w.review.comments.add }).click();
    const comment = comments.getByRole('listitem').filter({ hasText: 'Jumat jam berapa?' });
    await comment.waitFor();
    expect(await comment.locator('blockquote').textContent()).toBe(SENTENCE);
    expect(await comment.textContent()).toContain(SUPERVISOR);
    const addenda = supervisor.getByRole('region', { name: w.review.addenda.title });
    await addenda.getByText(w.review.addenda.reviewerIntro).waitFor();
    await addenda.getByLabel(w.review.addenda.label).fill('Pertimbangkan rujukan ke puskesmas.');
    await addenda.getByRole('button', { name: w.review.addenda.add }).click();
    const addendum = addenda.getByRole('listitem').filter({ hasText: 'rujukan ke puskesmas' });
    await addendum.waitFor();
    expect(await addendum.textContent()).toContain(SUPERVISOR);
    expect(await editor.textContent()).toBe(before);
    await supervisor.screenshot({ path: join(shots, 'supervisor-reviews.png'), fullPage: true });

    // Returned: now the counselor answers and resubmits, and the supervisor only waits.
    const supervisorReview = supervisor.getByRole('region', { name: w.review.session.title });
    await supervisorReview
      .getByLabel(w.review.session.returnLabel)
      .fill('Tambahkan siapa yang mendampingi klien.');
    await supervisorReview.getByRole('button', { name: w.review.session.returnButton }).click();
    await supervisorReview.getByText(w.review.session.waitingForRevision).waitFor();
    expect(await reviewControls(supervisor)).toEqual([]);

    await expect
      .poll(
        async () => {
          await openSyncedSession(counselor, ALIAS);
          return counselor
            .getByRole('region', { name: w.review.session.title })
            .getByText('Tambahkan siapa yang mendampingi klien.')
            .count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    expect(await reviewControls(counselor)).toEqual([
      w.review.session.answerButton,
      w.review.session.resubmit,
      w.review.session.answerLabel,
    ]);
    const mine = counselor.getByRole('region', { name: w.session.note.title });
    expect(await mine.getByRole('textbox').getAttribute('contenteditable')).toBe('true');
    expect(await mine.textContent()).not.toContain('Ditambah supervisor');
    expect(await mine.getByRole('note').count()).toBe(0);
    const theirComment = counselor
      .getByRole('region', { name: w.review.comments.title })
      .getByRole('listitem')
      .filter({ hasText: 'Jumat jam berapa?' });
    expect(await theirComment.textContent()).toContain(SUPERVISOR);
    const theirAddendum = counselor
      .getByRole('region', { name: w.review.addenda.title })
      .getByRole('listitem')
      .filter({ hasText: 'rujukan ke puskesmas' });
    expect(await theirAddendum.textContent()).toContain(SUPERVISOR);
    // The counselor, who writes the note, is not offered an addendum before sign-off.
    expect(
      await counselor
        .getByRole('region', { name: w.review.addenda.title })
        .getByLabel(w.review.addenda.label)
        .count(),
    ).toBe(0);
    await counselor.screenshot({ path: join(shots, 'counselor-returned.png'), fullPage: true });
  });
});
