import { z } from 'zod';
import type { Label } from '../label';

/**
 * Non-verbal and para-verbal cues a counselor can record, since online they are easy to miss
 * (seed 003, barrier 1: crying, shouting, facial expression, gestures, tone of voice; and, in
 * chat, the way of typing and the emoticons used).
 */
export const CueKind = z.enum([
  'tone',
  'crying',
  'shouting',
  'facialExpression',
  'gestures',
  'pausesSilence',
  'laughter',
  'emoji',
  'typingStyle',
  'other',
]);
export type CueKind = z.infer<typeof CueKind>;

export const CUE_KIND_LABELS: Record<CueKind, Label> = {
  tone: { id: 'Intonasi / nada suara', en: 'Tone of voice' },
  crying: { id: 'Menangis', en: 'Crying' },
  shouting: { id: 'Berteriak', en: 'Shouting' },
  facialExpression: { id: 'Perubahan mimik wajah', en: 'Change of facial expression' },
  gestures: { id: 'Gerak-gerik', en: 'Gestures' },
  pausesSilence: { id: 'Jeda / diam', en: 'Pauses / silence' },
  laughter: { id: 'Tertawa', en: 'Laughter' },
  emoji: { id: 'Emotikon / emoji', en: 'Emoticons / emoji' },
  typingStyle: { id: 'Cara mengetik', en: 'Way of typing' },
  other: { id: 'Lainnya', en: 'Other' },
};

export const ObservedCue = z.object({
  kind: CueKind,
  note: z.string().optional(),
});
export type ObservedCue = z.infer<typeof ObservedCue>;
