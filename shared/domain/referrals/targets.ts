import { z } from 'zod';
import type { Label } from '../label';

/** Where a client can be referred (seed 002: health facilities, Dinas Sosial, social institutions). */
export const ReferralTarget = z.enum([
  'healthFacility',
  'hospital',
  'psychologist',
  'psychiatrist',
  'dinasSosial',
  'socialInstitution',
  'police',
  'legalAid',
  'other',
]);
export type ReferralTarget = z.infer<typeof ReferralTarget>;

export const REFERRAL_TARGET_LABELS: Record<ReferralTarget, Label> = {
  healthFacility: { id: 'Fasilitas kesehatan / Puskesmas', en: 'Health facility / Puskesmas' },
  hospital: { id: 'Rumah sakit', en: 'Hospital' },
  psychologist: { id: 'Psikolog', en: 'Psychologist' },
  psychiatrist: { id: 'Psikiater', en: 'Psychiatrist' },
  dinasSosial: { id: 'Dinas Sosial', en: 'Social Affairs Office (Dinas Sosial)' },
  socialInstitution: { id: 'Lembaga pelayanan sosial', en: 'Social service institution' },
  police: { id: 'Kepolisian', en: 'Police' },
  legalAid: { id: 'Bantuan hukum (LBH)', en: 'Legal aid' },
  other: { id: 'Lainnya', en: 'Other' },
};
