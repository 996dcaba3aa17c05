import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDateTime, Phone, RecordId, RequiredText } from '../primitives';

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

/** What a person types about a contact. */
export const ContactFields = z.object({
  kind: ContactKind,
  name: RequiredText,
  phone: Phone.optional(),
  address: z.string().optional(),
  notes: z.string().optional(),
});
export type ContactFields = z.infer<typeof ContactFields>;

/**
 * A contact with who added and last changed it, and when (absent on contacts written before the
 * directory kept them). An archived contact is kept, not deleted: referrals that name it stay
 * readable, and it can be restored.
 */
export const DirectoryContact = ContactFields.extend({
  id: RecordId,
  addedBy: ActorId.optional(),
  addedAt: IsoDateTime.optional(),
  changedBy: ActorId.optional(),
  changedAt: IsoDateTime.optional(),
  archivedBy: ActorId.optional(),
  archivedAt: IsoDateTime.optional(),
});
export type DirectoryContact = z.infer<typeof DirectoryContact>;

/**
 * Where the directory lives: on this device only (working alone), with the team, or on this
 * device until the team's key arrives (just joined), when it is merged into the team's.
 */
export const DirectorySharing = z.enum(['device', 'team', 'pending']);
export type DirectorySharing = z.infer<typeof DirectorySharing>;
