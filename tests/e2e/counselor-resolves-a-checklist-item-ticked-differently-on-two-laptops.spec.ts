import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SessionDetail } from '../../shared/api/records';
import type { Language } from '../../shared/api/settings';
import { labelText } from '../../shared/domain';
import { catalogs } from '../../shared/i18n';
import { initSodium } from '../../electron/core/crypto';
import { silentLogger } from '../../electron/core/log';
import { EventHub } from '../../electron/core/events';
import { SessionDocument } from '../../electron/core/records/session-document';
import { TEST_KDF_COST, Vault } from '../../electron/core/vault';
import { Workspace } from '../../electron/core/workspace';
import { callApi } from './support/api-socket';
import { appUnderTest } from './support/app-under-test';
import { openApp } from './support/browser';
import { createVault, PASSPHRASE, unlock } from './support/vault-steps';

/*
 * Issue #13, item 8: a counselor ticks a checklist item on one laptop and, apart, leaves it
 * unticked on the other. One person cannot hold a vault on two web hosts, so the other laptop's
 * change arrives the way the sync would deliver it: as a Yjs update written into this laptop's
 * encrypted store while the host is stopped (the core tests do the same with two documents).
 * The session screen shows both values with who and when; the counselor chooses one.
 */
const ALIAS = 'Kenanga';

/** With the host stopped: opens the vault and works on one document, as a synced update would. */
function onDocument(dataDir: string, docId: string, work: (doc: Y.Doc) => Uint8Array | undefined) {
  const vault = Vault.load(dataDir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const workspace = Workspace.open(dataDir, vault, silentLogger(), new EventHub());
  try {
    const doc = workspace.docs.open(docId);
    const result = work(doc);
    if (result) workspace.docs.applyUpdate(docId, result);
  } finally {
    workspace.close();
    vault.lock();
  }
}

async function openTheSession(page: Page, language: Language): Promise<void> {
  const w = catalogs[language];
  await page.getByRole('navigation').getByRole('button', { name: w.nav.cases }).click();
  await page.getByText(ALIAS).first().click();
  await page
    .getByRole('button', { name: /^\d.*WhatsApp/ })
    .first()
    .click();
  await page.getByRole('heading', { name: ALIAS, level: 1 }).waitFor();
}

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a checklist item ticked differently on two laptops (${language})`, () => {
    const app = appUnderTest();
    const w = catalogs[language];

    it('is shown with both values, who and when, and the counselor chooses one', async () => {
      let page = await openApp(app.browser, app.host.launchUrl);
      await createVault(page);
      if (language === 'en') {
        await page.getByRole('navigation').getByRole('button', { name: 'Pengaturan' }).click();
        await page.getByLabel('Bahasa').selectOption('en');
        await page.getByRole('heading', { name: w.nav.settings }).waitFor();
      }
      const created = (await callApi(app.host.launchUrl, 'cases.create', { alias: ALIAS })) as {
        meta: { id: string };
      };
      const session = (await callApi(app.host.launchUrl, 'sessions.create', {
        caseId: created.meta.id,
        startsAt: '2026-03-03T02:30:00.000Z',
        durationMinutes: 50,
        channel: 'whatsapp',
      })) as SessionDetail;
      const sessionId = session.meta.id;
      const item = session.template.stages[0]?.items[1];
      if (!item) throw new Error('the template has no second item');
      const counselor = session.authorship?.writers[0] ?? '';
      const docId = session.documentId;

      // The second laptop's copy, taken before this laptop ticks the item.
      await initSodium();
      await app.host.stop();
      let apartCopy: Uint8Array = new Uint8Array();
      onDocument(app.host.dataDir, docId, (doc) => {
        apartCopy = Y.encodeStateAsUpdate(doc);
        return undefined;
      });
      await app.restart();
      await callApi(app.host.launchUrl, 'vault.unlock', { passphrase: PASSPHRASE });
      await callApi(app.host.launchUrl, 'sessions.tick', {
        sessionId,
        itemId: item.itemId,
        checked: true,
      });

      // Apart, on the second laptop, the counselor ticked it and took the tick back.
      const apart = new Y.Doc();
      Y.applyUpdate(apart, apartCopy);
      const other = new SessionDocument(apart);
      other.setTick(item.itemId, { checked: true, by: counselor, at: '2026-03-03T03:00:00.000Z' });
      other.setTick(item.itemId, { checked: false, by: counselor, at: '2026-03-03T03:05:00.000Z' });
      await app.host.stop();
      onDocument(app.host.dataDir, docId, (doc) =>
        Y.encodeStateAsUpdate(apart, Y.encodeStateVector(doc)),
      );
      await app.restart();

      page = await openApp(app.browser, app.host.launchUrl);
      await unlock(page, PASSPHRASE, language);
      await openTheSession(page, language);
      const notice = page.getByRole('alert').filter({ hasText: w.session.conflict.title });
      await notice.waitFor();
      const ticked = w.session.conflict.ticked;
      const unticked = w.session.conflict.unticked;
      // Both values, each with who (this counselor: "Anda" / "You") and when.
      await expect.poll(() => notice.locator('li').count()).toBe(2);
      const lines = await notice.locator('li').allTextContents();
      expect(lines.some((l) => l.startsWith(`${unticked} — `))).toBe(true);
      expect(lines.some((l) => l.startsWith(`${ticked} — `))).toBe(true);
      for (const line of lines) expect(line).toMatch(/\d{2}[.:]\d{2}/);
      expect(await page.getByText(labelText(item.label, language)).count()).toBeGreaterThan(0);

      await notice
        .getByRole('button', { name: w.session.conflict.choose.replace('{{value}}', ticked) })
        .click();
      await notice.waitFor({ state: 'detached' });
      await expect
        .poll(() =>
          page.getByRole('checkbox', { name: labelText(item.label, language) }).isChecked(),
        )
        .toBe(true);
      const after = (await callApi(app.host.launchUrl, 'sessions.get', {
        sessionId,
      })) as SessionDetail;
      expect(after.conflicts).toEqual([]);
      expect(after.checklist.ticks[item.itemId]?.checked).toBe(true);
    });
  });
}
