import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

const PDF = Buffer.from('%PDF-1.4\n% Leaflet: mengenali tanda kecemasan\n%%EOF\n').toString(
  'base64',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString(
  'base64',
);

const breathing = {
  kind: 'text' as const,
  title: 'Teknik napas 4-7-8',
  language: 'id' as const,
  tags: ['kecemasan', 'relaksasi'],
  text: 'Tarik napas empat hitungan, tahan tujuh hitungan, hembuskan delapan hitungan.',
  textFormat: 'plain' as const,
};

async function sessionOf(h: CoreHarness) {
  const created = await h.call('cases.create', { alias: 'Melati' });
  const session = await h.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-12-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  return { caseId: created.meta.id, sessionId: session.meta.id };
}

describe('the library of someone working alone', () => {
  it('keeps what they add ready to give, and finds it by title, tag and words of its text', async () => {
    const h = await vault();
    const added = await h.call('library.add', { content: breathing });
    expect(added).toMatchObject({ status: 'approved', version: 1, mine: true, editable: true });
    const overview = await h.call('library.list', {});
    expect(overview).toMatchObject({ place: 'device', curates: true });
    expect(overview.items.map((i) => i.title)).toEqual(['Teknik napas 4-7-8']);
    for (const query of ['napas', 'relaks', 'hembuskan', 'KECEMASAN']) {
      const found = await h.call('library.list', { query });
      expect(
        found.items.map((i) => i.id),
        query,
      ).toEqual([added.id]);
    }
    expect((await h.call('library.list', { query: 'depresi' })).items).toEqual([]);
    h.core.close();
  });

  it('stores a leaflet encrypted and gives the same bytes back; refuses a file that is not what it says', async () => {
    const h = await vault();
    const leaflet = await h.call('library.add', {
      content: { ...breathing, kind: 'leaflet', title: 'Leaflet kecemasan', text: '' },
      upload: { name: 'kecemasan.pdf', mediaType: 'application/pdf', base64: PDF },
    });
    expect(leaflet.file).toMatchObject({ name: 'kecemasan.pdf', mediaType: 'application/pdf' });
    expect((await h.call('library.file', { itemId: leaflet.id })).base64).toBe(PDF);
    await expect(
      h.call('library.add', {
        content: { ...breathing, kind: 'leaflet', title: 'Bukan PDF', text: '' },
        upload: { name: 'gambar.pdf', mediaType: 'application/pdf', base64: PNG },
      }),
    ).rejects.toThrow(/not the type/);
    await expect(
      h.call('library.add', { content: { ...breathing, kind: 'image', text: '' } }),
    ).rejects.toThrow(/bad_request/);
    await expect(
      h.call('library.add', {
        content: breathing,
        upload: { name: 'x.png', mediaType: 'image/png', base64: PNG },
      }),
    ).rejects.toThrow(/bad_request/);
    await expect(h.call('library.add', { content: { ...breathing, text: '   ' } })).rejects.toThrow(
      /bad_request/,
    );
    expect((await h.call('library.list', {})).items).toHaveLength(1);
    h.core.close();
  });

  it('saves a leaflet through the export path, under a name that cannot leave its folder or lie about its type', async () => {
    const h = await vault();
    const leaflet = await h.call('library.add', {
      content: { ...breathing, kind: 'leaflet', title: 'Leaflet kecemasan', text: '' },
      upload: { name: '../../kecemasan.exe', mediaType: 'application/pdf', base64: PDF },
    });
    const prepared = await h.call('exports.prepare', { kind: 'libraryFile', itemId: leaflet.id });
    expect(prepared).toMatchObject({ mediaType: 'application/pdf' });
    expect(prepared.fileName).toMatch(/^[^/\\]*\.pdf$/);
    expect(prepared.fileName).not.toContain('..');
    const file = h.core.takeExport(prepared.ticket);
    expect(file?.bytes.toString('base64')).toBe(PDF);
    // A text has no file to save.
    const text = await h.call('library.add', { content: breathing });
    await expect(
      h.call('exports.prepare', { kind: 'libraryFile', itemId: text.id }),
    ).rejects.toThrow(/not_found/);
    h.core.close();
  });

  it('records in a session the title and version given, which stay when the item changes', async () => {
    const h = await vault();
    const { caseId, sessionId } = await sessionOf(h);
    const added = await h.call('library.add', { content: breathing });
    const given = await h.call('library.give', { sessionId, itemId: added.id });
    expect(given.editable).toBe(true);
    expect(given.materials).toMatchObject([
      { itemId: added.id, title: breathing.title, version: 1 },
    ]);

    const changed = await h.call('library.update', {
      itemId: added.id,
      content: { ...breathing, title: 'Napas 4-7-8 (revisi)' },
    });
    expect(changed.version).toBe(2);
    const after = await h.call('library.sessionMaterials', { sessionId });
    expect(after.materials).toMatchObject([{ title: breathing.title, version: 1 }]);
    const onCase = await h.call('library.caseMaterials', { caseId });
    expect(onCase).toMatchObject([{ sessionId, title: breathing.title, version: 1 }]);

    await h.call('library.ungive', { sessionId, itemId: added.id });
    expect((await h.call('library.sessionMaterials', { sessionId })).materials).toEqual([]);
    h.core.close();
  });

  it('does not give a hidden or retired item', async () => {
    const h = await vault();
    const { sessionId } = await sessionOf(h);
    const added = await h.call('library.add', { content: breathing });
    await h.call('library.curate', { itemId: added.id, decision: 'hidden' });
    await expect(h.call('library.give', { sessionId, itemId: added.id })).rejects.toThrow(
      /approved/,
    );
    const retired = await h.call('library.curate', { itemId: added.id, decision: 'retired' });
    expect(retired.status).toBe('retired');
    await expect(h.call('library.give', { sessionId, itemId: added.id })).rejects.toThrow(
      /approved/,
    );
    expect((await h.call('library.sessionMaterials', { sessionId })).materials).toEqual([]);
    h.core.close();
  });
});
