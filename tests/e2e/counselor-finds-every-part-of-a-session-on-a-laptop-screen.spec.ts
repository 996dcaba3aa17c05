import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { callApi } from './support/api-socket';
import { dateField, fillDateField } from './support/date-field';
import { appUnderTest } from './support/app-under-test';
import { createVault } from './support/vault-steps';

/*
 * Issue #12, items 7 and 8, on the two laptop screens counselors have (1366×768, 1280×720): the
 * session page's section links jump to the risk screen; after scrolling to the bottom of the page
 * the navigation and "Kunci" are still in view; a date input reads day first on the 24-hour clock
 * in Bahasa Indonesia. Every screen visited is photographed into this run's temporary folder.
 *
 * Chromium draws its own date inputs in the browser's locale, not the page's `lang`, so the app's
 * date fields are its own (renderer/src/components/DateField.tsx): day, month by name, year, hour
 * and minute. Times are Jakarta's, whatever the machine's zone.
 */
const ALIAS = 'Kenanga';
const w = catalogs.id;
const shots = mkdtempSync(join(tmpdir(), 'pd-session-laptop-'));
let sessionId = '';

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.bottom <= window.innerHeight + 1 && box.height > 0;
  });
}

describe('a counselor reaches every part of a session on a laptop screen', () => {
  const app = appUnderTest();

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    const size = `${viewport.width}x${viewport.height}`;

    it(`jumps to the risk screen and keeps the navigation and lock in view (${size})`, async () => {
      const context = await app.browser.newContext({
        viewport,
        locale: 'id',
        timezoneId: 'Asia/Jakarta',
      });
      const page = await context.newPage();
      await page.goto(app.host.launchUrl);
      const shot = (name: string) =>
        page.screenshot({ path: join(shots, `${size}-${name}.png`) }).catch(() => undefined);

      if (viewport.width === 1366) {
        await page
          .getByRole('heading', { name: w.vault.firstRunTitle })
          .waitFor({ timeout: 90_000 });
        await shot('first-run');
        await createVault(page);
        const created = (await callApi(app.host.launchUrl, 'cases.create', { alias: ALIAS })) as {
          meta: { id: string };
        };
        const session = await callApi(app.host.launchUrl, 'sessions.create', {
          caseId: created.meta.id,
          // 22:47 in Jakarta: a 12-hour clock would say 10:47 PM.
          startsAt: '2026-12-06T15:47:00.000Z',
          durationMinutes: 50,
          channel: 'whatsapp',
        });
        sessionId = session.meta.id;
      } else {
        // The same vault, still unlocked in the web host: the second size reuses it.
        await page.getByRole('heading', { name: w.nav.home }).waitFor({ timeout: 90_000 });
      }
      await shot('home');

      await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
      await page.getByText(ALIAS).first().click();
      await shot('case');
      await page
        .getByRole('button', { name: /^\d.*WhatsApp/ })
        .first()
        .click();
      await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
      await shot('session-top');

      // The section links jump to the risk screen.
      const sections = page.getByRole('navigation', { name: w.session.sections.label });
      await sections.getByRole('link', { name: w.session.sections.risk }).click();
      await expect.poll(() => inViewport(page, '#risk-title')).toBe(true);
      await shot('session-risk');

      // At the very bottom of the page, the navigation, the lock and the section links remain.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect
        .poll(() => page.evaluate(() => window.scrollY + window.innerHeight))
        .toBeGreaterThanOrEqual(
          await page.evaluate(() => document.documentElement.scrollHeight - 2),
        );
      const lock = page.getByRole('button', { name: w.nav.lock, exact: true });
      await expect.poll(() => inViewport(page, '.frame > nav .lock')).toBe(true);
      expect(await lock.isVisible()).toBe(true);
      await expect.poll(() => inViewport(page, '.frame > nav .brand')).toBe(true);
      await expect.poll(() => inViewport(page, '.session-sections')).toBe(true);
      await shot('session-bottom');

      expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
      await dateField(page, w.session.details.startsAt).scrollIntoViewIfNeeded();
      await shot('session-details');
      await context.close();
    });
  }

  it('shows a date input day first on the 24-hour clock in Bahasa Indonesia', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
      timezoneId: 'Asia/Jakarta',
    });
    const page = await context.newPage();
    await page.goto(app.host.launchUrl);
    await page.getByRole('heading', { name: w.nav.home }).waitFor({ timeout: 90_000 });
    await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
    await page.getByText(ALIAS).first().click();
    await page
      .getByRole('button', { name: /^\d.*WhatsApp/ })
      .first()
      .click();
    await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();

    // 22:47 in Jakarta, in an en-US browser: day, month by name, year, then the 24-hour clock.
    const startsAt = dateField(page, w.session.details.startsAt);
    await startsAt.scrollIntoViewIfNeeded();
    const shown = () =>
      startsAt
        .locator('input, select')
        .evaluateAll((els) =>
          els.map((el) => [
            el.getAttribute('aria-label'),
            el instanceof HTMLSelectElement
              ? (el.selectedOptions[0]?.textContent ?? '')
              : (el as HTMLInputElement).value,
          ]),
        );
    expect(await shown()).toEqual([
      [w.dateField.day, '06'],
      [w.dateField.month, 'Desember'],
      [w.dateField.year, '2026'],
      [w.dateField.hour, '22'],
      [w.dateField.minute, '47'],
    ]);
    expect(await startsAt.innerText()).not.toMatch(/AM|PM/);
    await page.screenshot({ path: join(shots, 'date-input-id.png') }).catch(() => undefined);

    // A day that does not exist is named beside the field and not saved.
    await fillDateField(page, w.session.details.startsAt, '2026-02-31T22:47');
    await startsAt.getByRole('alert').getByText('Februari 2026').waitFor();
    await page.getByLabel(w.session.details.duration).focus();
    const kept = await callApi(app.host.launchUrl, 'sessions.get', { sessionId });
    expect(kept.meta.startsAt).toBe('2026-12-06T15:47:00.000Z');

    // The value saved is the one typed: 7 December, 09.05 in Jakarta.
    await fillDateField(page, w.session.details.startsAt, '2026-12-07T09:05');
    expect(await startsAt.getByRole('alert').count()).toBe(0);
    await page.getByLabel(w.session.details.duration).focus();
    await page.getByText('Senin, 7 Desember 2026 pukul 09.05').waitFor();
    const saved = await callApi(app.host.launchUrl, 'sessions.get', { sessionId });
    expect(saved.meta.startsAt).toBe('2026-12-07T02:05:00.000Z');
    await context.close();
  });
});
