import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import { formTeam, invite, notebook } from '../../adversary/support/team';
import type { CoreHarness } from '../support/core-harness';
import { foundIn, sqliteRelayForSuite } from '../support/relay-files';
import { until } from '../support/until';

const pdf = (words: string) => Buffer.from(`%PDF-1.4\n% ${words}\n%%EOF\n`).toString('base64');

const leaflet = (title: string) => ({
  kind: 'leaflet' as const,
  title,
  language: 'id' as const,
  tags: ['kekerasan'],
  text: '',
  textFormat: 'plain' as const,
});

/** The attachment storage's own rows at a device (ids, scopes and states only). */
function attachmentStates(h: CoreHarness): Array<{ attachment_id: string; state: string }> {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare('SELECT attachment_id, state FROM attachments').all() as Array<{
      attachment_id: string;
      state: string;
    }>;
  } finally {
    db.close();
  }
}

describe("the team's library files", () => {
  const relay = sqliteRelayForSuite();

  it('are sealed in the attachment storage under the team scope, and announced on a teammate’s device', async () => {
    // The counselor keeps a leaflet of her own before she joins.
    const { supervisor, counselor } = await formTeam(relay.url);
    await until('the team library at the supervisor', async () =>
      (await supervisor.call('library.list', {})).place === 'team' ? true : undefined,
    );
    const added = await supervisor.call('library.add', {
      content: leaflet('Hak korban kekerasan'),
      upload: {
        name: 'hak-korban.pdf',
        mediaType: 'application/pdf',
        base64: pdf('LEAFLETWORD hak korban'),
      },
    });
    expect(added.file?.attachment?.scopeId).toMatch(/^team-/);
    expect((await supervisor.call('library.file', { itemId: added.id })).base64).toBe(
      pdf('LEAFLETWORD hak korban'),
    );
    expect(attachmentStates(supervisor).map((r) => r.attachment_id)).toContain(added.file?.fileId);

    // The item reaches the counselor; its file is announced there, to be fetched.
    const seen = await until('the leaflet at the counselor', async () => {
      const list = await counselor.call('library.list', {});
      return list.items.find((i) => i.id === added.id);
    });
    expect(seen.file?.sha256).toBe(added.file?.sha256);
    expect(attachmentStates(counselor).map((r) => r.attachment_id)).toContain(added.file?.fileId);

    for (const h of [supervisor, counselor]) h.core.close();
    expect(foundIn(relay.dir, 'LEAFLETWORD')).toEqual([]);
    expect(foundIn(relay.dir, 'Hak korban')).toEqual([]);
  }, 60_000);

  it('copies what a member kept alone into the team once its key is here, files included, as drafts', async () => {
    const supervisor = await notebook();
    const counselor = await notebook();
    const own = await counselor.call('library.add', {
      content: leaflet('Leaflet buatan sendiri'),
      upload: { name: 'sendiri.pdf', mediaType: 'application/pdf', base64: pdf('OWNLEAFLET') },
    });
    expect(own.status).toBe('approved');
    // Alone there is no scope key: the file is kept under the personal key, on this device only.
    expect(own.file?.attachment).toBeUndefined();
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await invite(supervisor, counselor);

    const copied = await until('the leaflet in the team library', async () => {
      const list = await counselor.call('library.list', {});
      return list.place === 'team' ? list.items.find((i) => i.id === own.id) : undefined;
    });
    // Her own approval does not count in a team: a supervisor decides.
    expect(copied.status).toBe('draft');
    expect(copied.file?.attachment?.scopeId).toMatch(/^team-/);
    expect((await counselor.call('library.file', { itemId: own.id })).base64).toBe(
      pdf('OWNLEAFLET'),
    );
    const atSupervisor = await until('the copy at the supervisor', async () => {
      const list = await supervisor.call('library.list', {});
      return list.items.find((i) => i.id === own.id);
    });
    expect(atSupervisor.status).toBe('draft');
    // Copied once: a restart of the library does not copy again.
    expect((await counselor.call('library.list', {})).items).toHaveLength(1);
    supervisor.core.close();
    counselor.core.close();
  }, 60_000);
});
