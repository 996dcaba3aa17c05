import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { appUnderTest } from './support/app-under-test';
import { laptopWithVault } from './support/team-steps';

/**
 * Issue #14, item 5, in each language: a counselor downloads the referral letter of a referral
 * the client consented to, ticking the name only; the file holds the name, the reason and the
 * consent, and neither the alias nor the phone number nor the note.
 */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a counselor exports a referral letter (${language})`, () => {
    const app = appUnderTest();

    it('downloads a letter holding only what the client consented to share', async () => {
      const w = catalogs[language];
      const page = await laptopWithVault(app.browser, app.host.launchUrl, language);
      const url = app.host.launchUrl;
      const created = await callApi(url, 'cases.create', {
        alias: 'Kenanga-Alias',
        identifying: { name: 'Dewi Lestari', phone: '081311112222' },
      });
      const caseId = created.meta.id;
      await callApi(url, 'referrals.create', {
        caseId,
        target: 'healthFacility',
        toWhom: 'Puskesmas Kec. Tambora',
        reason: 'Keluhan tidur berat',
        consent: { given: true, scope: 'Nama dan alasan rujukan', method: 'verbal' },
        followUpDate: '2030-01-15',
      });

      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.nav.cases, exact: true })
        .click();
      await page
        .getByRole('button', { name: /Kenanga-Alias/ })
        .first()
        .click();
      await page.getByRole('tab', { name: w.cases.tabs.referrals }).click();
      const referral = page.locator('.referral', { hasText: 'Puskesmas Kec. Tambora' });
      await referral.getByText(w.exports.ui.letter).click();
      await referral.getByLabel(w.exports.letter.items.name, { exact: true }).check();
      const downloading = page.waitForEvent('download');
      await referral.getByRole('button', { name: w.exports.ui.pdf }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^${w.exports.letter.fileName}-.*\\.pdf$`),
      );
      const file = join(mkdtempSync(join(tmpdir(), 'pd-letter-')), download.suggestedFilename());
      await download.saveAs(file);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

      const text = pdfText(file);
      expect(text).toContain(w.exports.letter.title);
      expect(text).toContain('Dewi Lestari');
      expect(text).toContain('Keluhan tidur berat');
      expect(text).toContain('Nama dan alasan rujukan');
      expect(text).not.toContain('Kenanga-Alias');
      expect(text).not.toContain('081311112222');

      // The export is in the case's audit trail.
      const trail = await callApi(url, 'audit.list', { caseId, filters: { kind: 'exported' } });
      expect(trail.entries.map((e) => e.what)).toEqual(['referralLetter']);
    });
  });
}
