import { z } from 'zod';
import type { Label } from '../label';

/**
 * The outreach and accompaniment work of Jakarta's Satpelsos social workers (seed 002), besides
 * counseling sessions.
 */
export const OutreachKind = z.enum([
  'healthFacility',
  'kelurahan',
  'rtRw',
  'psychosocialSupport',
  'accessToFundsAndServices',
  'communityResourceMobilisation',
  'interprofessionalCoordination',
  'advocacy',
  'socialInstitutionReferral',
]);
export type OutreachKind = z.infer<typeof OutreachKind>;

export const OUTREACH_KIND_LABELS: Record<OutreachKind, Label> = {
  healthFacility: {
    id: 'Menjangkau fasilitas kesehatan',
    en: 'Outreach to health facilities',
  },
  kelurahan: {
    id: 'Menjangkau pemerintah lokal (kelurahan)',
    en: 'Outreach to local government (kelurahan)',
  },
  rtRw: {
    id: 'Menjangkau pengurus komunitas (RT/RW)',
    en: 'Outreach to community leaders (RT/RW)',
  },
  psychosocialSupport: {
    id: 'Terapi psikososial (konseling, motivasi)',
    en: 'Psychosocial therapy (counseling, motivation)',
  },
  accessToFundsAndServices: {
    id: 'Pendampingan akses biaya/dana dan layanan',
    en: 'Help accessing funds and services',
  },
  communityResourceMobilisation: {
    id: 'Mobilisasi sumber daya masyarakat',
    en: 'Mobilising community resources',
  },
  interprofessionalCoordination: {
    id: 'Koordinasi dengan profesi lain',
    en: 'Coordination with other professions',
  },
  advocacy: {
    id: 'Advokasi bila ada kendala penanganan',
    en: 'Advocacy when something blocks care',
  },
  socialInstitutionReferral: {
    id: 'Rujukan ke lembaga pelayanan sosial',
    en: 'Referral to a social service institution',
  },
};
