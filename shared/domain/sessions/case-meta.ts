import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDateTime, Phone, RecordId, RequiredText } from '../primitives';

export const CaseStatus = z.enum(['open', 'referred', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CASE_STATUS_LABELS: Record<CaseStatus, Label> = {
  open: { id: 'Terbuka', en: 'Open' },
  referred: { id: 'Dirujuk', en: 'Referred' },
  closed: { id: 'Ditutup', en: 'Closed' },
};

/** Nomor Induk Kependudukan: the 16-digit national identity number. */
export const Nik = z.string().regex(/^\d{16}$/, 'cases.validation.nik');

/**
 * Identifying data is optional, every field of it (seed 003: clients fear stigma and may stay
 * anonymous). Where it is given it is encrypted like everything else in the case.
 */
export const CaseArea = z.string().trim().min(1).max(120);

export const CaseIdentifying = z.object({
  name: z.string().optional(),
  phone: Phone.optional(),
  address: z.string().optional(),
  nik: Nik.optional(),
});
export type CaseIdentifying = z.infer<typeof CaseIdentifying>;

export const CaseMeta = z.object({
  id: RecordId,
  /** What the counselor calls the client; may be all the record ever holds. */
  alias: RequiredText,
  identifying: CaseIdentifying.optional(),
  status: CaseStatus,
  counselorId: ActorId,
  tags: z.array(RequiredText),
  /**
   * The area the client lives in, at the level the agency report counts by (a kelurahan, an
   * RT/RW): never an address, which belongs in the identifying data.
   */
  area: CaseArea.optional(),
  createdAt: IsoDateTime,
  lastSessionAt: IsoDateTime.optional(),
});
export type CaseMeta = z.infer<typeof CaseMeta>;
