import { daysBetween, instantOf } from '../primitives';
import type { Referral } from './referral';
import { CLOSED_REFERRAL_STATUSES } from './status';

/**
 * Overdue: the follow-up date is before today and the referral is still open. A follow-up due
 * today is not overdue yet. `today` is the user's local calendar day, 'YYYY-MM-DD'.
 */
export function isOverdue(referral: Referral, today: string): boolean {
  return !CLOSED_REFERRAL_STATUSES.includes(referral.status) && referral.followUpDate < today;
}

/** Days past the follow-up date (0 when not overdue). */
export function daysOverdue(referral: Referral, today: string): number {
  return isOverdue(referral, today) ? daysBetween(referral.followUpDate, today) : 0;
}

/** The overdue referrals, most overdue first (ties: older referral first, then by id). */
export function overdueReferrals(referrals: readonly Referral[], today: string): Referral[] {
  return referrals
    .filter((r) => isOverdue(r, today))
    .sort(
      (a, b) =>
        a.followUpDate.localeCompare(b.followUpDate) ||
        instantOf(a.createdAt) - instantOf(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
}
