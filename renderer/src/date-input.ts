import type { Language } from '../../shared/api/settings';
import { localeOf } from './dates';

/**
 * What a date field holds while it is typed, and the value it stands for (issue #12, item 8).
 * Chromium draws `<input type="date">` in the browser's locale whatever the page's `lang`
 * ("12/06/2026, 10:47 PM" beside "6 Des 2026"), so the app's date fields are its own: a day, a
 * month by name, a year, and an hour and a minute on the 24-hour clock, in the language's order.
 * Values in and out are those the forms used with the native inputs: 'YYYY-MM-DD' for a day and
 * 'YYYY-MM-DDTHH:mm' (local time, no offset) for a moment; '' for nothing.
 */
export interface DayParts {
  day: string;
  /** '1'…'12', or '' (the month's select). */
  month: string;
  year: string;
}

export interface ClockParts {
  hour: string;
  minute: string;
}

export type DateParts = DayParts & Partial<ClockParts>;

/** Why what is typed is not a date: the field says it beside itself. */
export type DateProblem = 'incomplete' | 'noSuchDay' | 'year' | 'hour' | 'minute';

export type DateReading =
  { ok: true; value: string } | { ok: false; problem: DateProblem; daysInMonth?: number };

const EMPTY_DAY: DayParts = { day: '', month: '', year: '' };
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const digits = /^\d+$/;

/** Gregorian leap years, as the calendar the forms' days are written in. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function blank(parts: Partial<DayParts & ClockParts>): boolean {
  return Object.values(parts).every((p) => (p ?? '').trim() === '');
}

/** A day's parts as 'YYYY-MM-DD': '' when nothing is typed, a problem when it is no day. */
export function readDay(parts: DayParts): DateReading {
  if (blank(parts)) return { ok: true, value: '' };
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (!day || !month || !year) return { ok: false, problem: 'incomplete' };
  if (!digits.test(year) || year.length !== 4 || Number(year) < 1000)
    return { ok: false, problem: 'year' };
  const m = Number(month);
  const y = Number(year);
  if (!digits.test(month) || m < 1 || m > 12) return { ok: false, problem: 'incomplete' };
  const last = daysInMonth(y, m);
  const d = Number(day);
  if (!digits.test(day) || d < 1 || d > last)
    return { ok: false, problem: 'noSuchDay', daysInMonth: last };
  return { ok: true, value: `${year}-${pad(m)}-${pad(d)}` };
}

/** An hour and minute as 'HH:mm' on the 24-hour clock; 24:00 is 00:00 of the next day, refused. */
export function readClock(parts: ClockParts): DateReading {
  const [hour, minute] = [parts.hour.trim(), parts.minute.trim()];
  if (!hour || !minute) return { ok: false, problem: 'incomplete' };
  if (!digits.test(hour) || hour.length > 2 || Number(hour) > 23)
    return { ok: false, problem: 'hour' };
  if (!digits.test(minute) || minute.length > 2 || Number(minute) > 59)
    return { ok: false, problem: 'minute' };
  return { ok: true, value: `${pad(Number(hour))}:${pad(Number(minute))}` };
}

/** A moment's parts as 'YYYY-MM-DDTHH:mm' (local time), as `<input type="datetime-local">` gave. */
export function readDateTime(parts: DayParts & ClockParts): DateReading {
  if (blank(parts)) return { ok: true, value: '' };
  const day = readDay(parts);
  if (!day.ok) return day;
  if (!day.value) return { ok: false, problem: 'incomplete' };
  const clock = readClock(parts);
  return clock.ok ? { ok: true, value: `${day.value}T${clock.value}` } : clock;
}

/** A form's value back into parts: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'; anything else is empty. */
export function splitValue(value: string): DayParts & ClockParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return { ...EMPTY_DAY, hour: '', minute: '' };
  return {
    year: m[1] ?? '',
    month: String(Number(m[2])),
    day: m[3] ?? '',
    hour: m[4] ?? '',
    minute: m[5] ?? '',
  };
}

/**
 * A date written day first, as a person pastes it: "6/12/2026", "06-12-2026", "6.12.2026",
 * with an optional time "22.47" or "22:47"; an ISO day or moment is read too. Only the shape:
 * whether the day exists is readDay's to say.
 */
export function parseDayFirst(text: string): (DayParts & ClockParts) | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2})[:.](\d{2}))?$/.exec(s);
  const dayFirst =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(?:pukul\s+)?(\d{1,2})[:.](\d{2}))?$/i.exec(s);
  if (iso) {
    const [, year = '', month = '', day = '', hour = '', minute = ''] = iso;
    return { day: pad(Number(day)), month: String(Number(month)), year, hour, minute };
  }
  if (dayFirst) {
    const [, day = '', month = '', year = '', hour = '', minute = ''] = dayFirst;
    return { day: pad(Number(day)), month: String(Number(month)), year, hour, minute };
  }
  return null;
}

export type DayPart = 'day' | 'month' | 'year';

/** The order a language writes a date in: day, month, year in both of ours. */
export function dayPartOrder(language: Language): DayPart[] {
  const parts = new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2026, 11, 6));
  return parts
    .map((p) => p.type)
    .filter((type): type is DayPart => type === 'day' || type === 'month' || type === 'year');
}

const monthCache = new Map<Language, string[]>();

/** The twelve months by name in the language: "Januari"… / "January"…. */
export function monthNames(language: Language): string[] {
  let names = monthCache.get(language);
  if (!names) {
    const f = new Intl.DateTimeFormat(localeOf(language), { month: 'long', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2026, i, 1)));
    monthCache.set(language, names);
  }
  return names;
}

/** What stands between the hour and the minute: "22.47" in Indonesian, "22:47" in English. */
export function clockSeparator(language: Language): string {
  const parts = new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).formatToParts(Date.UTC(2026, 11, 6, 22, 47));
  const hour = parts.findIndex((p) => p.type === 'hour');
  return parts[hour + 1]?.type === 'literal' ? (parts[hour + 1]?.value ?? ':') : ':';
}
