import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDate, IsoDateTime, RecordId, RequiredText } from '../primitives';
import { HouseholdMemberIds } from '../household/member';
import { ReferralStatus } from './status';
import { ReferralTarget } from './targets';

export const ConsentMethod = z.enum(['verbal', 'written']);
export type ConsentMethod = z.infer<typeof ConsentMethod>;

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, Label> = {
  verbal: { id: 'Lisan', en: 'Verbal' },
  written: { id: 'Tertulis', en: 'Written' },
};

/** The client's consent to share their information with the receiving service. */
export const ReferralConsent = z.object({
  given: z.boolean(),
  /** What was consented to, e.g. "nama dan ringkasan masalah ke Puskesmas Cengkareng". */
  scope: z.string(),
  recordedAt: IsoDateTime,
  recordedBy: ActorId,
  method: ConsentMethod,
});
export type ReferralConsent = z.infer<typeof ReferralConsent>;

export const ReferralStatusChange = z.object({
  status: ReferralStatus,
  at: IsoDateTime,
  by: ActorId,
  note: z.string().optional(),
});
export type ReferralStatusChange = z.infer<typeof ReferralStatusChange>;

export const Referral = z
  .object({
    id: RecordId,
    caseId: RecordId,
    target: ReferralTarget,
    /** The directory entry, when the service is in the directory. */
    contactId: RecordId.optional(),
    /** To whom, as free text: "dr. Sari, Poli Jiwa RSUD Cengkareng". */
    toWhom: RequiredText,
    reason: RequiredText,
    consent: ReferralConsent,
    status: ReferralStatus,
    /** Oldest first; the last entry is the current status. */
    history: z.array(ReferralStatusChange).min(1),
    followUpDate: IsoDate,
    createdAt: IsoDateTime,
    /** The household members it was made for, e.g. a child's schooling (issue #13, item 3). */
    householdMemberIds: HouseholdMemberIds.optional(),
  })
  .refine((r) => r.history.at(-1)?.status === r.status, {
    message: 'status must be the last status in the history',
    path: ['status'],
  });
export type Referral = z.infer<typeof Referral>;
