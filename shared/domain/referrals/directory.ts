import { z } from 'zod';
import type { Label } from '../label';
import { Phone, RecordId, RequiredText } from '../primitives';

/** Who is in a counselor's directory: services, and the local people outreach works through. */
export const ContactKind = z.enum([
  'service',
  'healthFacility',
  'hospital',
  'psychologist',
  'psychiatrist',
  'dinasSosial',
  'socialInstitution',
  'police',
  'legalAid',
  'kelurahan',
  'rtRw',
  'communityLeader',
  'other',
]);
export type ContactKind = z.infer<typeof ContactKind>;

export const CONTACT_KIND_LABELS: Record<ContactKind, Label> = {
  service: { id: 'Layanan', en: 'Service' },
  healthFacility: { id: 'Fasilitas kesehatan / Puskesmas', en: 'Health facility / Puskesmas' },
  hospital: { id: 'Rumah sakit', en: 'Hospital' },
  psychologist: { id: 'Psikolog', en: 'Psychologist' },
  psychiatrist: { id: 'Psikiater', en: 'Psychiatrist' },
  dinasSosial: { id: 'Dinas Sosial', en: 'Social Affairs Office (Dinas Sosial)' },
  socialInstitution: { id: 'Lembaga pelayanan sosial', en: 'Social service institution' },
  police: { id: 'Kepolisian', en: 'Police' },
  legalAid: { id: 'Bantuan hukum (LBH)', en: 'Legal aid' },
  kelurahan: { id: 'Kelurahan', en: 'Kelurahan (village office)' },
  rtRw: { id: 'Pengurus RT/RW', en: 'RT/RW neighbourhood heads' },
  communityLeader: { id: 'Tokoh masyarakat', en: 'Community leader' },
  other: { id: 'Lainnya', en: 'Other' },
};

export const DirectoryContact = z.object({
  id: RecordId,
  kind: ContactKind,
  name: RequiredText,
  phone: Phone.optional(),
  address: z.string().optional(),
  notes: z.string().optional(),
});
export type DirectoryContact = z.infer<typeof DirectoryContact>;
