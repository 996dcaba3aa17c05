import type { Language } from '../../shared/api/settings';

/**
 * Every date and time the app shows, in one place (issue #12, item 8): in the language's own
 * format, day first and on the 24-hour clock in both languages ("6 Des 2026, 22.47",
 * "6 Dec 2026, 22:47"), never the machine's locale. `hourCycle` is explicit because a locale's
 * default clock is the operating system's to change. Date inputs cannot be formatted from here:
 * Chromium formats them by the `lang` of the page (renderer/src/i18n/index.ts sets it).
 */
export function localeOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl.DateTimeFormat is slow to build; lists format hundreds of dates. */
function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), options);
    formats.set(key, f);
  }
  return f;
}

const CLOCK = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** A date and time: "6 Des 2026, 22.47" / "6 Dec 2026, 22:47". */
export function formatDateTime(at: Date | number | string, language: Language): string {
  return format(language, { day: 'numeric', month: 'short', year: 'numeric', ...CLOCK }).format(
    instant(at),
  );
}

/** A date and time with the weekday, for a session's header: "Minggu, 6 Desember 2026 pukul 22.47". */
export function formatLongDateTime(at: Date | number | string, language: Language): string {
  return format(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...CLOCK,
  }).format(instant(at));
}

/** The time alone: "22.47" / "22:47". */
export function formatClock(at: Date | number | string, language: Language): string {
  return format(language, CLOCK).format(instant(at));
}

/** A calendar day 'YYYY-MM-DD' (no time zone: the day as written): "6 Des 2026". */
export function formatCalendarDay(day: string, language: Language): string {
  return format(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${day}T00:00:00Z`));
}

/** A calendar day without its year, for chart axes: "6 Des". */
export function formatShortCalendarDay(day: string, language: Language): string {
  return format(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

/** A time today as its time alone ("22.47"); another day with its date. */
export function formatWhen(at: number, language: Language, now = Date.now()): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? formatClock(at, language) : formatDateTime(at, language);
}

function instant(at: Date | number | string): number {
  if (typeof at === 'string') return Date.parse(at);
  return typeof at === 'number' ? at : at.getTime();
}
