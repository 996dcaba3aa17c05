import { z } from 'zod';
import type { Label } from '../label';

/**
 * The frequency answers of the rapid assessment of 64 health workers in seed 000
 * (tidak pernah / kadang-kadang / sering), scored 0 / 1 / 2.
 */
export const Frequency = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type Frequency = z.infer<typeof Frequency>;

export const FREQUENCY_SCALE: readonly { value: Frequency; label: Label }[] = [
  { value: 0, label: { id: 'Tidak pernah', en: 'Never' } },
  { value: 1, label: { id: 'Kadang-kadang', en: 'Sometimes' } },
  { value: 2, label: { id: 'Sering', en: 'Often' } },
];

export interface Sign<Id extends string> {
  signId: Id;
  label: Label;
}

/** The symptoms of the rapid assessment (seed 000), one per named complaint. */
export const SymptomId = z.enum([
  'difficultyRelating',
  'lowConfidence',
  'suspicion',
  'poorConcentration',
  'memoryTrouble',
  'pessimism',
  'tension',
  'anger',
  'excessiveFear',
  'unstableMood',
  'lostMotivation',
]);
export type SymptomId = z.infer<typeof SymptomId>;

export const SYMPTOMS: readonly Sign<SymptomId>[] = [
  {
    signId: 'difficultyRelating',
    label: { id: 'Kesulitan menjalin relasi', en: 'Trouble relating to others' },
  },
  {
    signId: 'lowConfidence',
    label: {
      id: 'Tidak percaya diri, merasa diri paling lemah, tidak berdaya, buruk, atau selalu sial',
      en: 'Low confidence: feeling the weakest, helpless, bad or always unlucky',
    },
  },
  { signId: 'suspicion', label: { id: 'Mudah curiga', en: 'Easily suspicious' } },
  {
    signId: 'poorConcentration',
    label: { id: 'Kebingungan, sulit berkonsentrasi', en: 'Confused, poor concentration' },
  },
  { signId: 'memoryTrouble', label: { id: 'Gangguan mengingat', en: 'Trouble remembering' } },
  { signId: 'pessimism', label: { id: 'Pesimis', en: 'Pessimism' } },
  { signId: 'tension', label: { id: 'Ketegangan', en: 'Tension' } },
  { signId: 'anger', label: { id: 'Sering marah', en: 'Frequent anger' } },
  { signId: 'excessiveFear', label: { id: 'Takut berlebihan', en: 'Excessive fear' } },
  { signId: 'unstableMood', label: { id: 'Suasana hati tidak stabil', en: 'Unstable mood' } },
  { signId: 'lostMotivation', label: { id: 'Kehilangan semangat', en: 'Loss of motivation' } },
];

/** Signs of burnout (gejala burn out) as seed 000 lists them. */
export const BurnoutSignId = z.enum([
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
]);
export type BurnoutSignId = z.infer<typeof BurnoutSignId>;

export const BURNOUT_SIGNS: readonly Sign<BurnoutSignId>[] = [
  { signId: 'exhaustion', label: { id: 'Kelelahan yang amat sangat', en: 'Extreme exhaustion' } },
  { signId: 'sadness', label: { id: 'Kesedihan', en: 'Sadness' } },
  { signId: 'depression', label: { id: 'Depresi', en: 'Depression' } },
  { signId: 'helplessness', label: { id: 'Ketidakberdayaan', en: 'Helplessness' } },
  { signId: 'confusion', label: { id: 'Kebingungan', en: 'Confusion' } },
  { signId: 'disorientation', label: { id: 'Kehilangan orientasi', en: 'Loss of orientation' } },
  { signId: 'anger', label: { id: 'Kemarahan', en: 'Anger' } },
  { signId: 'irritability', label: { id: 'Cepat tersinggung', en: 'Irritability' } },
  {
    signId: 'lossOfCaring',
    label: { id: 'Hilangnya kepedulian/kelembutan', en: 'Loss of caring/tenderness' },
  },
  { signId: 'cynicism', label: { id: 'Sinisme', en: 'Cynicism' } },
  {
    signId: 'somatic',
    label: { id: 'Gangguan somatik/tubuh', en: 'Somatic (bodily) complaints' },
  },
];

/** Signs of compassion fatigue (kelelahan kepedulian) as seed 000 lists them. */
export const CompassionFatigueSignId = z.enum([
  'conflictedFeelings',
  'confusion',
  'exhaustion',
  'helplessness',
  'sadness',
  'depression',
  'guilt',
]);
export type CompassionFatigueSignId = z.infer<typeof CompassionFatigueSignId>;

export const COMPASSION_FATIGUE_SIGNS: readonly Sign<CompassionFatigueSignId>[] = [
  { signId: 'conflictedFeelings', label: { id: 'Konflik perasaan', en: 'Conflicted feelings' } },
  { signId: 'confusion', label: { id: 'Kebingungan', en: 'Confusion' } },
  { signId: 'exhaustion', label: { id: 'Kelelahan yang sangat', en: 'Severe exhaustion' } },
  { signId: 'helplessness', label: { id: 'Ketidakberdayaan', en: 'Helplessness' } },
  { signId: 'sadness', label: { id: 'Kesedihan', en: 'Sadness' } },
  { signId: 'depression', label: { id: 'Depresi', en: 'Depression' } },
  { signId: 'guilt', label: { id: 'Perasaan bersalah', en: 'Guilt' } },
];
