import { describe, expect, it } from 'vitest';
import {
  addDays,
  DEFAULT_FOLLOW_UP_INTERVALS,
  dueFollowUps,
  followUpState,
  nextInterval,
  planDates,
  suggestNextDate,
} from '../../../../shared/domain';

describe('a follow-up plan at growing intervals', () => {
  it('counts each default interval from the meeting before: one week, two weeks, a month, three months', () => {
    expect(DEFAULT_FOLLOW_UP_INTERVALS).toEqual([7, 14, 30, 90]);
    expect(planDates('2026-12-01', DEFAULT_FOLLOW_UP_INTERVALS)).toEqual([
      '2026-12-08',
      '2026-12-22',
      '2027-01-21',
      '2027-04-21',
    ]);
  });

  it('adds days across months, years and a leap day as calendar days', () => {
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('suggests one more meeting at twice the last gap, so the intervals keep growing', () => {
    expect(nextInterval(['2026-12-08', '2026-12-22'], '2026-12-01')).toBe(28);
    expect(suggestNextDate(['2026-12-22', '2026-12-08'], '2026-12-01')).toBe('2027-01-19');
  });

  it('suggests a week from the start for an empty plan, and never more than a year ahead', () => {
    expect(suggestNextDate([], '2026-12-01')).toBe('2026-12-08');
    expect(nextInterval(['2026-01-01', '2026-12-01'], '2025-12-01')).toBe(365);
  });

  it('treats a short last gap as a week, so a plan still grows after two meetings on one day', () => {
    expect(nextInterval(['2026-12-08', '2026-12-08'], '2026-12-01')).toBe(14);
  });
});

describe('where a follow-up stands on a day', () => {
  const today = '2026-12-10';
  it('is overdue before today, due today, upcoming within a week, later after, and done once held', () => {
    expect(followUpState({ dueDate: '2026-12-09' }, today)).toBe('overdue');
    expect(followUpState({ dueDate: today }, today)).toBe('today');
    expect(followUpState({ dueDate: '2026-12-17' }, today)).toBe('upcoming');
    expect(followUpState({ dueDate: '2026-12-18' }, today)).toBe('later');
    expect(
      followUpState({ dueDate: '2026-12-01', doneAt: '2026-12-01T09:00:00+07:00' }, today),
    ).toBe('done');
  });

  it("lists Home's overdue oldest first and the coming week soonest first, leaving out done and later ones", () => {
    const items = [
      { id: 'a', dueDate: '2026-12-12' },
      { id: 'b', dueDate: '2026-12-03' },
      { id: 'c', dueDate: '2026-12-08' },
      { id: 'd', dueDate: '2026-12-10' },
      { id: 'e', dueDate: '2027-01-10' },
      { id: 'f', dueDate: '2026-12-01', doneAt: '2026-12-01T09:00:00Z' },
    ];
    const { overdue, upcoming } = dueFollowUps(items, today);
    expect(overdue.map((f) => f.id)).toEqual(['b', 'c']);
    expect(upcoming.map((f) => f.id)).toEqual(['d', 'a']);
  });
});
