import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { formatBytes } from '../../renderer/src/sync/format-bytes';
import { appUnderTest } from './support/app-under-test';
import { fillDateField } from './support/date-field';
import { consentPhoto } from './support/png';
import { laptopWithVault } from './support/team-steps';

/**
 * Issue #14, items 1 and 6, in each language: a counselor attaches a photographed consent form (a
 * PNG) to a case, sees it listed with its size, and saves a copy that is the same bytes, which the
 * case's audit trail then shows. A file of a type the notebook does not take, and a photo cut off
 * mid-way, are refused with words that say why, and the list stays as it was. A referral keeps
 * its own files.
 */

const PHOTO = consentPhoto();
/** A Windows program, named as if it were a photo. */
const PROGRAM = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(600, 0x90)]);
/** The same photo, cut off before its end (a transfer that stopped half-way). */
const CUT_OFF = PHOTO.subarray(0, Math.floor(PHOTO.length / 2));

async function attach(panel: Locator, label: string, name: string, buffer: Buffer) {
  await panel.getByLabel(label).setInputFiles({ name, mimeType: 'image/png', buffer });
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor attaches a consent photo to a case (${language})`, () => {
    const app = appUnderTest();

    it('lists it with its size, saves the same bytes, and refuses a wrong or damaged file without changing the list', async () => {
      const w = catalogs[language];
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);
      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page.getByRole('button', { name: w.cases.newCase.open }).click();
      await page.getByLabel(w.cases.newCase.alias, { exact: true }).fill('Melati');
      await page.getByRole('button', { name: w.cases.newCase.create }).click();
      await page.getByRole('heading', { name: 'Melati', level: 1 }).waitFor();

      await openTab(page, w.cases.tabs.identity);
      const panel = page.getByRole('region', { name: w.attachments.title });
      await panel.getByText(w.attachments.empty).waitFor();
      const files = panel.locator('ul.attachments-list > li');

      await attach(panel, w.attachments.add, 'persetujuan.png', PHOTO);
      const listed = files.filter({ hasText: 'persetujuan.png' });
      const size = w.attachments.size.replace('{{size}}', formatBytes(PHOTO.length, language));
      await listed.getByText(size, { exact: false }).waitFor();
      await listed.getByText('image/png', { exact: false }).waitFor();
      await listed.getByText(w.attachments.sync.here, { exact: false }).waitFor();

      // Saving a copy: an export like any other, taken from `/export/<ticket>` by the browser's
      // download, the same bytes under the same name.
      const download = page.waitForEvent('download');
      await listed
        .getByRole('button', { name: w.attachments.save.replace('{{name}}', 'persetujuan.png') })
        .click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe('persetujuan.png');
      expect(new URL(saved.url()).pathname).toMatch(/^\/export\/[0-9a-f]{32}$/);
      expect(readFileSync(await saved.path()).equals(PHOTO)).toBe(true);

      // A program dressed as a photo: refused by its bytes, said in the person's language.
      await attach(panel, w.attachments.add, 'foto-ktp.png', PROGRAM);
      await panel.getByRole('alert').getByText(w.attachments.refused.unknown_type).waitFor();
      expect(await files.count()).toBe(1);

      // A photo cut off half-way: refused as damaged; still one file, the first.
      await attach(panel, w.attachments.add, 'persetujuan-2.png', CUT_OFF);
      await panel.getByRole('alert').getByText(w.attachments.refused.damaged).waitFor();
      expect(await files.allInnerTexts()).toEqual([expect.stringContaining('persetujuan.png')]);

      // A referral keeps its own files: the partner's signed reply, not listed on the case.
      await openTab(page, w.cases.tabs.referrals);
      await page.getByRole('button', { name: w.cases.referrals.new }).click();
      await page.getByLabel(w.cases.referrals.toWhom, { exact: true }).fill('Puskesmas Cengkareng');
      await page.getByLabel(w.cases.referrals.reason, { exact: true }).fill('Pemeriksaan');
      await fillDateField(page, w.cases.referrals.followUpDate, '2030-01-15', language);
      await page.getByRole('button', { name: w.cases.referrals.save }).click();
      const referral = page.locator('.referral', { hasText: 'Puskesmas Cengkareng' });
      const onReferral = referral.getByRole('region', { name: w.attachments.title });
      await onReferral.getByText(w.attachments.empty).waitFor();
      await attach(onReferral, w.attachments.add, 'balasan.png', PHOTO);
      await onReferral.locator('ul.attachments-list > li', { hasText: 'balasan.png' }).waitFor();

      await openTab(page, w.cases.tabs.identity);
      await panel.locator('ul.attachments-list > li').first().waitFor();
      expect(await panel.locator('ul.attachments-list > li').allInnerTexts()).toEqual([
        expect.stringContaining('persetujuan.png'),
      ]);

      // The saved copy is in the case's audit trail (issue #14, item 6): what left, by whom and
      // when, and the trail still verifies; the file's name is not there.
      await page.getByRole('navigation').getByRole('button', { name: w.nav.review }).click();
      const audit = page.getByRole('region', { name: w.review.audit.title });
      await audit.locator('[data-audit="valid"]').waitFor();
      await audit.getByRole('cell', { name: w.exports.what.attachment, exact: true }).waitFor();
      expect(await audit.getByRole('cell', { name: w.exports.what.attachment }).count()).toBe(1);
      expect(await audit.locator('table').innerText()).not.toContain('persetujuan');
      await page.context().close();
    }, 240_000);
  });
}
