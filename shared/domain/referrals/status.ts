import { z } from 'zod';
import type { Label } from '../label';

export const ReferralStatus = z.enum(['planned', 'made', 'accepted', 'completed', 'declined']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, Label> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  made: { id: 'Sudah dirujuk', en: 'Made' },
  accepted: { id: 'Diterima', en: 'Accepted' },
  completed: { id: 'Selesai', en: 'Completed' },
  declined: { id: 'Ditolak', en: 'Declined' },
};

/**
 * The allowed moves. A referral is planned, then made (the counselor contacted the service),
 * accepted by the service, and completed (the client was seen). It can be declined at any open
 * step, by the client or by the service. `made → completed` is allowed because in the field the
 * acceptance is often only learnt together with the outcome.
 *
 * Completed and declined are final for overdue logic, but not dead ends: either can be reopened
 * to planned (the client changes their mind; the problem returns). Reopening keeps the history.
 * Nothing moves backwards otherwise, and a status never moves to itself.
 */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  planned: ['made', 'declined'],
  made: ['accepted', 'completed', 'declined'],
  accepted: ['completed', 'declined'],
  completed: ['planned'],
  declined: ['planned'],
};

/** Statuses with nothing left to follow up. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ['completed', 'declined'];

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}
