/**
 * Time as the app sees it, one shape for every layer (issue #15, item 3): the core's seam
 * (electron/core/clock.ts) and the relay's rate limits (server/rate-limit.ts) both take a Clock,
 * so a test moves time the same way everywhere.
 */
export interface Clock {
  /** Milliseconds: since the epoch for the system clock, from any origin for a monotonic one. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** The calendar day of an instant on this device's own calendar (its time zone), YYYY-MM-DD. */
export function localDay(ms: number): string {
  const at = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
