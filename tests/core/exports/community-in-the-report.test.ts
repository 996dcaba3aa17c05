import { describe, expect, it } from 'vitest';
import { startCore } from '../support/core-harness';
import { caseWithWork, take } from './support';

describe("the agency report and the team's community work", () => {
  it('counts community work by area, with no word of its notes', async () => {
    const h = await startCore();
    await caseWithWork(h);
    const { areas } = await h.call('community.saveArea', {
      area: { kelurahan: 'Kapuk', kecamatan: 'Cengkareng', rw: '5' },
    });
    const areaId = areas[0]?.id ?? '';
    await h.call('community.saveActivity', {
      activity: {
        areaId,
        kind: 'areaActivity',
        date: '2026-11-05',
        reached: { people: 30, households: 12 },
        notes: 'Catatan-Komunitas-Rahasia',
      },
    });
    const prepared = await h.call('exports.prepare', {
      kind: 'agencyReport',
      format: 'csv',
      period: { from: '2026-11-01', to: '2026-11-30' },
      scope: 'own',
    });
    const csv = take(h, prepared.ticket).toString('utf8');
    expect(csv).toContain(
      'Kerja komunitas menurut wilayah,"RW 005, Kel. Kapuk, Kec. Cengkareng",1,30,12',
    );
    expect(csv).not.toContain('Catatan-Komunitas-Rahasia');
  });
});
