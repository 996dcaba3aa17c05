import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { ATTACHMENT_PIECE_BYTES } from '../../shared/api/attachments';
import type { Language } from '../../shared/api/settings';
import { CHUNK_OVERHEAD } from '../../shared/attachments/limits';
import { catalogs } from '../../shared/i18n';
import { formatBytes } from '../../renderer/src/sync/format-bytes';
import { callApi } from './support/api-socket';
import { consentPhoto } from './support/png';
import { laptopWithVault, teamOnRelay } from './support/team-steps';
import type { RunningWebHost } from './support/web-host';

/**
 * Issue #14, item 1, in each language: a supervisor on a metered connection (the data saver on)
 * opens the Sync screen and reads how much attachment data waits and how much the data saver
 * holds back (a counselor's consent photo), allows it all with one button, and the figure goes
 * once the photo has arrived.
 */
const PHOTO = consentPhoto();

async function attachThroughApi(launchUrl: string, caseId: string): Promise<void> {
  const { uploadId } = await callApi(launchUrl, 'attachments.begin', { bytes: PHOTO.length });
  for (let at = 0; at < PHOTO.length; at += ATTACHMENT_PIECE_BYTES) {
    const piece = PHOTO.subarray(at, at + ATTACHMENT_PIECE_BYTES).toString('base64');
    await callApi(launchUrl, 'attachments.piece', { uploadId, piece });
  }
  await callApi(launchUrl, 'attachments.finish', {
    uploadId,
    caseId,
    owner: { kind: 'case', id: caseId },
    name: 'persetujuan.png',
  });
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();

for (const language of ['id', 'en'] as const satisfies readonly Language[]) {
  describe(`a supervisor lets held-back attachments through (${language})`, () => {
    const team = teamOnRelay(2, 'pd-e2e-attachments-relay-');

    it('reads what waits and what the data saver holds back, and allows it all now', async () => {
      const w = catalogs[language];
      const [supervisorHost, counselorHost] = team.hosts as [RunningWebHost, RunningWebHost];
      const supervisor = await laptopWithVault(team.browser, supervisorHost.launchUrl, language);
      const counselor = await laptopWithVault(team.browser, counselorHost.launchUrl, language);
      await callApi(supervisorHost.launchUrl, 'sync.createTeam', { serverUrl: team.relay.url });
      await callApi(supervisorHost.launchUrl, 'sync.setDataSaver', { enabled: true });
      const { code } = await callApi(supervisorHost.launchUrl, 'sync.invite', {
        role: 'counselor',
      });
      await callApi(counselorHost.launchUrl, 'sync.join', { code });
      const created = await callApi(counselorHost.launchUrl, 'cases.create', { alias: 'Kenanga' });
      await attachThroughApi(counselorHost.launchUrl, created.meta.id);
      await counselor.context().close();

      await nav(supervisor, w.nav.sync);
      // One chunk: the photo sealed with its nonce and tag, as the wire will carry it.
      const size = formatBytes(PHOTO.length + CHUNK_OVERHEAD, language);
      const held = supervisor.getByText(w.attachments.held.replace('{{size}}', size), {
        exact: false,
      });
      await held.waitFor({ timeout: 60_000 });
      await supervisor
        .getByText(
          w.attachments.waiting
            .replace('{{up}}', formatBytes(0, language))
            .replace('{{down}}', size),
          { exact: false },
        )
        .waitFor();

      await supervisor.getByRole('button', { name: w.attachments.allowAll }).click();
      await held.waitFor({ state: 'detached', timeout: 60_000 });
      await supervisor.getByRole('button', { name: w.attachments.allowAll }).waitFor({
        state: 'detached',
      });
      await supervisor.context().close();
    }, 300_000);
  });
}
