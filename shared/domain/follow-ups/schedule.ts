import { daysBetween } from '../primitives';
import type { FollowUp, FollowUpState } from './follow-up';

/**
 * Growing intervals (WHO 2004, stage 4): one week, two weeks, a month, three months after the
 * previous meeting. A default only: the person changes any date, adds or removes meetings.
 */
export const DEFAULT_FOLLOW_UP_INTERVALS: readonly number[] = [7, 14, 30, 90];

/** The longest plan one click makes, and the farthest a suggested date goes. */
export const MAX_FOLLOW_UP_INTERVAL = 365;

/** Home's "coming" list looks this many days ahead. */
export const FOLLOW_UP_HORIZON_DAYS = 7;

/** A calendar day plus some days, as a calendar day (no time zone: the day the person meant). */
export function addDays(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The dates of a plan starting from `from`, each interval counted from the meeting before. */
export function planDates(from: string, intervals: readonly number[]): string[] {
  const dates: string[] = [];
  let last = from;
  for (const gap of intervals) {
    last = addDays(last, gap);
    dates.push(last);
  }
  return dates;
}

/**
 * The gap for one more meeting after a plan's last: twice the last gap (the intervals keep
 * growing), the first default gap for an empty plan, never more than a year.
 */
export function nextInterval(dueDates: readonly string[], from: string): number {
  const sorted = [...dueDates].sort();
  const last = sorted.at(-1);
  if (!last) return DEFAULT_FOLLOW_UP_INTERVALS[0] ?? 7;
  const before = sorted.at(-2) ?? from;
  const gap = Math.max(daysBetween(before, last), DEFAULT_FOLLOW_UP_INTERVALS[0] ?? 7);
  return Math.min(gap * 2, MAX_FOLLOW_UP_INTERVAL);
}

/** The suggested date of one more meeting: the next growing gap after the last one. */
export function suggestNextDate(dueDates: readonly string[], from: string): string {
  const last = [...dueDates].sort().at(-1) ?? from;
  return addDays(last, nextInterval(dueDates, from));
}

export function followUpState(
  f: Pick<FollowUp, 'dueDate' | 'doneAt'>,
  today: string,
  horizonDays: number = FOLLOW_UP_HORIZON_DAYS,
): FollowUpState {
  if (f.doneAt) return 'done';
  if (f.dueDate < today) return 'overdue';
  if (f.dueDate === today) return 'today';
  return daysBetween(today, f.dueDate) <= horizonDays ? 'upcoming' : 'later';
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A plan in the order it is met: by date, then by id so two devices show the same order. ISO days
 * and hex ids sort by code units; localeCompare would cost most of Home's time at 4,000 meetings.
 */
export function orderFollowUps<T extends Pick<FollowUp, 'dueDate' | 'id'>>(items: T[]): T[] {
  return [...items].sort((a, b) => byCodeUnits(a.dueDate, b.dueDate) || byCodeUnits(a.id, b.id));
}

/**
 * Home's two lists: the overdue, oldest first, and those due today or in the next days, soonest
 * first. Done ones are in neither.
 */
export function dueFollowUps<T extends Pick<FollowUp, 'dueDate' | 'id' | 'doneAt'>>(
  items: T[],
  today: string,
  horizonDays: number = FOLLOW_UP_HORIZON_DAYS,
): { overdue: T[]; upcoming: T[] } {
  // Done and later meetings are dropped before sorting: Home sorts only what it shows.
  const until = addDays(today, horizonDays);
  const overdue: T[] = [];
  const upcoming: T[] = [];
  for (const f of items) {
    if (f.doneAt) continue;
    if (f.dueDate < today) overdue.push(f);
    else if (f.dueDate <= until) upcoming.push(f);
  }
  return { overdue: orderFollowUps(overdue), upcoming: orderFollowUps(upcoming) };
}
