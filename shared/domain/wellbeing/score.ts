import { z } from 'zod';
import type { Label } from '../label';
import { SELF_CHECK_ITEMS, type SelfCheckAnswers, type SelfCheckScale } from './self-check';

export const WellbeingBand = z.enum(['low', 'moderate', 'high']);
export type WellbeingBand = z.infer<typeof WellbeingBand>;

export const WELLBEING_BAND_LABELS: Record<WellbeingBand, Label> = {
  low: { id: 'Ringan', en: 'Low' },
  moderate: { id: 'Sedang', en: 'Moderate' },
  high: { id: 'Berat', en: 'High' },
};

export interface SelfCheckScore {
  /** Share of the most a scale can score (every sign "often"), 0..1. */
  burnout: number;
  compassionFatigue: number;
  /** The heavier of the two: either kind of exhaustion is reason enough to take distance. */
  load: number;
  band: WellbeingBand;
}

/** Below a third of the most: low; below two thirds: moderate; from two thirds: high. */
export const BAND_LIMITS = { moderate: 1 / 3, high: 2 / 3 } as const;

export function bandOf(load: number): WellbeingBand {
  if (load >= BAND_LIMITS.high) return 'high';
  if (load >= BAND_LIMITS.moderate) return 'moderate';
  return 'low';
}

function scaleLoad(answers: SelfCheckAnswers, scale: SelfCheckScale): number {
  const items = SELF_CHECK_ITEMS.filter((i) => i.scales.includes(scale));
  const sum = items.reduce((total, i) => total + answers[i.itemId], 0);
  return sum / (2 * items.length);
}

export function scoreSelfCheck(answers: SelfCheckAnswers): SelfCheckScore {
  const burnout = scaleLoad(answers, 'burnout');
  const compassionFatigue = scaleLoad(answers, 'compassionFatigue');
  const load = Math.max(burnout, compassionFatigue);
  return { burnout, compassionFatigue, load, band: bandOf(load) };
}
