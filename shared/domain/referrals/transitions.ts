import { DomainError } from '../errors';
import type { Referral, ReferralConsent } from './referral';
import { canTransition, type ReferralStatus } from './status';
import type { ReferralTarget } from './targets';

export interface NewReferral {
  id: string;
  caseId: string;
  target: ReferralTarget;
  contactId?: string;
  toWhom: string;
  reason: string;
  consent: ReferralConsent;
  followUpDate: string;
}

/** A new referral starts planned, with that as the first history entry. */
export function createReferral(input: NewReferral, by: string, at: string): Referral {
  return { ...input, status: 'planned', history: [{ status: 'planned', at, by }], createdAt: at };
}

/** Move a referral to a new status (see REFERRAL_TRANSITIONS); throws on a move not allowed. */
export function transitionReferral(
  referral: Referral,
  to: ReferralStatus,
  by: string,
  at: string,
  note?: string,
): Referral {
  if (!canTransition(referral.status, to)) {
    throw new DomainError('invalid_transition', `referral cannot go ${referral.status} → ${to}`);
  }
  const change = note === undefined ? { status: to, at, by } : { status: to, at, by, note };
  return { ...referral, status: to, history: [...referral.history, change] };
}
