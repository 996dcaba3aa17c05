import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatClock,
  formatDateTime,
  formatLongDateTime,
  formatWhen,
} from '../../renderer/src/dates';

/** 6 December 2026, 22:47 local time: late enough that a 12-hour clock would say PM. */
const EVENING = new Date(2026, 11, 6, 22, 47);
const MORNING = new Date(2026, 0, 3, 9, 5);

describe('dates as a person reads them', () => {
  it('writes a date and time day first on the 24-hour clock in Bahasa Indonesia', () => {
    expect(formatDateTime(EVENING, 'id')).toBe('6 Des 2026, 22.47');
    expect(formatDateTime(MORNING, 'id')).toBe('3 Jan 2026, 09.05');
    expect(formatLongDateTime(EVENING, 'id')).toBe('Minggu, 6 Desember 2026 pukul 22.47');
  });

  it('writes a date and time day first on the 24-hour clock in English too', () => {
    expect(formatDateTime(EVENING, 'en')).toBe('6 Dec 2026, 22:47');
    expect(formatLongDateTime(EVENING, 'en')).toBe('Sunday, 6 December 2026 at 22:47');
  });

  it('never says AM or PM, in either language', () => {
    for (const language of ['id', 'en'] as const) {
      for (let hour = 0; hour < 24; hour++) {
        const at = new Date(2026, 11, 6, hour, 0);
        expect(formatDateTime(at, language)).not.toMatch(/AM|PM|a\.m\.|p\.m\./i);
        expect(formatClock(at, language).slice(0, 2)).toBe(String(hour).padStart(2, '0'));
      }
    }
  });

  it('writes a calendar day as written, whatever the time zone', () => {
    expect(formatCalendarDay('2026-12-06', 'id')).toBe('6 Des 2026');
    expect(formatCalendarDay('2026-12-06', 'en')).toBe('6 Dec 2026');
  });

  it('gives a time today alone, and another day with its date', () => {
    const now = new Date(2026, 11, 6, 23, 0).getTime();
    expect(formatWhen(EVENING.getTime(), 'id', now)).toBe('22.47');
    expect(formatWhen(MORNING.getTime(), 'en', now)).toBe('3 Jan 2026, 09:05');
  });
});
