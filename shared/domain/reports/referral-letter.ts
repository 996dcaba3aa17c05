import { z } from 'zod';
import type { Referral } from '../referrals/referral';
import type { ReferralTarget } from '../referrals/targets';
import type { CaseIdentifying } from '../sessions/case-meta';

/**
 * The identifying details a referral letter (surat rujukan) may carry, each only when the
 * counselor ticks it for this letter, after checking it against what the client agreed to. The
 * alias is never one of them: it is the notebook's own name for the client and means nothing to
 * the receiving service.
 */
export const LetterItem = z.enum(['name', 'phone', 'address', 'nik']);
export type LetterItem = z.infer<typeof LetterItem>;

export interface ReferralLetterContent {
  target: ReferralTarget;
  toWhom: string;
  reason: string;
  /** The consent as recorded with the referral; the scope is quoted word for word. */
  consent: { scope: string; method: Referral['consent']['method']; recordedAt: string };
  followUpDate: string;
  /** Only the ticked items the case holds, in a fixed order. */
  client: Array<{ item: LetterItem; value: string }>;
}

export class NoConsentError extends Error {
  constructor() {
    super('the client did not consent to sharing this referral');
    this.name = 'NoConsentError';
  }
}

/**
 * What a referral letter says, and nothing more (issue #14, item 5): the receiving service, the
 * reason, the consent in the client's own scope, and the identifying details ticked for the
 * letter. Without consent there is no letter: nothing about the client may leave.
 */
export function referralLetterContent(
  referral: Referral,
  identifying: CaseIdentifying | undefined,
  ticked: readonly LetterItem[],
): ReferralLetterContent {
  if (!referral.consent.given || referral.consent.scope.trim() === '') throw new NoConsentError();
  const chosen = new Set(ticked);
  const client = LetterItem.options.flatMap((item) => {
    const value = identifying?.[item]?.trim();
    return chosen.has(item) && value ? [{ item, value }] : [];
  });
  return {
    target: referral.target,
    toWhom: referral.toWhom,
    reason: referral.reason,
    consent: {
      scope: referral.consent.scope,
      method: referral.consent.method,
      recordedAt: referral.consent.recordedAt,
    },
    followUpDate: referral.followUpDate,
    client,
  };
}
