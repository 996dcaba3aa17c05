import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { createVault, unlock } from './support/vault-steps';
import { callApi } from './support/api-socket';

const ALIAS = 'Melati';

async function createCaseWithSession(launchUrl: string): Promise<void> {
  const created = (await callApi(launchUrl, 'cases.create', { alias: ALIAS })) as {
    meta: { id: string };
  };
  await callApi(launchUrl, 'sessions.create', {
    caseId: created.meta.id,
    startsAt: '2025-03-03T02:30:00.000Z',
    durationMinutes: 50,
    channel: 'whatsapp',
  });
  // The face-to-face referral action names a referral record of the case (issue #13, item 9).
  await callApi(launchUrl, 'referrals.create', {
    caseId: created.meta.id,
    target: 'healthFacility',
    toWhom: 'Puskesmas Kecamatan Tambora',
    reason: 'Asesmen tatap muka',
    consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
    followUpDate: '2030-03-05',
  });
}

/** From anywhere in the app to the case's one session: Kasus → the alias → the session. */
async function openTheSession(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Kasus' }).click();
  await page.getByText(ALIAS).first().click();
  await page
    .getByRole('button', { name: /^\d.*WhatsApp/ })
    .first()
    .click();
  await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
}

async function waitUntilSaved(page: Page, region: string): Promise<void> {
  const status = page.getByRole('region', { name: region }).getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Tersimpan');
}

describe('a counselor writes a session', () => {
  const app = appUnderTest();

  it('writes the note, ticks the checklist, screens risk, and finds it all after a restart', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    await createVault(page);
    await createCaseWithSession(app.host.launchUrl);
    await openTheSession(page);

    // The note: the four sections, a sentence, a list; saved in batches.
    const note = page.getByRole('region', { name: 'Catatan sesi' });
    await note.getByRole('button', { name: 'Sisipkan bagian' }).click();
    await note.getByRole('heading', { name: 'Keluhan utama' }).waitFor();
    await page.keyboard.type('Klien cemas setelah kehilangan pekerjaan.');
    await page.keyboard.press('Enter');
    await note.getByRole('button', { name: /Daftar butir/ }).click();
    await page.keyboard.type('tidur terganggu');
    await page.keyboard.press('Enter');
    await page.keyboard.type('menarik diri dari keluarga');
    await waitUntilSaved(page, 'Catatan sesi');

    // What got in the way, and a cue that is easy to miss in a chat.
    await page.getByRole('checkbox', { name: 'Kuota data habis' }).check();
    await page.getByLabel('Jenis isyarat').selectOption('pausesSilence');
    await page.getByLabel('Keterangan').fill('lama tidak membalas saat ditanya soal keluarga');
    await page.getByRole('button', { name: 'Tambah isyarat' }).click();
    await page.getByText('lama tidak membalas saat ditanya soal keluarga').waitFor();

    // Three ticks across two stages; stage 1 stays the current one.
    await page.getByRole('checkbox', { name: /Menjaga rahasia/ }).check();
    await page.getByRole('checkbox', { name: /Melakukan ventilasi/ }).check();
    // Stages other than the current one are folded (issue #12, item 7): open stage 2 first.
    await page
      .getByRole('group', { name: /Tahap 2/ })
      .locator('summary')
      .click();
    await page.getByRole('checkbox', { name: /Mengungkapkan peran/ }).check();
    const stage1 = page.getByRole('group', { name: /Tahap 1/ });
    await stage1.getByText('2/7').waitFor();
    await page
      .getByRole('group', { name: /Tahap 2/ })
      .getByText('1/5')
      .waitFor();
    expect(await stage1.getAttribute('aria-current')).toBe('step');

    // Q3 is asked only after a yes to Q2; a yes to it makes the risk moderate.
    const risk = page.getByRole('region', { name: 'Skrining risiko' });
    expect(await risk.getByRole('group', { name: /bagaimana cara/ }).count()).toBe(0);
    await risk
      .getByRole('group', { name: /berharap sudah mati/ })
      .getByLabel('Ya')
      .check();
    await risk
      .getByRole('group', { name: /berpikir untuk bunuh diri/ })
      .getByLabel('Ya')
      .check();
    await risk
      .getByRole('group', { name: /bagaimana cara/ })
      .getByLabel('Ya')
      .check();
    await risk.getByText('Risiko: sedang').waitFor();
    await risk.getByText('Konseling daring tidak sesuai untuk klien ini.').waitFor();
    await risk.getByText('Belum dicatat: Rujukan tatap muka, Rencana keselamatan.').waitFor();

    await risk.getByLabel(/Catatan rujukan tatap muka/).fill('Puskesmas Kecamatan Tambora, Kamis');
    await risk.getByRole('button', { name: 'Catat Rujukan tatap muka' }).click();
    await risk.getByText('Belum dicatat: Rencana keselamatan.').waitFor();
    await risk.getByText(/Puskesmas Kecamatan Tambora, Kamis/).waitFor();

    // The private note is marked as private.
    const privateNote = page.getByRole('region', { name: 'Catatan pribadi' });
    await privateNote.getByText(/hanya Anda yang dapat membaca/).waitFor();
    await privateNote.getByRole('textbox').click();
    await page.keyboard.type('Saya perlu supervisi untuk kasus ini.');
    await waitUntilSaved(page, 'Catatan pribadi');

    // Leaving right after typing, before the batch is due, loses nothing.
    await note.getByText('menarik diri dari keluarga').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' sejak Januari');
    await page.getByRole('button', { name: /Kembali/ }).click();
    await openTheSession(page);
    await page
      .getByRole('region', { name: 'Catatan sesi' })
      .getByText('menarik diri dari keluarga sejak Januari')
      .waitFor();
    await page.context().close();

    // The core stops and starts again on the same data directory.
    await app.restart();
    const again = await openApp(app.browser, app.host.launchUrl);
    await again.getByRole('heading', { name: 'Buka brankas' }).waitFor();
    await unlock(again);
    await openTheSession(again);

    const noteAgain = again.getByRole('region', { name: 'Catatan sesi' });
    await noteAgain.getByText('Klien cemas setelah kehilangan pekerjaan.').waitFor();
    expect(await noteAgain.getByRole('listitem').allTextContents()).toEqual([
      'tidur terganggu',
      'menarik diri dari keluarga sejak Januari',
    ]);
    for (const heading of ['Keluhan utama', 'Yang digali', 'Intervensi', 'Rencana tindak lanjut']) {
      await noteAgain.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    for (const item of [/Menjaga rahasia/, /Melakukan ventilasi/, /Mengungkapkan peran/]) {
      // Folded stages' ticks count too.
      const box = again.getByRole('checkbox', { name: item, includeHidden: true });
      expect(await box.isChecked()).toBe(true);
    }
    expect(await again.getByRole('checkbox', { name: /Mendorong ekspresi/ }).isChecked()).toBe(
      false,
    );
    expect(await again.getByRole('checkbox', { name: 'Kuota data habis' }).isChecked()).toBe(true);
    await again.getByText('lama tidak membalas saat ditanya soal keluarga').waitFor();
    const riskAgain = again.getByRole('region', { name: 'Skrining risiko' });
    await riskAgain.getByText('Risiko: sedang').waitFor();
    await riskAgain.getByText(/Puskesmas Kecamatan Tambora, Kamis/).waitFor();
    await again
      .getByRole('region', { name: 'Catatan pribadi' })
      .getByText('Saya perlu supervisi untuk kasus ini.')
      .waitFor();
    await again.context().close();
  });
});
