import { describe, expect, it } from 'vitest';
import {
  BURNOUT_SIGNS,
  caseload,
  COMPASSION_FATIGUE_SIGNS,
  SELF_CHECK_ITEMS,
  SelfCheckAnswers,
  SelfCheckItemId,
  scoreSelfCheck,
  wellbeingHistory,
  WellbeingSummary,
  type SelfCheck,
} from '../../../../shared/domain';

type Answers = Record<SelfCheckItemId, 0 | 1 | 2>;
const all = (value: 0 | 1 | 2): Answers =>
  Object.fromEntries(SelfCheckItemId.options.map((id) => [id, value])) as Answers;
const check = (id: string, at: string, answers: Answers): SelfCheck => ({ id, at, answers });
const HEX = (n: number) => n.toString(16).padStart(32, '0');

describe('the self-check of burnout and compassion-fatigue signs', () => {
  it('asks every sign of both lists of the paper once, in both languages', () => {
    const asked = new Set(SELF_CHECK_ITEMS.map((i) => i.itemId));
    for (const sign of [...BURNOUT_SIGNS, ...COMPASSION_FATIGUE_SIGNS]) {
      expect(asked.has(sign.signId as SelfCheckItemId)).toBe(true);
    }
    expect(asked.size).toBe(SELF_CHECK_ITEMS.length);
    for (const item of SELF_CHECK_ITEMS) {
      expect(item.label.id).not.toBe('');
      expect(item.label.en).not.toBe('');
    }
  });

  it('counts a sign on both lists towards both scales', () => {
    const exhaustion = SELF_CHECK_ITEMS.find((i) => i.itemId === 'exhaustion');
    expect(exhaustion?.scales).toEqual(['burnout', 'compassionFatigue']);
    expect(SELF_CHECK_ITEMS.find((i) => i.itemId === 'cynicism')?.scales).toEqual(['burnout']);
    expect(SELF_CHECK_ITEMS.find((i) => i.itemId === 'guilt')?.scales).toEqual([
      'compassionFatigue',
    ]);
  });

  it('refuses a check with a sign left unanswered', () => {
    const partial: Partial<Answers> = all(1);
    delete partial.guilt;
    expect(SelfCheckAnswers.safeParse(partial).success).toBe(false);
    expect(SelfCheckAnswers.safeParse(all(1)).success).toBe(true);
  });
});

describe('scoring and bands', () => {
  it('scores no sign at all as low and every sign often as high', () => {
    expect(scoreSelfCheck(all(0))).toMatchObject({ load: 0, band: 'low' });
    expect(scoreSelfCheck(all(2))).toMatchObject({ load: 1, band: 'high' });
  });

  it('scores every sign sometimes as moderate', () => {
    expect(scoreSelfCheck(all(1))).toMatchObject({ load: 0.5, band: 'moderate' });
  });

  it('takes the heavier scale: compassion fatigue alone can make the band high', () => {
    const answers = all(0);
    for (const item of SELF_CHECK_ITEMS) {
      if (item.scales.includes('compassionFatigue')) answers[item.itemId] = 2;
    }
    const score = scoreSelfCheck(answers);
    expect(score.compassionFatigue).toBe(1);
    expect(score.burnout).toBeLessThan(2 / 3);
    expect(score.band).toBe('high');
  });
});

describe('the trend over time', () => {
  it('says a first check is the first', () => {
    expect(wellbeingHistory([check(HEX(1), '2026-11-01T08:00:00.000Z', all(1))]).trend).toBe(
      'first',
    );
  });

  it('compares the latest check with the one before, whatever order they are given in', () => {
    const history = wellbeingHistory([
      check(HEX(2), '2026-11-15T08:00:00.000Z', all(2)),
      check(HEX(1), '2026-11-01T08:00:00.000Z', all(1)),
    ]);
    expect(history.points.map((p) => p.checkId)).toEqual([HEX(1), HEX(2)]);
    expect(history.trend).toBe('worse');
    expect(history.latest?.band).toBe('high');
  });

  it('calls a drop of several signs better, and one sign moving one step steady', () => {
    const before = check(HEX(1), '2026-11-01T08:00:00.000Z', all(2));
    expect(
      wellbeingHistory([before, check(HEX(2), '2026-11-08T08:00:00.000Z', all(0))]).trend,
    ).toBe('better');
    const oneStep = { ...all(2), cynicism: 1 as const };
    expect(
      wellbeingHistory([before, check(HEX(3), '2026-11-08T08:00:00.000Z', oneStep)]).trend,
    ).toBe('steady');
  });

  it('has no band and no trend before any check', () => {
    expect(wellbeingHistory([])).toEqual({ points: [], latest: undefined, trend: undefined });
  });
});

describe('caseload figures from the records', () => {
  // Wednesday 2 December 2026, 10:00 in Jakarta (UTC+7).
  const now = new Date('2026-12-02T03:00:00.000Z');
  const JAKARTA = 420;

  it('counts sessions per week over the last eight weeks, Monday first, in local time', () => {
    const load = caseload(
      [
        { startsAt: '2026-11-30T02:00:00.000Z' }, // Monday 09:00: this week
        { startsAt: '2026-11-29T17:30:00.000Z' }, // Monday 00:30 local: this week, late
        { startsAt: '2026-11-29T16:30:00.000Z' }, // Sunday 23:30 local: last week, late
        { startsAt: '2026-10-12T02:00:00.000Z' }, // Monday 12 Oct: the first of the 8 weeks
        { startsAt: '2026-10-11T02:00:00.000Z' }, // the Sunday before: outside them
      ],
      [],
      now,
      JAKARTA,
    );
    expect(load.weeks).toHaveLength(8);
    expect(load.weeks[0]).toEqual({ weekStart: '2026-10-12', sessions: 1, lateSessions: 0 });
    expect(load.weeks[7]).toEqual({ weekStart: '2026-11-30', sessions: 2, lateSessions: 1 });
    expect(load.weeks[6]).toEqual({ weekStart: '2026-11-23', sessions: 1, lateSessions: 1 });
    expect(load.weeks.reduce((n, w) => n + w.sessions, 0)).toBe(4);
  });

  it('counts a session started at 21:00 as late and one at 20:59 as not', () => {
    const load = caseload(
      [{ startsAt: '2026-12-01T14:00:00.000Z' }, { startsAt: '2026-12-01T13:59:00.000Z' }],
      [],
      now,
      JAKARTA,
    );
    expect(load.weeks[7]).toMatchObject({ sessions: 2, lateSessions: 1 });
  });

  it('counts open and referred high-risk cases, not closed ones or lower risk', () => {
    const load = caseload(
      [],
      [
        { id: 'a', status: 'open', riskLevel: 'high' },
        { id: 'b', status: 'referred', riskLevel: 'high' },
        { id: 'c', status: 'closed', riskLevel: 'high' },
        { id: 'd', status: 'open', riskLevel: 'moderate' },
      ],
      now,
      JAKARTA,
    );
    expect(load.highRiskOpen).toBe(2);
  });
});

describe('the summary a counselor may share', () => {
  it('carries no answers and no reflection: anything else is refused', () => {
    const summary = {
      band: 'moderate',
      trend: 'steady',
      checkedAt: '2026-12-01T08:00:00.000Z',
      caseload: { weeks: [], highRiskOpen: 0 },
      debriefRequested: true,
      sharedAt: '2026-12-01T09:00:00.000Z',
    };
    expect(WellbeingSummary.safeParse(summary).success).toBe(true);
    expect(WellbeingSummary.safeParse({ ...summary, reflection: 'x' }).success).toBe(false);
    expect(WellbeingSummary.safeParse({ ...summary, answers: all(1) }).success).toBe(false);
  });
});
