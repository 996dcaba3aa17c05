import type { CaseStatus } from '../../../shared/domain';
import { CaseStatus as CaseStatusSchema } from '../../../shared/domain';
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

export function caseConflicts(ctx: RecordsContext, caseId: string): CaseConflict[] {
  const register = statusRegister(ctx.caseDocument(caseId));
  const state = register.state();
  if (!state.conflict) return [];
  return [
    {
      field: 'status',
      values: state.values.filter((v) => CaseStatusSchema.safeParse(v.value).success),
      choices: register.choices(),
    },
  ];
}

/** A person's choice: the register keeps it (and what it replaced); the meta follows. */
export function chooseCaseStatus(ctx: RecordsContext, caseId: string, status: CaseStatus): void {
  const meta = ctx.caseDocument(caseId).meta();
  ctx.editCase(caseId, (c) => {
    statusRegister(c).choose(status, ctx.actorId, ctx.nowIso());
    if (meta) c.setMeta({ ...meta, status });
  });
}
