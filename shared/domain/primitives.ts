import { z } from 'zod';

/** An opaque record id (a UUID in practice); never empty. */
export const RecordId = z.string().min(1).max(200);

/** A person who acted (counselor, supervisor): their user id. */
export const ActorId = z.string().min(1).max(200);

/** An instant, with its offset: '2025-03-01T09:30:00+07:00' or '...Z'. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** A calendar day, 'YYYY-MM-DD', as the user meant it (no time zone). */
export const IsoDate = z.iso.date();

/**
 * A phone number as people write them in Indonesia: '0812-3456-7890', '+62 812 3456 7890',
 * '(021) 555-0101', '112'. Loose on purpose (at least three digits): the directory holds
 * numbers, not a dialling plan.
 */
export const Phone = z
  .string()
  .trim()
  .max(25, 'cases.validation.phone')
  .regex(/^(?=(?:\D*\d){3})\+?[0-9(][0-9 ()-]*$/, 'cases.validation.phone');

/** Free text someone must fill in. */
export const RequiredText = z.string().trim().min(1);

/** Milliseconds since the epoch of an ISO instant; comparing strings fails across offsets. */
export function instantOf(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${iso}`);
  return ms;
}

/** Whole days from `from` to `to`, both 'YYYY-MM-DD' (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
