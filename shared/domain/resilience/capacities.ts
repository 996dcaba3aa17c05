import { z } from 'zod';
import type { Label } from '../label';

/**
 * The seven resilience capacities of Reivich & Shatte (2002, The Resilience Factor), with the
 * descriptions seed 000 gives them.
 */
export const CapacityId = z.enum([
  'emotionRegulation',
  'impulseControl',
  'optimism',
  'empathy',
  'causalAnalysis',
  'selfEfficacy',
  'reachingOut',
]);
export type CapacityId = z.infer<typeof CapacityId>;

export interface Capacity {
  capacityId: CapacityId;
  label: Label;
  description: Label;
}

export const CAPACITIES: readonly Capacity[] = [
  {
    capacityId: 'emotionRegulation',
    label: { id: 'Regulasi emosi', en: 'Emotion regulation' },
    description: {
      id: 'Tetap tenang dan tidak terganggu bahkan ketika di bawah tekanan',
      en: 'Staying calm and undisturbed even under pressure',
    },
  },
  {
    capacityId: 'impulseControl',
    label: { id: 'Pengendalian impuls', en: 'Impulse control' },
    description: {
      id: 'Mengendalikan dorongan dan menunda pemuasan kebutuhan',
      en: 'Controlling impulses and delaying gratification',
    },
  },
  {
    capacityId: 'optimism',
    label: { id: 'Optimisme', en: 'Optimism' },
    description: {
      id: 'Percaya bahwa keadaan bisa berubah menjadi lebih baik',
      en: 'Believing that things can change for the better',
    },
  },
  {
    capacityId: 'empathy',
    label: { id: 'Empati', en: 'Empathy' },
    description: {
      id: 'Membaca isyarat psikologis dan emosional orang lain, termasuk isyarat nonverbal',
      en: "Reading other people's psychological and emotional cues, non-verbal ones included",
    },
  },
  {
    capacityId: 'causalAnalysis',
    label: { id: 'Analisis penyebab masalah', en: 'Causal analysis' },
    description: {
      id: 'Menganalisis penyebab masalah secara akurat',
      en: 'Identifying the causes of problems accurately',
    },
  },
  {
    capacityId: 'selfEfficacy',
    label: { id: 'Efikasi diri', en: 'Self-efficacy' },
    description: {
      id: 'Yakin akan kemampuan diri untuk berfungsi dan memecahkan masalah',
      en: 'Confidence in one’s ability to function and solve problems',
    },
  },
  {
    capacityId: 'reachingOut',
    label: { id: 'Peningkatan aspek positif (reaching out)', en: 'Reaching out' },
    description: {
      id: 'Berani keluar dari zona nyaman untuk meningkatkan aspek positif diri',
      en: 'Daring to leave the comfort zone to grow what is positive',
    },
  },
];

/** A capacity is rated 1–5 by the counselor. */
export const CapacityScore = z.number().int().min(1).max(5);
export type CapacityScore = z.infer<typeof CapacityScore>;

export const CAPACITY_SCALE: readonly { value: CapacityScore; label: Label }[] = [
  { value: 1, label: { id: 'Sangat lemah', en: 'Very weak' } },
  { value: 2, label: { id: 'Lemah', en: 'Weak' } },
  { value: 3, label: { id: 'Cukup', en: 'Fair' } },
  { value: 4, label: { id: 'Kuat', en: 'Strong' } },
  { value: 5, label: { id: 'Sangat kuat', en: 'Very strong' } },
];
