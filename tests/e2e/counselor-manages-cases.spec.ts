import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/browser';
import { appUnderTest } from './support/app-under-test';
import { fillDateField } from './support/date-field';
import { createVault } from './support/vault-steps';
import { startWebHost } from './support/web-host';

/** A local calendar day `offset` days from today, as a date field keeps it. */
function day(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The words a counselor sees, per language: the same flow runs in both. */
const WORDS = {
  id: {
    language: 'id' as 'id' | 'en',
    home: 'Beranda',
    cases: 'Kasus',
    search: 'Cari',
    directory: 'Direktori',
    newCase: 'Kasus baru',
    alias: 'Nama samaran',
    createCase: 'Buat kasus',
    newContact: 'Kontak baru',
    kind: 'Jenis',
    name: 'Nama',
    phone: 'Telepon',
    notes: 'Catatan',
    save: 'Simpan',
    referrals: 'Rujukan',
    newReferral: 'Rujukan baru',
    fromDirectory: 'Pilih dari direktori',
    toWhom: 'Dirujuk kepada',
    reason: 'Alasan rujukan',
    consentGiven: 'Klien memberi persetujuan',
    consentScope: 'Yang disetujui untuk dibagikan',
    consentMethod: 'Cara persetujuan',
    followUpDate: 'Tanggal tindak lanjut',
    saveReferral: 'Simpan rujukan',
    overdue3: 'terlambat 3 hari',
    overdueBlock: 'Tindak lanjut rujukan yang terlambat',
    markMade: 'Tandai sudah dirujuk',
    markAccepted: 'Tandai diterima layanan',
    outreach: 'Penjangkauan',
    recordOutreach: 'Catat penjangkauan',
    outreachKind: 'Jenis kegiatan',
    counterpart: 'Pihak yang dijangkau',
    outcome: 'Hasil',
    saveActivity: 'Simpan kegiatan',
    resilience: 'Resiliensi',
    newAssessment: 'Asesmen baru',
    assessmentDate: 'Tanggal asesmen',
    capacities: ['Regulasi emosi', 'Optimisme', 'Efikasi diri'],
    symptoms: 'Gejala (asesmen cepat)',
    tension: 'Ketegangan',
    saveAssessment: 'Simpan asesmen',
    meanCapacity: 'Rata-rata kemampuan',
    change: 'Perubahan sejak asesmen pertama',
    searchLabel: 'Cari di semua catatan',
    nothing: 'Tidak ada yang cocok',
  },
  en: {
    language: 'en' as 'id' | 'en',
    home: 'Home',
    cases: 'Cases',
    search: 'Search',
    directory: 'Directory',
    newCase: 'New case',
    alias: 'Alias',
    createCase: 'Create case',
    newContact: 'New contact',
    kind: 'Kind',
    name: 'Name',
    phone: 'Phone',
    notes: 'Notes',
    save: 'Save',
    referrals: 'Referrals',
    newReferral: 'New referral',
    fromDirectory: 'Pick from the directory',
    toWhom: 'Referred to',
    reason: 'Reason for referral',
    consentGiven: 'The client consents',
    consentScope: 'What may be shared',
    consentMethod: 'How consent was given',
    followUpDate: 'Follow-up date',
    saveReferral: 'Save referral',
    overdue3: '3 days overdue',
    overdueBlock: 'Overdue referral follow-ups',
    markMade: 'Mark as made',
    markAccepted: 'Mark accepted by the service',
    outreach: 'Outreach',
    recordOutreach: 'Record outreach',
    outreachKind: 'Kind of activity',
    counterpart: 'Who was reached',
    outcome: 'Outcome',
    saveActivity: 'Save activity',
    resilience: 'Resilience',
    newAssessment: 'New assessment',
    assessmentDate: 'Assessment date',
    capacities: ['Emotion regulation', 'Optimism', 'Self-efficacy'],
    symptoms: 'Symptoms (rapid assessment)',
    tension: 'Tension',
    saveAssessment: 'Save assessment',
    meanCapacity: 'Mean capacity',
    change: 'Change since the first assessment',
    searchLabel: 'Search all records',
    nothing: 'Nothing matches',
  },
};
type Words = (typeof WORDS)['id'];

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function createCase(page: Page, w: Words, alias: string): Promise<void> {
  await nav(page, w.cases);
  await page.getByRole('button', { name: w.newCase }).click();
  await page.getByLabel(w.alias, { exact: true }).fill(alias);
  await page.getByRole('button', { name: w.createCase }).click();
  await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
}

async function addContact(page: Page, w: Words, name: string, phone: string): Promise<void> {
  await nav(page, w.directory);
  await page.getByRole('button', { name: w.newContact }).click();
  await page.getByLabel(w.kind, { exact: true }).selectOption('healthFacility');
  await page.getByLabel(w.name, { exact: true }).fill(name);
  await page.getByLabel(w.phone, { exact: true }).fill(phone);
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await page.getByRole('rowheader', { name }).waitFor();
}

async function openCase(page: Page, w: Words, alias: string): Promise<void> {
  await nav(page, w.cases);
  await page.getByRole('button', { name: alias, exact: true }).click();
  await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
}

/** A referral to a directory contact, with consent, whose follow-up was due three days ago. */
async function referFromDirectory(page: Page, w: Words, contact: string, reason: string) {
  await page.getByRole('tab', { name: w.referrals }).click();
  await page.getByRole('button', { name: w.newReferral }).click();
  const picker = page.getByLabel(w.fromDirectory);
  const option = picker.locator('option', { hasText: contact });
  await picker.selectOption((await option.getAttribute('value')) ?? '');
  expect(await page.getByLabel(w.toWhom, { exact: true }).inputValue()).toBe(contact);
  await page.getByLabel(w.reason).fill(reason);
  await page.getByLabel(w.consentGiven).check();
  await page.getByLabel(w.consentScope).fill('alias + ringkasan masalah');
  await page.getByLabel(w.consentMethod).selectOption('written');
  await fillDateField(page, w.followUpDate, day(-3), w.language);
  await page.getByRole('button', { name: w.saveReferral }).click();
  await page.locator('.referral').getByText(w.overdue3).waitFor();
  // Only the moves the domain allows are offered: planned → made, then made → accepted.
  await page.getByRole('button', { name: w.markMade }).click();
  await page.getByRole('button', { name: w.markAccepted }).waitFor();
}

async function recordOutreach(page: Page, w: Words, counterpart: string): Promise<void> {
  await page.getByRole('tab', { name: w.outreach }).click();
  await page.getByRole('button', { name: w.recordOutreach }).click();
  await page.getByLabel(w.outreachKind).selectOption('rtRw');
  await page.getByLabel(w.counterpart).fill(counterpart);
  await page.getByLabel(w.outcome, { exact: true }).fill('RW 05 siap mendampingi');
  await page.getByRole('button', { name: w.saveActivity }).click();
  await page.getByRole('cell', { name: counterpart }).waitFor();
}

async function assessTwice(page: Page, w: Words): Promise<void> {
  await page.getByRole('tab', { name: w.resilience }).click();
  for (const [date, score, often] of [
    [day(-20), '2', '2'],
    [day(-1), '4', '0'],
  ] as const) {
    await page.getByRole('button', { name: w.newAssessment }).click();
    await fillDateField(page, w.assessmentDate, date, w.language);
    for (const capacity of w.capacities) {
      await page.getByLabel(capacity, { exact: true }).selectOption(score);
    }
    await page
      .getByRole('group', { name: w.symptoms })
      .getByLabel(w.tension, { exact: true })
      .selectOption(often);
    await page.getByRole('button', { name: w.saveAssessment }).click();
    await page.getByRole('button', { name: w.newAssessment }).waitFor();
  }
  await page.locator('.recharts-line').first().waitFor();
  expect(await page.locator('.recharts-line').count()).toBeGreaterThanOrEqual(2);
  await page.locator('.recharts-legend-wrapper').getByText(w.meanCapacity).waitFor();
  await page.getByRole('heading', { name: w.change }).waitFor();
}

async function searchFor(page: Page, w: Words, word: string, alias: string): Promise<void> {
  await nav(page, w.search);
  await page.getByLabel(w.searchLabel).fill(word);
  const mark = page.locator('mark', { hasText: word });
  await mark.first().waitFor();
  await page.getByRole('heading', { name: alias, level: 2 }).waitFor();
  await mark.first().click();
  await page.getByRole('heading', { name: alias, level: 1 }).waitFor();
  await nav(page, w.search);
  await page.getByLabel(w.searchLabel).fill('tidakadakatasepertiini');
  await page.getByText(w.nothing).waitFor();
}

describe('a counselor manages cases, referrals, outreach and resilience', () => {
  const app = appUnderTest();

  it('in Bahasa Indonesia: from an alias-only case to an overdue referral found by search', async () => {
    const page = await openApp(app.browser, app.host.launchUrl);
    const w = WORDS.id;
    await createVault(page);

    // A new user is told what to do first; an alias alone makes a case.
    await page.getByRole('button', { name: 'Buat kasus pertama' }).click();
    await page.getByRole('button', { name: w.createCase }).click();
    await page.getByText('Isi nama samaran.').waitFor();
    await page.getByLabel(w.alias, { exact: true }).fill('Bunga');
    await page.getByRole('button', { name: w.createCase }).click();
    await page.getByRole('heading', { name: 'Bunga', level: 1 }).waitFor();
    await nav(page, w.cases);
    await page.getByRole('button', { name: 'Bunga', exact: true }).waitFor();

    // The directory: add a service, then edit it.
    await addContact(page, w, 'Puskesmas Cengkareng', '(021) 555-0101');
    await page.getByRole('button', { name: 'Ubah Puskesmas Cengkareng' }).click();
    await page.getByLabel(w.phone, { exact: true }).fill('bukan nomor');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await page.getByText('Nomor telepon tidak valid').waitFor();
    await page.getByLabel(w.phone, { exact: true }).fill('(021) 555-0102');
    await page.getByLabel(w.notes).fill('Poli jiwa buka Senin–Jumat');
    await page.getByRole('button', { name: w.save, exact: true }).click();
    await page.getByRole('cell', { name: 'Poli jiwa buka Senin–Jumat' }).waitFor();

    await openCase(page, w, 'Bunga');
    await referFromDirectory(
      page,
      w,
      'Puskesmas Cengkareng',
      'Pemeriksaan psikiatri karena mimpi buruk berulang setelah banjir',
    );

    // The late follow-up is on the home screen, with its days overdue.
    await nav(page, w.home);
    const overdue = page.getByRole('region', { name: w.overdueBlock });
    await overdue.getByText('Bunga').waitFor();
    await overdue.getByText(w.overdue3).waitFor();
    await overdue.getByRole('button', { name: /Bunga/ }).click();
    await page.getByRole('tab', { name: w.referrals, selected: true }).waitFor();

    await recordOutreach(page, w, 'Ketua RW 05 Kapuk');
    await assessTwice(page, w);
    await searchFor(page, w, 'banjir', 'Bunga');
    await page.context().close();
  });

  it('in English: the same core flow', async () => {
    // A vault of its own, so this flow starts from nothing too.
    const englishHost = await startWebHost();
    const page = await openApp(app.browser, englishHost.launchUrl);
    const w = WORDS.en;
    await createVault(page);
    await nav(page, 'Pengaturan');
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();

    await createCase(page, w, 'Rose');
    await addContact(page, w, 'RSUD Tarakan', '(021) 350-3003');
    await openCase(page, w, 'Rose');
    await referFromDirectory(page, w, 'RSUD Tarakan', 'Psychiatric assessment after the flood');

    await nav(page, w.home);
    const overdue = page.getByRole('region', { name: w.overdueBlock });
    await overdue.getByText('Rose').waitFor();
    await overdue.getByRole('button', { name: /Rose/ }).getByText(w.overdue3).waitFor();

    // Archiving the contact takes it out of the directory in use; the referral naming it stays.
    await nav(page, w.directory);
    await page.getByText('Kept on this device only.').waitFor();
    await page.getByRole('button', { name: 'Archive RSUD Tarakan' }).click();
    await page.getByText('Archived (1)').waitFor();
    await openCase(page, w, 'Rose');
    await page.getByRole('tab', { name: w.referrals }).click();
    await page.getByRole('heading', { name: 'RSUD Tarakan', level: 3 }).waitFor();

    await recordOutreach(page, w, 'Head of RW 03');
    await assessTwice(page, w);
    await searchFor(page, w, 'flood', 'Rose');
    await page.context().close();
    await englishHost.stop();
  });
});
