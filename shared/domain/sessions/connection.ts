import { z } from 'zod';
import type { Label } from '../label';

/** What got in the way technically (seed 003, barriers 4–6). */
export const ConnectionProblem = z.enum([
  'signalLost',
  'quotaRanOut',
  'delay',
  'deviceProblem',
  'powerCut',
  'other',
]);
export type ConnectionProblem = z.infer<typeof ConnectionProblem>;

export const CONNECTION_PROBLEM_LABELS: Record<ConnectionProblem, Label> = {
  signalLost: { id: 'Sinyal hilang / terputus', en: 'Signal lost' },
  quotaRanOut: { id: 'Kuota data habis', en: 'Data quota ran out' },
  delay: { id: 'Jeda / respons tertunda', en: 'Delay' },
  deviceProblem: { id: 'Gawai rusak atau bermasalah', en: 'Device problem' },
  powerCut: { id: 'Listrik padam', en: 'Power cut' },
  other: { id: 'Lainnya', en: 'Other' },
};
