import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Language } from '../../../shared/api/settings';
import { catalogs } from '../../../shared/i18n';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { callApi } from './api-socket';
import { launchBrowser } from './browser';
import { createVault } from './vault-steps';
import { startWebHost, type RunningWebHost } from './web-host';

export interface RelayUnderTest {
  readonly relay: ChildServer;
  readonly dataDir: string;
  /** Starts the relay again on the same port and data directory, once it has stopped. */
  startAgain(): Promise<ChildServer>;
}

/**
 * A real relay that lets teams be created, for one describe block: started before it, stopped
 * after.
 */
export function relayForSuite(dataDirPrefix = 'pd-e2e-relay-'): RelayUnderTest {
  let relay: ChildServer | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
    relay = await spawnServer({ dataDir, allowTeamCreation: true });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the relay is not started yet');
    return value;
  };
  return {
    get relay() {
      return started(relay);
    },
    get dataDir() {
      return started(dataDir);
    },
    async startAgain() {
      relay = await spawnServer({
        dataDir: started(dataDir),
        port: started(relay).port,
        allowTeamCreation: true,
      });
      return relay;
    },
  };
}

export interface TeamOnRelay extends RelayUnderTest {
  /** The laptops' web hosts; a test may push more, and all are stopped after the block. */
  readonly hosts: RunningWebHost[];
  readonly browser: Browser;
}

/**
 * The laptops of a team for one describe block: a relay that lets teams be created, `hostCount`
 * web hosts and one Chromium; all stopped after the block.
 */
export function teamOnRelay(hostCount: number, dataDirPrefix?: string): TeamOnRelay {
  const relay = relayForSuite(dataDirPrefix);
  const hosts: RunningWebHost[] = [];
  let browser: Browser | undefined;
  beforeAll(async () => {
    for (let i = 0; i < hostCount; i++) hosts.push(await startWebHost());
    browser = await launchBrowser();
  });
  // Registered after the relay's: runs before it, so the relay stops last.
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.stop();
  });
  return {
    get relay() {
      return relay.relay;
    },
    get dataDir() {
      return relay.dataDir;
    },
    startAgain: () => relay.startAgain(),
    hosts,
    get browser() {
      if (browser === undefined) throw new Error('the browser is not started yet');
      return browser;
    },
  };
}

/**
 * Opens the app on a 1366×768 laptop, creates the vault and, for English, switches the language
 * in Settings (the app starts in Bahasa Indonesia).
 */
export async function laptopWithVault(
  browser: Browser,
  launchUrl: string,
  language: Language,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(launchUrl);
  // The first screen loads on demand: on a busy machine it can take longer than a step.
  await page
    .getByRole('heading', { name: catalogs.id.vault.firstRunTitle })
    .waitFor({ timeout: 90_000 });
  await createVault(page);
  if (language === 'en') {
    await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { name: catalogs.en.nav.settings }).waitFor();
  }
  return page;
}

/** A case under `alias` with one 50-minute WhatsApp session, set up through the API. */
export async function caseWithSession(
  launchUrl: string,
  alias: string,
  startsAt = '2026-03-03T02:30:00.000Z',
) {
  const created = await callApi(launchUrl, 'cases.create', { alias });
  const session = await callApi(launchUrl, 'sessions.create', {
    caseId: created.meta.id,
    startsAt,
    durationMinutes: 50,
    channel: 'whatsapp',
  });
  return { caseId: created.meta.id, session };
}

/**
 * Opens a case's one session by its alias, in Bahasa Indonesia, retrying while the sync brings
 * the case and its session to this laptop.
 */
export async function openSyncedSession(page: Page, alias: string): Promise<void> {
  const w = catalogs.id;
  await expect
    .poll(
      async () => {
        await page
          .getByRole('navigation')
          .getByRole('button', { name: w.nav.cases, exact: true })
          .click();
        const link = page.getByRole('button', { name: alias, exact: true });
        if ((await link.count()) === 0) return false;
        await link.click();
        await page.getByRole('tab', { name: w.cases.tabs.sessions }).click();
        const item = page.locator('ul.item-list button.item').first();
        if ((await item.count()) === 0) return false;
        await item.click();
        return true;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  await page.getByRole('region', { name: w.session.note.title }).waitFor();
}
