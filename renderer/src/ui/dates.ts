import type { Language } from '../../../shared/api/settings';
import { formatCalendarDay, formatClock, formatDateTime, formatShortCalendarDay } from '../dates';

export { useLanguage } from '../i18n/use-language';

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day 'YYYY-MM-DD' in words of the chosen language ("3 Mar 2025"). */
export function formatDay(day: string, language: Language): string {
  return formatCalendarDay(day, language);
}

/** A short day for chart axes ("3 Mar"). */
export function formatShortDay(day: string, language: Language): string {
  return formatShortCalendarDay(day, language);
}

/** An ISO instant with date and time, in the user's local time. */
export function formatInstant(iso: string, language: Language): string {
  return formatDateTime(iso, language);
}

/** Only the time of an ISO instant ("09.30" / "09:30"). */
export function formatTime(iso: string, language: Language): string {
  return formatClock(iso, language);
}

/** Today as the user's local calendar day, 'YYYY-MM-DD' (the core's `today`). */
export function todayLocal(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Now as a value for <input type="datetime-local">. */
export function nowLocalInput(now = new Date()): string {
  return `${todayLocal(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A datetime-local value (local time, no offset) as an ISO instant. */
export function localInputToIso(value: string): string | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
