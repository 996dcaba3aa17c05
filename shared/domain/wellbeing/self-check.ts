import { z } from 'zod';
import type { Label } from '../label';
import { IsoDateTime, RecordId } from '../primitives';
import { BURNOUT_SIGNS, COMPASSION_FATIGUE_SIGNS, Frequency } from '../resilience/signs';

/**
 * The counselor's own self-check (issue #13, item 7): the signs of burnout and of compassion
 * fatigue (kelelahan kepedulian) that seed 000 lists (`000_…`, `001_…`: "gejala burn out antara
 * lain kelelahan yang amat sangat, kesedihan, …"), each asked once, answered on the paper's own
 * frequency scale (tidak pernah / kadang-kadang / sering, scored 0 / 1 / 2) for the last two weeks.
 * Five signs are in both lists (exhaustion, sadness, depression, helplessness, confusion): they
 * are asked once and count towards both. It is a prompt to take distance, not a diagnosis.
 */
export const SelfCheckItemId = z.enum([
  'exhaustion',
  'sadness',
  'depression',
  'helplessness',
  'confusion',
  'disorientation',
  'anger',
  'irritability',
  'lossOfCaring',
  'cynicism',
  'somatic',
  'conflictedFeelings',
  'guilt',
]);
export type SelfCheckItemId = z.infer<typeof SelfCheckItemId>;

export type SelfCheckScale = 'burnout' | 'compassionFatigue';

export interface SelfCheckItem {
  itemId: SelfCheckItemId;
  label: Label;
  /** Which list of the paper the sign is on (one or both). */
  scales: readonly SelfCheckScale[];
}

const burnoutIds = new Set<string>(BURNOUT_SIGNS.map((s) => s.signId));
const fatigueIds = new Set<string>(COMPASSION_FATIGUE_SIGNS.map((s) => s.signId));
const ALL_SIGNS = [...BURNOUT_SIGNS, ...COMPASSION_FATIGUE_SIGNS];
function labelOf(id: string): Label {
  const sign = ALL_SIGNS.find((s) => s.signId === id);
  if (!sign) throw new Error(`no sign ${id} in the seed's lists`);
  return sign.label;
}

/** The items in the paper's order: burnout's list, then compassion fatigue's own signs. */
export const SELF_CHECK_ITEMS: readonly SelfCheckItem[] = SelfCheckItemId.options.map((itemId) => ({
  itemId,
  label: labelOf(itemId),
  scales: [
    ...(burnoutIds.has(itemId) ? (['burnout'] as const) : []),
    ...(fatigueIds.has(itemId) ? (['compassionFatigue'] as const) : []),
  ],
}));

/** Every item answered: a check with a sign left out would score lower than it is. */
export const SelfCheckAnswers = z
  .record(SelfCheckItemId, Frequency)
  .refine(
    (answers) => SelfCheckItemId.options.every((id) => answers[id] !== undefined),
    'every sign answered',
  );
export type SelfCheckAnswers = Record<SelfCheckItemId, Frequency>;

export const SelfCheck = z.object({
  id: RecordId,
  at: IsoDateTime,
  answers: SelfCheckAnswers,
});
export type SelfCheck = z.infer<typeof SelfCheck>;
