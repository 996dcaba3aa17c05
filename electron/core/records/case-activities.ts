import { openReferralDatesOf } from './case-contact';
import { createReferral, transitionReferral, type SafetyPlan } from '../../../shared/domain';
import { CoreError } from '../errors';
import { writeReferralStatus } from '../review/case-status';
import { newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import { indexCaseReferrals } from './search-indexing';
import { assertHouseholdMembers } from './household';
import type { CaseDetail, MethodInputOf } from './types';
import { caseDetail } from './views';

/** Referrals, outreach, resilience and the safety plan: records kept in the case document. */
export function createCaseReferral(
  ctx: RecordsContext,
  input: MethodInputOf<'referrals.create'>,
): CaseDetail {
  const { caseId, consent, ...rest } = input;
  assertHouseholdMembers(ctx, caseId, input.householdMemberIds);
  const at = ctx.nowIso();
  const referral = createReferral(
    {
      ...rest,
      id: newRecordId(),
      caseId,
      consent: { ...consent, recordedAt: at, recordedBy: ctx.actorId },
    },
    ctx.actorId,
    at,
  );
  ctx.editCase(caseId, (c) => c.putReferral(referral));
  afterReferralChange(ctx, caseId);
  return caseDetail(ctx, caseId);
}

export function transitionCaseReferral(
  ctx: RecordsContext,
  input: MethodInputOf<'referrals.transition'>,
): CaseDetail {
  const current = ctx
    .caseDocument(input.caseId)
    .referrals()
    .find((r) => r.id === input.referralId);
  if (!current) throw new CoreError('not_found', 'no such referral');
  const next = transitionReferral(current, input.to, ctx.actorId, ctx.nowIso(), input.note);
  ctx.editCase(input.caseId, (c) => {
    c.putReferral(next);
    // Also a multi-value register, so a status moved differently on two devices is not lost.
    writeReferralStatus(ctx, c, next.id, next.status);
  });
  afterReferralChange(ctx, input.caseId);
  return caseDetail(ctx, input.caseId);
}

function afterReferralChange(ctx: RecordsContext, caseId: string): void {
  refreshReferralIndex(ctx, caseId);
  indexCaseReferrals(ctx, caseId, ctx.caseDocument(caseId));
}

/** Rewrites the index entries (follow-up dates) of a case's referrals from its document. */
export function refreshReferralIndex(ctx: RecordsContext, caseId: string): void {
  const document = ctx.caseDocument(caseId);
  const referrals = document.referrals();
  ctx.editIndex((index) => {
    for (const r of referrals) {
      index.putReferral({ id: r.id, caseId, followUpDate: r.followUpDate, status: r.status });
    }
    index.putOpenReferralDates(caseId, openReferralDatesOf(referrals));
  });
}

export function createOutreach(
  ctx: RecordsContext,
  input: MethodInputOf<'outreach.create'>,
): CaseDetail {
  assertHouseholdMembers(ctx, input.caseId, input.householdMemberIds);
  ctx.editCase(input.caseId, (c) =>
    c.putOutreach({ ...input, id: newRecordId(), createdAt: ctx.nowIso() }),
  );
  return caseDetail(ctx, input.caseId);
}

export function createResilience(
  ctx: RecordsContext,
  input: MethodInputOf<'resilience.create'>,
): CaseDetail {
  ctx.caseDocument(input.caseId);
  ctx.editCase(input.caseId, (c) =>
    c.putResilience({ ...input, id: newRecordId(), assessedBy: ctx.actorId }),
  );
  return caseDetail(ctx, input.caseId);
}

export function saveSafetyPlan(
  ctx: RecordsContext,
  input: MethodInputOf<'cases.saveSafetyPlan'>,
): CaseDetail {
  const existing = ctx.caseDocument(input.caseId).safetyPlan();
  const now = ctx.nowIso();
  const plan: SafetyPlan = {
    ...input.plan,
    id: existing?.id ?? newRecordId(),
    caseId: input.caseId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    by: ctx.actorId,
  };
  ctx.editCase(input.caseId, (c) => c.setSafetyPlan(plan));
  return caseDetail(ctx, input.caseId);
}
