import { z } from 'zod';
import { RecordId } from '../primitives';

/**
 * An RT or RW number as Jakarta writes it ("005", "5"): one to three digits. Kept as typed, and
 * compared by its number, so "05" and "5" are one neighbourhood.
 */
export const NeighbourhoodNumber = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'community.errors.rtRw');

/**
 * An area of community work (seed 002: social workers map their kelurahan, trace contacts and run
 * activities at RT/RW level): a kelurahan, its kecamatan, and optionally one RW, or one RT of an
 * RW. An RT without its RW names no place, so the schema refuses it. Rules carry the form's
 * catalog words (issue #15, item 2).
 */
export const AreaFields = z
  .object({
    kelurahan: z.string().trim().min(1, 'community.errors.kelurahan').max(100),
    kecamatan: z.string().trim().max(100).optional(),
    rw: NeighbourhoodNumber.optional(),
    rt: NeighbourhoodNumber.optional(),
  })
  .refine((a) => a.rt === undefined || a.rw !== undefined, {
    path: ['rw'],
    message: 'community.errors.rwNeeded',
  });
export type AreaFields = z.infer<typeof AreaFields>;

export const CommunityArea = z.object({
  id: RecordId,
  kelurahan: z.string().min(1),
  kecamatan: z.string().optional(),
  rw: NeighbourhoodNumber.optional(),
  rt: NeighbourhoodNumber.optional(),
});
export type CommunityArea = z.infer<typeof CommunityArea>;

const pad = (n: string): string => String(Number(n)).padStart(3, '0');

/** "RT 005/RW 003, Kel. Kapuk, Kec. Cengkareng": how the area is named on screens and reports. */
export function areaName(
  area: Pick<CommunityArea, 'kelurahan' | 'kecamatan' | 'rw' | 'rt'>,
): string {
  const parts: string[] = [];
  if (area.rt !== undefined && area.rw !== undefined)
    parts.push(`RT ${pad(area.rt)}/RW ${pad(area.rw)}`);
  else if (area.rw !== undefined) parts.push(`RW ${pad(area.rw)}`);
  parts.push(`Kel. ${area.kelurahan}`);
  if (area.kecamatan) parts.push(`Kec. ${area.kecamatan}`);
  return parts.join(', ');
}
