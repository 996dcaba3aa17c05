import {
  cleanIntakeAnswers,
  createGoal,
  currentIntakeTemplate,
  editGoal,
  findTemplate,
  markProgress,
  moveGoal,
  type IntakeRecord,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import type { CaseDocument } from './case-document';
import { putGoal, putProgress, readGoals, readIntake, writeIntake } from './care-plan-document';
import { newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import { indexCasePlan } from './care-plan-search';
import type { CaseDetail, MethodInputOf } from './types';
import { caseDetail } from './views';

/**
 * Saves the intake. The first save pins the latest published intake version (as a session pins
 * its checklist version); later saves keep it, so answers keep meaning what they meant.
 */
export function saveIntake(ctx: RecordsContext, input: MethodInputOf<'intake.save'>): CaseDetail {
  const c = ctx.caseDocument(input.caseId);
  const existing = readIntake(c);
  const now = ctx.nowIso();
  const template = existing
    ? findTemplate(
        ctx.registry,
        existing.record.templateId,
        existing.record.templateVersion,
        existing.record.templatePublicationId,
      )
    : currentIntakeTemplate(ctx.registry, input.templateId);
  if (!template) throw new CoreError('bad_request', 'intake template not on this device yet');
  const answers = cleanIntakeAnswers(template, input.answers);
  const record: IntakeRecord = {
    templateId: template.templateId,
    templateVersion: template.version,
    ...(template.publication ? { templatePublicationId: template.publication.id } : {}),
    firstContactDate: input.firstContactDate,
    recordedBy: existing?.record.recordedBy ?? ctx.actorId,
    recordedAt: existing?.record.recordedAt ?? now,
    updatedBy: ctx.actorId,
    updatedAt: now,
  };
  ctx.editCase(input.caseId, (doc) => writeIntake(doc, record, answers));
  indexCasePlan(ctx, input.caseId, ctx.caseDocument(input.caseId));
  return caseDetail(ctx, input.caseId);
}

export function addGoal(ctx: RecordsContext, input: MethodInputOf<'carePlan.addGoal'>): CaseDetail {
  ctx.caseDocument(input.caseId);
  const { caseId, ...fields } = input;
  const goal = createGoal({ ...fields, id: newRecordId() }, ctx.actorId, ctx.nowIso());
  ctx.editCase(caseId, (c) => putGoal(c, goal));
  indexCasePlan(ctx, caseId, ctx.caseDocument(caseId));
  return caseDetail(ctx, caseId);
}

function goalOf(c: CaseDocument, goalId: string) {
  const goal = readGoals(c).find((g) => g.id === goalId);
  if (!goal) throw new CoreError('not_found', 'no such goal');
  return goal;
}

export function changeGoal(
  ctx: RecordsContext,
  input: MethodInputOf<'carePlan.updateGoal'>,
): CaseDetail {
  const current = goalOf(ctx.caseDocument(input.caseId), input.goalId);
  const at = ctx.nowIso();
  let next = current;
  if (input.text !== undefined || input.priority !== undefined) {
    next = editGoal(next, { text: input.text, priority: input.priority }, ctx.actorId, at);
  }
  if (input.status !== undefined && input.status !== current.status) {
    next = moveGoal(next, input.status, ctx.actorId, at, input.note);
  }
  ctx.editCase(input.caseId, (c) => putGoal(c, next));
  indexCasePlan(ctx, input.caseId, ctx.caseDocument(input.caseId));
  return caseDetail(ctx, input.caseId);
}

/** Marks the progress of one session on some goals of its case. */
export function markSessionProgress(
  ctx: RecordsContext,
  input: MethodInputOf<'carePlan.markProgress'>,
): CaseDetail {
  const session = ctx
    .index()
    .sessionsOfCase(input.caseId)
    .find((s) => s.id === input.sessionId);
  if (!session) throw new CoreError('not_found', 'no such session in this case');
  const c = ctx.caseDocument(input.caseId);
  const goals = readGoals(c);
  const at = ctx.nowIso();
  const marks = input.marks.map((m) => {
    const goal = goals.find((g) => g.id === m.goalId);
    if (!goal) throw new CoreError('not_found', 'no such goal');
    return markProgress(
      goal,
      {
        sessionId: session.id,
        sessionAt: session.startsAt,
        level: m.level,
        ...(m.note !== undefined ? { note: m.note } : {}),
      },
      ctx.actorId,
      at,
    );
  });
  ctx.editCase(input.caseId, (doc) => {
    for (const mark of marks) putProgress(doc, mark);
  });
  indexCasePlan(ctx, input.caseId, ctx.caseDocument(input.caseId));
  return caseDetail(ctx, input.caseId);
}
