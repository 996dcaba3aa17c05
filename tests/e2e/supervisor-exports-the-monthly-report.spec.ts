import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/api/settings';
import { lastMonth } from '../../shared/domain/reports';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { laptopWithVault, teamOnRelay } from './support/team-steps';

/**
 * Issue #14, item 4, in each language: a supervisor downloads last month's report for the
 * agency as PDF and CSV; both count the month's sessions and name no client.
 */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'])
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a supervisor exports the monthly report (${language})`, () => {
    const team = teamOnRelay(1);

    it("downloads last month's counts as PDF and CSV, with no alias in them", async () => {
      const w = catalogs[language];
      const host = team.hosts[0];
      if (!host) throw new Error('no laptop');
      const url = host.launchUrl;
      const page = await laptopWithVault(team.browser, url, language);
      await callApi(url, 'sync.createTeam', { serverUrl: team.relay.url });
      const month = lastMonth(new Date());
      const created = await callApi(url, 'cases.create', {
        alias: 'Anggrek-Alias',
        area: 'Kel. Jembatan Besi RW 03',
      });
      for (const day of ['03', '17']) {
        await callApi(url, 'sessions.create', {
          caseId: created.meta.id,
          startsAt: `${month.from.slice(0, 8)}${day}T03:00:00.000Z`,
          durationMinutes: 40,
          channel: 'whatsapp',
        });
      }

      await page
        .getByRole('navigation')
        .getByRole('button', { name: w.exports.ui.navReports })
        .click();
      await page.getByRole('heading', { name: w.exports.ui.reportsTitle }).waitFor();
      await page.getByLabel(w.exports.ui.area).fill('Kec. Tambora');
      const folder = mkdtempSync(join(tmpdir(), 'pd-report-'));

      let downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: w.exports.ui.pdf }).click();
      let download = await downloading;
      const pdf = join(folder, download.suggestedFilename());
      await download.saveAs(pdf);
      expect(download.suggestedFilename()).toBe(
        `${w.exports.report.fileName}-${month.from}-${month.to}.pdf`,
      );
      const text = pdfText(pdf);
      expect(text).toContain(w.exports.report.title);
      expect(text).toContain(w.exports.report.scopeTeam);
      expect(text).toContain('Kec. Tambora');
      expect(text).not.toContain('Anggrek-Alias');

      downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: w.exports.ui.csv }).click();
      download = await downloading;
      const csv = join(folder, download.suggestedFilename());
      await download.saveAs(csv);
      const rows = readFileSync(csv, 'utf8');
      expect(rows).toContain(`${w.exports.report.sections.sessions},WhatsApp,2,,`);
      expect(rows).toContain(`${w.exports.report.rows.clientsReached},1,,`);
      // The sessions by the client's area: two sessions, one client.
      expect(rows).toContain(
        `${w.exports.report.sections.sessionAreas},Kel. Jembatan Besi RW 03,2,1,`,
      );
      expect(text).toContain(w.exports.report.sections.sessionAreas);
      expect(rows).not.toContain('Anggrek-Alias');

      // Both are in the export log the supervisor sees.
      await page.getByText(`${w.exports.what.agencyReport} (CSV)`).waitFor();
      await page.getByText(`${w.exports.what.agencyReport} (PDF)`).waitFor();
    });
  });
}
