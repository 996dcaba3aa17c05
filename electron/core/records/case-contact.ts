import { CLOSED_REFERRAL_STATUSES, type ReferralStatus } from '../../../shared/domain';
import type { IndexedSession } from './index-document';

/**
 * What the case list shows of a case's sessions and referrals (the last and next contact, the
 * overdue follow-ups), kept on the case's own index entry: the list after unlock then reads the
 * cases alone, not the 10,000 sessions. "Last" and "next" depend on the hour they are read, so
 * every start is kept and compared then.
 */
export interface CaseContact {
  /** When each of the case's sessions starts (in no order; a time may repeat). */
  sessionStarts: string[];
  /** The follow-up dates of the case's referrals that are neither completed nor declined. */
  openReferralDates: string[];
}

export const NO_CONTACT: Readonly<CaseContact> = Object.freeze({
  sessionStarts: [],
  openReferralDates: [],
});

export function sessionStartsOf(sessions: readonly Pick<IndexedSession, 'startsAt'>[]): string[] {
  return sessions.map((s) => s.startsAt);
}

export function openReferralDatesOf(
  referrals: readonly { followUpDate: string; status: ReferralStatus }[],
): string[] {
  return referrals
    .filter((r) => !CLOSED_REFERRAL_STATUSES.includes(r.status))
    .map((r) => r.followUpDate);
}

/** The start a session moved from is replaced by the one it moved to (or added, if new). */
export function movedStart(starts: readonly string[], before: string | undefined, after: string) {
  const next = [...starts];
  const at = before === undefined ? -1 : next.indexOf(before);
  if (at >= 0) next.splice(at, 1);
  next.push(after);
  return next;
}

/** The last contact at or before `nowMs` and the next after it, as the case list shows them. */
export function contactTimes(
  starts: readonly string[],
  nowMs: number,
): { lastSessionAt?: string; nextSessionAt?: string } {
  let last: [string, number] | undefined;
  let next: [string, number] | undefined;
  for (const startsAt of starts) {
    const at = Date.parse(startsAt);
    if (at <= nowMs) {
      if (!last || last[1] < at) last = [startsAt, at];
    } else if (!next || next[1] > at) next = [startsAt, at];
  }
  return {
    ...(last ? { lastSessionAt: last[0] } : {}),
    ...(next ? { nextSessionAt: next[0] } : {}),
  };
}
