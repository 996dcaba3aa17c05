import { describe, expect, it } from 'vitest';
import { reviewQueue, sessionsPerWeek, weekOf, type QueueItem } from '../../../../shared/domain';

const item = (
  sessionId: string,
  riskLevel: QueueItem['riskLevel'],
  submittedAt: string,
  counselorId = 'u-a',
  status: QueueItem['status'] = 'submitted',
): QueueItem => ({
  sessionId,
  caseId: 'c',
  alias: 'x',
  startsAt: '2026-01-01T09:00:00Z',
  riskLevel,
  status,
  counselorId,
  submittedAt,
});

describe('the review queue', () => {
  const all = [
    item('low-old', 'low', '2026-01-01T08:00:00Z'),
    item('high-new', 'high', '2026-01-04T08:00:00Z', 'u-b'),
    item('none-oldest', 'none', '2025-12-20T08:00:00Z'),
    item('high-old', 'high', '2026-01-02T08:00:00Z'),
    item('moderate', 'moderate', '2026-01-03T08:00:00Z', 'u-b'),
    item('signed', 'high', '2025-12-01T08:00:00Z', 'u-a', 'signed'),
  ];

  it('puts risk first, then the longest waiting', () => {
    expect(reviewQueue(all, {}).items.map((i) => i.sessionId)).toEqual([
      'high-old',
      'high-new',
      'moderate',
      'low-old',
      'none-oldest',
    ]);
  });

  it('filters by counselor, status and date, and counts per counselor', () => {
    const byB = reviewQueue(all, { counselorId: 'u-b' });
    expect(byB.items.map((i) => i.sessionId)).toEqual(['high-new', 'moderate']);
    expect(byB.counts).toEqual([
      { counselorId: 'u-a', count: 3 },
      { counselorId: 'u-b', count: 2 },
    ]);
    expect(reviewQueue(all, { status: ['signed'] }).items.map((i) => i.sessionId)).toEqual([
      'signed',
    ]);
    expect(
      reviewQueue(all, { from: '2026-01-02', to: '2026-01-03' }).items.map((i) => i.sessionId),
    ).toEqual(['high-old', 'moderate']);
  });

  it('counts sessions per counselor per ISO week', () => {
    expect(weekOf('2026-01-07T10:00:00Z')).toBe('2026-01-05');
    const weeks = sessionsPerWeek(
      [
        { startsAt: '2026-01-05T09:00:00Z', counselorId: 'u-a' },
        { startsAt: '2026-01-06T09:00:00Z', counselorId: 'u-a' },
        { startsAt: '2025-12-30T09:00:00Z', counselorId: 'u-b' },
        { startsAt: '2024-01-01T09:00:00Z', counselorId: 'u-b' },
      ],
      '2026-01-07',
      2,
    );
    expect(weeks).toEqual([
      { week: '2025-12-29', counts: { 'u-b': 1 } },
      { week: '2026-01-05', counts: { 'u-a': 2 } },
    ]);
  });
});
