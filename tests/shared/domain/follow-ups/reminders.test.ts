import { describe, expect, it } from 'vitest';
import { decideReminder, reminderKey } from '../../../../shared/domain';

const today = '2026-12-10';
const items = [
  { id: 'a', dueDate: today, done: false },
  { id: 'b', dueDate: '2026-12-04', done: false },
  { id: 'c', dueDate: '2026-12-20', done: false },
  { id: 'd', dueDate: '2026-12-01', done: true },
];

describe('deciding a follow-up reminder', () => {
  it('reminds of what is due today and overdue, in counts only, and remembers each one', () => {
    const decision = decideReminder(items, today, new Set());
    expect(decision.reminder).toEqual({ dueToday: 1, overdue: 1 });
    expect(decision.remembered).toEqual([
      reminderKey('a', today, 'today'),
      reminderKey('b', '2026-12-04', 'overdue'),
    ]);
  });

  it('does not remind again of what was already reminded of, as after a restart', () => {
    const first = decideReminder(items, today, new Set());
    expect(decideReminder(items, today, new Set(first.remembered)).reminder).toBeNull();
  });

  it('reminds again when a follow-up due today becomes overdue the next day', () => {
    const first = decideReminder(items, today, new Set());
    const next = decideReminder(items, '2026-12-11', new Set(first.remembered));
    expect(next.reminder).toEqual({ dueToday: 0, overdue: 2 });
  });

  it('reminds again when a follow-up is moved to another day that is due', () => {
    const first = decideReminder(items, today, new Set());
    const moved = items.map((i) => (i.id === 'b' ? { ...i, dueDate: '2026-12-09' } : i));
    expect(decideReminder(moved, today, new Set(first.remembered)).reminder).toEqual({
      dueToday: 1,
      overdue: 1,
    });
  });

  it('forgets what is no longer due, so the remembered set never grows past what is due', () => {
    const first = decideReminder(items, today, new Set());
    const allDone = items.map((i) => ({ ...i, done: true }));
    const after = decideReminder(allDone, today, new Set(first.remembered));
    expect(after).toEqual({ reminder: null, remembered: [] });
  });

  it('never carries anything but counts, whatever the follow-ups hold', () => {
    const decision = decideReminder(items, today, new Set());
    expect(Object.keys(decision.reminder ?? {}).sort()).toEqual(['dueToday', 'overdue']);
  });
});
