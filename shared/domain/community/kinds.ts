import { z } from 'zod';
import type { Label } from '../label';

/**
 * Community work that belongs to no single client (seed 002, Jakarta's Satpelsos social workers:
 * social mapping, contact tracing, area activities at RT/RW level, besides outreach to the
 * kelurahan, community leaders and health facilities on an area's behalf).
 */
export const CommunityActivityKind = z.enum([
  'socialMapping',
  'contactTracing',
  'areaActivity',
  'kelurahanOutreach',
  'rtRwOutreach',
  'healthFacilityOutreach',
  'resourceMobilisation',
]);
export type CommunityActivityKind = z.infer<typeof CommunityActivityKind>;

export const COMMUNITY_ACTIVITY_KIND_LABELS: Record<CommunityActivityKind, Label> = {
  socialMapping: { id: 'Pemetaan sosial', en: 'Social mapping' },
  contactTracing: { id: 'Penelusuran kontak', en: 'Contact tracing' },
  areaActivity: {
    id: 'Kegiatan wilayah (penyuluhan, sosialisasi)',
    en: 'Area activity (information session, outreach event)',
  },
  kelurahanOutreach: {
    id: 'Menjangkau pemerintah lokal (kelurahan)',
    en: 'Outreach to local government (kelurahan)',
  },
  rtRwOutreach: {
    id: 'Menjangkau pengurus komunitas (RT/RW)',
    en: 'Outreach to community leaders (RT/RW)',
  },
  healthFacilityOutreach: {
    id: 'Menjangkau fasilitas kesehatan',
    en: 'Outreach to health facilities',
  },
  resourceMobilisation: {
    id: 'Mobilisasi sumber daya masyarakat',
    en: 'Mobilising community resources',
  },
};
