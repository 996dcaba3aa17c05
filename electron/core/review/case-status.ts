import type { CaseStatus, ReferralStatus } from '../../../shared/domain';
import {
  CaseStatus as CaseStatusSchema,
  ReferralStatus as ReferralStatusSchema,
} from '../../../shared/domain';
import type { CaseConflict } from '../../../shared/api/review';
import type { CaseDocument } from '../records/case-document';
import type { RecordsContext } from '../records/records-context';
import { MultiValueRegister } from './register';

/**
 * The case status as a multi-value register (issue "Supervision", part 6): cases.update writes
 * it here as well as in the meta (which lists read); when two people set it differently while
 * apart, both values stay and the case header asks someone to choose.
 */
export const statusRegister = (c: CaseDocument): MultiValueRegister =>
  new MultiValueRegister(c.doc, 'caseStatus');

/** Called inside the case edit of cases.update. */
export function writeCaseStatus(ctx: RecordsContext, c: CaseDocument, status: CaseStatus): void {
  statusRegister(c).set(status, ctx.actorId, ctx.nowIso());
}

/** A referral's status, likewise: two people moving it differently while apart both stay. */
export const referralStatusRegister = (c: CaseDocument, referralId: string): MultiValueRegister =>
  new MultiValueRegister(c.doc, `referralStatus:${referralId}`);

export function writeReferralStatus(
  ctx: RecordsContext,
  c: CaseDocument,
  referralId: string,
  status: ReferralStatus,
): void {
  referralStatusRegister(c, referralId).set(status, ctx.actorId, ctx.nowIso());
}

export function caseConflicts(ctx: RecordsContext, caseId: string): CaseConflict[] {
  const document = ctx.caseDocument(caseId);
  const conflicts: CaseConflict[] = [];
  const register = statusRegister(document);
  const state = register.state();
  if (state.conflict) {
    conflicts.push({
      field: 'status',
      values: state.values.filter((v) => CaseStatusSchema.safeParse(v.value).success),
      choices: register.choices(),
    });
  }
  for (const referral of document.referrals()) {
    const referralRegister = referralStatusRegister(document, referral.id);
    const referralState = referralRegister.state();
    if (!referralState.conflict) continue;
    conflicts.push({
      field: 'referralStatus',
      referralId: referral.id,
      values: referralState.values.filter((v) => ReferralStatusSchema.safeParse(v.value).success),
      choices: referralRegister.choices(),
    });
  }
  return conflicts;
}

/** A person's choice of a referral's status: the record's status and history follow. */
export function chooseReferralStatus(
  ctx: RecordsContext,
  caseId: string,
  referralId: string,
  status: ReferralStatus,
): void {
  const current = ctx
    .caseDocument(caseId)
    .referrals()
    .find((r) => r.id === referralId);
  if (!current) return;
  const at = ctx.nowIso();
  ctx.editCase(caseId, (c) => {
    referralStatusRegister(c, referralId).choose(status, ctx.actorId, at);
    c.putReferral({
      ...current,
      status,
      history: [...current.history, { status, at, by: ctx.actorId, note: 'conflict resolved' }],
    });
  });
}

/** A person's choice: the register keeps it (and what it replaced); the meta follows. */
export function chooseCaseStatus(ctx: RecordsContext, caseId: string, status: CaseStatus): void {
  const meta = ctx.caseDocument(caseId).meta();
  ctx.editCase(caseId, (c) => {
    statusRegister(c).choose(status, ctx.actorId, ctx.nowIso());
    if (meta) c.setMeta({ ...meta, status });
  });
}
