import { describe, expect, it } from 'vitest';
import {
  AreaFields,
  areaName,
  CommunityActivityFields,
  countActivities,
  totalsBy,
} from '../../../../shared/domain';

const a = (
  areaId: string,
  kind: 'socialMapping' | 'areaActivity',
  date: string,
  people: number,
  households?: number,
) => ({
  areaId,
  kind,
  date,
  reached: { people, ...(households !== undefined ? { households } : {}) },
});

describe('counting community work by area, kind and period', () => {
  const activities = [
    a('kapuk', 'areaActivity', '2026-11-03', 30, 10),
    a('kapuk', 'areaActivity', '2026-11-20', 20),
    a('kapuk', 'socialMapping', '2026-12-01', 5),
    a('cengkareng', 'areaActivity', '2026-12-15', 12, 4),
  ];

  it('counts activities and people per area, kind and month, in a stable order', () => {
    expect(countActivities(activities, { period: 'month' })).toEqual([
      {
        areaId: 'kapuk',
        kind: 'areaActivity',
        period: '2026-11',
        activities: 2,
        people: 50,
        households: 10,
      },
      {
        areaId: 'cengkareng',
        kind: 'areaActivity',
        period: '2026-12',
        activities: 1,
        people: 12,
        households: 4,
      },
      {
        areaId: 'kapuk',
        kind: 'socialMapping',
        period: '2026-12',
        activities: 1,
        people: 5,
        households: 0,
      },
    ]);
  });

  it('counts a chosen range as one period, both ends included', () => {
    const rows = countActivities(activities, {
      period: 'range',
      from: '2026-11-20',
      to: '2026-12-01',
    });
    expect(rows).toEqual([
      {
        areaId: 'kapuk',
        kind: 'areaActivity',
        period: 'all',
        activities: 1,
        people: 20,
        households: 0,
      },
      {
        areaId: 'kapuk',
        kind: 'socialMapping',
        period: 'all',
        activities: 1,
        people: 5,
        households: 0,
      },
    ]);
  });

  it('adds rows up by area, by kind or by period', () => {
    const rows = countActivities(activities, { period: 'month' });
    expect(totalsBy(rows, 'areaId')).toEqual([
      { key: 'cengkareng', activities: 1, people: 12, households: 4 },
      { key: 'kapuk', activities: 3, people: 55, households: 10 },
    ]);
    expect(totalsBy(rows, 'period').map((t) => [t.key, t.activities])).toEqual([
      ['2026-11', 2],
      ['2026-12', 2],
    ]);
  });

  it('gives the same rows whatever order the activities arrive in', () => {
    const reversed = [...activities].reverse();
    expect(countActivities(reversed, { period: 'month' })).toEqual(
      countActivities(activities, { period: 'month' }),
    );
  });

  it('names an area as Jakarta writes it, and refuses an RT without its RW', () => {
    expect(areaName({ kelurahan: 'Kapuk', kecamatan: 'Cengkareng', rw: '5', rt: '3' })).toBe(
      'RT 003/RW 005, Kel. Kapuk, Kec. Cengkareng',
    );
    expect(AreaFields.safeParse({ kelurahan: 'Kapuk', rt: '3' }).success).toBe(false);
    expect(AreaFields.safeParse({ kelurahan: 'Kapuk', rw: '12' }).success).toBe(true);
  });

  it('asks a social mapping for something observed, and no other kind for a mapping', () => {
    const base = { areaId: 'kapuk', date: '2026-11-03', reached: { people: 3 }, notes: '' };
    const empty = { resources: '', contacts: '', needs: '' };
    const mapping = CommunityActivityFields.safeParse({
      ...base,
      kind: 'socialMapping',
      mapping: empty,
    });
    expect(mapping.success).toBe(false);
    expect(mapping.error?.issues[0]?.path).toEqual(['mapping', 'resources']);
    expect(
      CommunityActivityFields.safeParse({
        ...base,
        kind: 'areaActivity',
        mapping: { ...empty, needs: 'x' },
      }).success,
    ).toBe(false);
    expect(CommunityActivityFields.safeParse({ ...base, kind: 'contactTracing' }).success).toBe(
      true,
    );
  });
});
