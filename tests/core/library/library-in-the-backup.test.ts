import { describe, expect, it } from 'vitest';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';
import { PASSPHRASE, startCore } from '../support/core-harness';

describe('the library in a backup', () => {
  it('comes back on a new laptop: items, their files, decisions and what a session gave', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const pdf = Buffer.from('%PDF-1.4\n% Leaflet tentang tidur\n%%EOF\n').toString('base64');
    const leaflet = await h.call('library.add', {
      content: {
        kind: 'leaflet',
        title: 'Tidur nyenyak',
        language: 'id',
        tags: ['tidur'],
        text: 'Leaflet dari Puskesmas',
        textFormat: 'plain',
      },
      upload: { name: 'tidur.pdf', mediaType: 'application/pdf', base64: pdf },
    });
    const created = await h.call('cases.create', { alias: 'Mawar' });
    const session = await h.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-12-01T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'faceToFace',
    });
    await h.call('library.give', { sessionId: session.meta.id, itemId: leaflet.id });
    const backup = await downloadBackup(h);
    h.core.close();

    const restored = await restoreOnNewDevice(backup);
    const list = await restored.call('library.list', { query: 'tidur' });
    expect(list.items).toMatchObject([{ id: leaflet.id, status: 'approved', version: 1 }]);
    expect((await restored.call('library.file', { itemId: leaflet.id })).base64).toBe(pdf);
    const given = await restored.call('library.sessionMaterials', { sessionId: session.meta.id });
    expect(given.materials).toMatchObject([{ itemId: leaflet.id, title: 'Tidur nyenyak' }]);
    restored.core.close();
  }, 60_000);
});
