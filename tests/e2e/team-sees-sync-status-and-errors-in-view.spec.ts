import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { createVault, PASSPHRASE } from './support/vault-steps';
import { teamOnRelay } from './support/team-steps';
import type { RunningWebHost } from './support/web-host';

/**
 * Issue #12, items 3 and 5, on a 1366×768 laptop: the frame says "server unreachable" soon after
 * the relay stops and "up to date" once it is back and "sync now" is pressed; a bad server
 * address and a truncated invite code each say what is wrong beside the button, in view, in the
 * person's language.
 */
const id = catalogs.id;
const en = catalogs.en;

async function laptop(browser: Browser, launchUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(launchUrl);
  return page;
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

/** The whole element lies within the window, as the person sees it without scrolling. */
async function inViewport(locator: Locator): Promise<boolean> {
  await locator.waitFor({ timeout: 15_000 });
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

const indicator = (page: Page) => page.getByTestId('sync-indicator');

describe('a team sees its sync status on every screen and errors where they happen', () => {
  const team = teamOnRelay(2, 'pd-e2e-status-relay-');

  it('says why an address or a code is refused beside its button, and what the relay is doing', async () => {
    const [supervisorHost, counselorHost] = team.hosts as [RunningWebHost, RunningWebHost];
    const supervisor = await laptop(team.browser, supervisorHost.launchUrl);
    await createVault(supervisor);
    await nav(supervisor, id.nav.sync);

    // A web address where the relay's belongs: the reason beside the field, and the fix offered.
    const address = supervisor.getByLabel(id.sync.serverUrl);
    await address.fill('http://127.0.0.1:8811');
    expect(await inViewport(supervisor.getByText(id.sync.relayAddress.scheme))).toBe(true);
    await supervisor
      .getByRole('button', {
        name: id.sync.suggestAddress.replace('{{address}}', 'ws://127.0.0.1:8811'),
      })
      .click();
    expect(await address.inputValue()).toBe('ws://127.0.0.1:8811');

    // Nothing listens there: said beside "Buat tim", in Bahasa Indonesia, the socket folded away.
    await supervisor.getByRole('button', { name: id.sync.create }).click();
    const createError = supervisor.locator('#create-error');
    expect(await inViewport(createError)).toBe(true);
    expect(await createError.locator('p').textContent()).toBe(id.sync.cause.unreachable.text);
    expect(await createError.locator('details').textContent()).toContain(id.sync.technical);
    expect(await createError.locator('details').textContent()).toContain('ECONNREFUSED');

    await address.fill(team.relay.url);
    await supervisor.getByRole('button', { name: id.sync.create }).click();
    await indicator(supervisor)
      .getByText(id.sync.indicator.upToDateAt.replace('{{time}}', ''))
      .waitFor({ timeout: 30_000 });
    await supervisor.getByRole('button', { name: id.sync.invite }).click();
    const code = (await supervisor.getByTestId('invite-code').textContent()) ?? '';
    expect(code).toMatch(/^PDMP2-/);

    // A counselor who reads English pastes the code cut short, then types a web address.
    const counselor = await laptop(team.browser, counselorHost.launchUrl);
    await counselor.getByLabel('Bahasa').selectOption('en');
    await createVault(counselor, PASSPHRASE, 'en');
    await nav(counselor, en.nav.sync);
    await counselor.getByLabel(en.sync.code).fill(code.slice(0, 40));
    await counselor.getByRole('button', { name: en.sync.join }).click();
    const joinError = counselor.locator('#join-error');
    expect(await inViewport(joinError)).toBe(true);
    expect(await joinError.textContent()).toBe(en.sync.inviteCodeProblem.incomplete);
    await counselor.getByLabel(en.sync.serverUrl).fill('http://relay.example.org');
    const why = counselor.getByText(en.sync.relayAddress.scheme);
    expect(await inViewport(why)).toBe(true);
    await counselor
      .getByRole('button', {
        name: en.sync.suggestAddress.replace('{{address}}', 'wss://relay.example.org'),
      })
      .waitFor();

    // The relay stops: the supervisor's frame says the server, not the signal, within 10 s.
    await nav(supervisor, id.nav.home);
    team.relay.proc.kill('SIGTERM');
    await team.relay.exited;
    const stoppedAt = Date.now();
    await indicator(supervisor)
      .getByText(id.sync.cause.unreachable.short, { exact: true })
      .waitFor({ timeout: 10_000 });
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
    expect(await inViewport(indicator(supervisor))).toBe(true);
    expect(await indicator(supervisor).getByText(id.sync.cause.noInternet.short).count()).toBe(0);
    // A view built from synced data says as of when, and that it may be behind (item 3).
    await nav(supervisor, id.nav.cases);
    await expect
      .poll(() => supervisor.getByTestId('synced-as-of').textContent())
      .toContain(id.sync.asOfOffline);

    // It returns on the same port; "Sinkronkan sekarang" does not wait out the backoff.
    await team.startAgain();
    await indicator(supervisor).getByRole('button', { name: id.sync.indicator.syncNow }).click();
    await indicator(supervisor)
      .getByText(id.sync.indicator.upToDateAt.replace('{{time}}', ''))
      .waitFor({ timeout: 10_000 });
    await supervisor.screenshot({ path: join(tmpdir(), 'pd-e2e-sync-indicator.png') });
  }, 120_000);
});
