import type { CaseFollowUps } from '../../../shared/api/follow-ups';
import { orderFollowUps, planDates, suggestNextDate, type FollowUp } from '../../../shared/domain';
import { CoreError } from '../errors';
import { indexCasePlan } from './care-plan-search';
import { putFollowUp, readFollowUps, removeFollowUp } from './follow-up-document';
import { newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import type { MethodInputOf } from './types';

/**
 * The follow-up plan of a case (issue #13, item 6). Every change rewrites the case's follow-up
 * entries in the index (Home reads only those) and its search entry (the notes are searchable),
 * then asks the reminders to look again, so a meeting set in the past is reminded of at once.
 */
export function caseFollowUps(ctx: RecordsContext, caseId: string, today: string): CaseFollowUps {
  const items = orderFollowUps(readFollowUps(ctx.caseDocument(caseId)));
  return {
    caseId,
    items,
    suggestedNext: suggestNextDate(
      items.map((f) => f.dueDate),
      today,
    ),
  };
}

export function planFollowUps(
  ctx: RecordsContext,
  input: MethodInputOf<'followUps.plan'>,
): CaseFollowUps {
  ctx.caseDocument(input.caseId);
  const at = ctx.nowIso();
  const created = planDates(input.from, input.intervals).map((dueDate): FollowUp => ({
    id: newRecordId(),
    dueDate,
    createdBy: ctx.actorId,
    createdAt: at,
  }));
  ctx.editCase(input.caseId, (c) => {
    for (const f of created) putFollowUp(c, f);
  });
  return afterChange(ctx, input.caseId, input.today);
}

export function addFollowUp(
  ctx: RecordsContext,
  input: MethodInputOf<'followUps.add'>,
): CaseFollowUps {
  ctx.caseDocument(input.caseId);
  const note = input.note?.trim();
  const followUp: FollowUp = {
    id: newRecordId(),
    dueDate: input.dueDate,
    ...(note ? { note } : {}),
    createdBy: ctx.actorId,
    createdAt: ctx.nowIso(),
  };
  ctx.editCase(input.caseId, (c) => putFollowUp(c, followUp));
  return afterChange(ctx, input.caseId, input.today);
}

function followUpOf(ctx: RecordsContext, caseId: string, id: string): FollowUp {
  const found = readFollowUps(ctx.caseDocument(caseId)).find((f) => f.id === id);
  if (!found) throw new CoreError('not_found', 'no such follow-up');
  return found;
}

export function updateFollowUp(
  ctx: RecordsContext,
  input: MethodInputOf<'followUps.update'>,
): CaseFollowUps {
  const current = followUpOf(ctx, input.caseId, input.followUpId);
  const next: FollowUp = {
    ...current,
    ...(input.dueDate !== undefined ? { dueDate: input.dueDate } : {}),
    changedBy: ctx.actorId,
    changedAt: ctx.nowIso(),
  };
  if (input.note !== undefined) {
    const note = input.note.trim();
    if (note) next.note = note;
    else delete next.note;
  }
  ctx.editCase(input.caseId, (c) => putFollowUp(c, next));
  return afterChange(ctx, input.caseId, input.today);
}

export function deleteFollowUp(
  ctx: RecordsContext,
  input: MethodInputOf<'followUps.remove'>,
): CaseFollowUps {
  followUpOf(ctx, input.caseId, input.followUpId);
  ctx.editCase(input.caseId, (c) => removeFollowUp(c, input.followUpId));
  return afterChange(ctx, input.caseId, input.today);
}

export function setFollowUpDone(
  ctx: RecordsContext,
  input: MethodInputOf<'followUps.setDone'>,
): CaseFollowUps {
  const current = followUpOf(ctx, input.caseId, input.followUpId);
  if (input.sessionId !== undefined) {
    const inCase = ctx
      .index()
      .sessionsOfCase(input.caseId)
      .some((s) => s.id === input.sessionId);
    if (!inCase) throw new CoreError('not_found', 'no such session in this case');
  }
  const next: FollowUp = { ...current };
  delete next.doneAt;
  delete next.doneBy;
  delete next.sessionId;
  if (input.done) {
    next.doneAt = ctx.nowIso();
    next.doneBy = ctx.actorId;
    if (input.sessionId) next.sessionId = input.sessionId;
  }
  ctx.editCase(input.caseId, (c) => putFollowUp(c, next));
  return afterChange(ctx, input.caseId, input.today);
}

/** Rewrites a case's follow-up entries in the index from its document. */
export function refreshFollowUpIndex(ctx: RecordsContext, caseId: string): void {
  const c = ctx.caseDocument(caseId);
  const items = readFollowUps(c);
  const counselorId = c.meta()?.counselorId;
  ctx.editIndex((index) => {
    for (const f of items) {
      index.putFollowUp({
        id: f.id,
        caseId,
        dueDate: f.dueDate,
        done: f.doneAt !== undefined,
        ...(counselorId ? { counselorId } : {}),
      });
    }
    index.pruneFollowUps(caseId, new Set(items.map((f) => f.id)));
  });
}

/** Called after a follow-up changed here: the reminders look again (follow-up-reminders.ts). */
const changeListeners = new WeakMap<RecordsContext, () => void>();

export function onFollowUpsChanged(ctx: RecordsContext, listener: () => void): void {
  changeListeners.set(ctx, listener);
}

function afterChange(ctx: RecordsContext, caseId: string, today: string): CaseFollowUps {
  refreshFollowUpIndex(ctx, caseId);
  indexCasePlan(ctx, caseId, ctx.caseDocument(caseId));
  changeListeners.get(ctx)?.();
  return caseFollowUps(ctx, caseId, today);
}
