import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n';
import { spawnServer, type ChildServer } from '../server/support/child-server';
import { callApi } from './support/api-socket';
import { appUnderTest } from './support/app-under-test';
import { openApp } from './support/browser';
import { createVault } from './support/vault-steps';

const ALIAS = 'Bougenville';
const w = catalogs.id.erasure;
/** The relay's own SQLite file, so it comes back with the team after a restart. */
const RELAY_ENV = { DATABASE_URL: '' };

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

async function openIdentityTab(page: Page): Promise<void> {
  await nav(page, 'Kasus');
  await page.getByRole('button', { name: ALIAS, exact: true }).click();
  await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Identitas' }).click();
}

async function eraseTyped(page: Page): Promise<void> {
  const erase = page.getByRole('region', { name: w.title });
  await erase.getByLabel(/Ketik nama samaran kasus/).fill(ALIAS);
  await erase.getByRole('button', { name: w.erase }).click();
}

describe('a supervisor erases a closed case while the team server cannot be reached', () => {
  const app = appUnderTest();
  let relay: ChildServer | undefined;
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });

  it('the erasure waits on the case and on the Sync screen, can be cancelled, and runs when the server is back', async () => {
    const relayDir = mkdtempSync(join(tmpdir(), 'pd-e2e-relay-'));
    relay = await spawnServer({ dataDir: relayDir, env: RELAY_ENV, allowTeamCreation: true });
    const url = app.host.launchUrl;
    const page = await openApp(app.browser, url);
    await createVault(page);
    await callApi(url, 'sync.createTeam', { serverUrl: relay.url });
    const created = await callApi(url, 'cases.create', { alias: ALIAS });
    await callApi(url, 'cases.update', { caseId: created.meta.id, status: 'closed' });
    await callApi(url, 'erasure.setPolicy', { retentionDays: 0 });

    // The office's connection is down.
    const { port } = relay;
    relay.proc.kill('SIGTERM');
    await relay.exited;
    relay = undefined;
    await expect
      .poll(async () => (await callApi(url, 'sync.status', {})).state.kind, { timeout: 10_000 })
      .not.toMatch(/upToDate|syncing/);

    await openIdentityTab(page);
    await page.getByRole('region', { name: w.title }).getByText(w.needsConnection).waitFor();
    await eraseTyped(page);
    const waiting = page.getByRole('region', { name: w.waitingTitle });
    await waiting.getByText(/menunggu sambungan ke server tim/).waitFor();
    // The erase form is gone while it waits; the case is still there.
    expect(await page.getByRole('region', { name: w.title }).count()).toBe(0);

    // Cancelled: the case is as it was, and may be erased again.
    await waiting.getByRole('button', { name: w.cancel }).click();
    await page.getByRole('region', { name: w.title }).waitFor();
    expect(await page.getByRole('region', { name: w.waitingTitle }).count()).toBe(0);
    await eraseTyped(page);
    await page.getByRole('region', { name: w.waitingTitle }).waitFor();

    // The Sync screen lists it with the case's alias.
    await nav(page, 'Sinkronisasi');
    const requests = page.getByRole('region', { name: w.requestsTitle });
    await requests
      .getByRole('row', { name: new RegExp(`${ALIAS}.*${w.requestWaiting}`) })
      .waitFor();

    // The server comes back: the erasure runs by itself and the case leaves the notebook.
    await openIdentityTab(page);
    relay = await spawnServer({ dataDir: relayDir, port, env: RELAY_ENV });
    await page.getByRole('heading', { name: 'Kasus', level: 1 }).waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => (await callApi(url, 'cases.list', {})).cases.length, { timeout: 10_000 })
      .toBe(0);
    expect(await page.getByRole('button', { name: ALIAS, exact: true }).count()).toBe(0);
    await nav(page, 'Sinkronisasi');
    const register = page.getByRole('region', { name: w.registerTitle });
    await register.getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('region', { name: w.requestsTitle }).count()).toBe(0);
    await page.context().close();
  });
});
