import { z } from 'zod';
import { IsoDate } from '../primitives';

/**
 * The days a report covers, first and last included ('YYYY-MM-DD'). Agencies ask for a month at
 * a time (seed 002: monthly activity reports to the Suku Dinas Sosial), so the default is the
 * calendar month before today's.
 */
export const ReportPeriod = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'periodOrder' })
  .refine(
    (p) => Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`) <= 3660 * 864e5,
    {
      path: ['from'],
      message: 'periodTooLong',
    },
  );
export type ReportPeriod = z.infer<typeof ReportPeriod>;

const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The calendar month before the one `today` is in (UTC days, as the records store them). */
export function lastMonth(today: Date): ReportPeriod {
  const firstOfThisMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const lastOfPrevious = new Date(firstOfThisMonth - 864e5);
  const firstOfPrevious = new Date(
    Date.UTC(lastOfPrevious.getUTCFullYear(), lastOfPrevious.getUTCMonth(), 1),
  );
  return { from: day(firstOfPrevious), to: day(lastOfPrevious) };
}

/** Whether an ISO date or date-time falls on a day of the period. */
export function inPeriod(dateOrDateTime: string, period: ReportPeriod): boolean {
  const d = dateOrDateTime.slice(0, 10);
  return d >= period.from && d <= period.to;
}
