import { describe, expect, it } from 'vitest';
import { COMMUNITY_DOCUMENT } from '../../../electron/core/community';
import { formTeam, notebook, stop } from '../../adversary/support/team';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';
import { foundIn, sqliteRelayForSuite } from '../support/relay-files';
import { until } from '../support/until';
import type { CoreHarness } from '../support/core-harness';

const NOTES = 'Sosialisasi gizi balita bersama kader posyandu Melati';
const NEEDS = 'Air bersih terbatas di gang Mawar';

async function mapArea(h: CoreHarness): Promise<{ areaId: string }> {
  const withArea = await h.call('community.saveArea', {
    area: { kelurahan: 'Kapuk', kecamatan: 'Cengkareng', rw: '5', rt: '3' },
  });
  const areaId = withArea.areas[0]?.id ?? '';
  await h.call('community.saveActivity', {
    activity: {
      areaId,
      kind: 'socialMapping',
      date: '2026-11-12',
      reached: { people: 8 },
      notes: '',
      mapping: { resources: 'Posyandu Melati', contacts: 'Ketua RW 05', needs: NEEDS },
    },
  });
  await h.call('community.saveActivity', {
    activity: {
      areaId,
      kind: 'areaActivity',
      date: '2026-12-01',
      reached: { people: 30, households: 12 },
      notes: NOTES,
    },
  });
  return { areaId };
}

describe('community work not tied to one client', () => {
  const relay = sqliteRelayForSuite();

  it('keeps areas and activities on this device when working alone, and takes them along in the backup', async () => {
    const h = await notebook();
    const { areaId } = await mapArea(h);
    const overview = await h.call('community.overview', {});
    expect(overview.sharing).toBe('alone');
    expect(overview.areas).toMatchObject([{ id: areaId, kelurahan: 'Kapuk', rw: '5', rt: '3' }]);
    expect(overview.activities.map((a) => a.kind)).toEqual(['areaActivity', 'socialMapping']);

    const file = await downloadBackup(h);
    expect(file.includes(Buffer.from('Posyandu'))).toBe(false);
    h.core.close();
    expect(foundIn(h.dataDir, 'posyandu')).toEqual([]);
    expect(foundIn(h.dataDir, 'Kapuk')).toEqual([]);

    const restored = await restoreOnNewDevice(file);
    const back = await restored.call('community.overview', {});
    expect(back.activities.map((a) => a.notes)).toContain(NOTES);
    expect(back.activities.find((a) => a.kind === 'socialMapping')?.mapping?.needs).toBe(NEEDS);
    restored.core.close();
  });

  it('refuses what the form refuses: a mapping that observed nothing, an RT without its RW', async () => {
    const h = await notebook();
    await expect(
      h.call('community.saveArea', { area: { kelurahan: 'Kapuk', rt: '3' } }),
    ).rejects.toThrow();
    const { areas } = await h.call('community.saveArea', { area: { kelurahan: 'Kapuk' } });
    await expect(
      h.call('community.saveActivity', {
        activity: {
          areaId: areas[0]?.id ?? '',
          kind: 'socialMapping',
          date: '2026-11-12',
          reached: { people: 1 },
          notes: '',
          mapping: { resources: '', contacts: '', needs: '' },
        },
      }),
    ).rejects.toThrow();
    expect((await h.call('community.overview', {})).activities).toEqual([]);
    h.core.close();
  });

  it("is the team's: written before the key arrived, it reaches the supervisor, who cannot change it; the relay holds ciphertext only", async () => {
    const { supervisor, counselor } = await formTeam(relay.url);
    const { areaId } = await mapArea(counselor);

    const seen = await until('the activities at the supervisor', async () => {
      const o = await supervisor.call('community.overview', {});
      return o.sharing === 'team' && o.activities.length === 2 ? o : undefined;
    });
    expect(seen.areas.map((a) => a.id)).toEqual([areaId]);
    const counselorActor = (await counselor.call('sync.status', {})).self.actorId;
    expect(seen.activities.every((a) => a.recordedBy === counselorActor)).toBe(true);

    // The supervisor records one of their own in the same area; the counselor sees it too.
    await supervisor.call('community.saveActivity', {
      activity: {
        areaId,
        kind: 'contactTracing',
        date: '2026-12-02',
        reached: { people: 4 },
        notes: '',
      },
    });
    await until('the supervisor’s activity at the counselor', async () => {
      const o = await counselor.call('community.overview', {});
      return o.activities.length === 3 ? true : undefined;
    });
    // Only who recorded an activity changes or removes it.
    const theirs = seen.activities[0]?.id ?? '';
    await expect(supervisor.call('community.removeActivity', { id: theirs })).rejects.toThrow(
      /only who recorded/,
    );

    await stop(supervisor, counselor);
    for (const dir of [relay.dir, supervisor.dataDir, counselor.dataDir]) {
      expect(foundIn(dir, 'posyandu')).toEqual([]);
      expect(foundIn(dir, 'Air bersih')).toEqual([]);
      expect(foundIn(dir, 'Cengkareng')).toEqual([]);
    }
    // The team's document reached the relay (its id is in the clear), this device's own never did.
    expect(foundIn(relay.dir, 'community-')).not.toEqual([]);
    expect(foundIn(relay.dir, `"${COMMUNITY_DOCUMENT}"`)).toEqual([]);
  }, 90_000);
});
