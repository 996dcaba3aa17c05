import {
  cleanIntakeAnswers,
  createGoal,
  currentIntakeTemplate,
  editGoal,
  findTemplate,
  markProgress,
  moveGoal,
  type IntakeRecord,
  type ProgressMark,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import type { CaseDocument } from './case-document';
import {
  putGoal,
  putProgress,
  readGoals,
  readIntake,
  readIntakeConflicts,
  readProgress,
  readProgressConflicts,
  resolveIntakeAnswer,
  resolveProgress,
  writeIntake,
} from './care-plan-document';
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
  ctx.editCase(input.caseId, (doc) =>
    writeIntake(doc, record, answers, { by: ctx.actorId, at: now }),
  );
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

/**
 * A person's choice between the answers kept for one intake question (issue #13, item 8). The
 * value must be an answer the question can hold: what the form sends is cleaned like a save.
 */
export function resolveIntakeConflict(
  ctx: RecordsContext,
  input: MethodInputOf<'intake.resolveConflict'>,
): CaseDetail {
  const c = ctx.caseDocument(input.caseId);
  const intake = readIntake(c);
  if (!intake || !readIntakeConflicts(c).some((k) => k.itemId === input.itemId)) {
    throw new CoreError('not_found', 'no kept answers for this question');
  }
  const template = findTemplate(
    ctx.registry,
    intake.record.templateId,
    intake.record.templateVersion,
    intake.record.templatePublicationId,
  );
  let value = input.value;
  if (template && value) {
    const cleaned = cleanIntakeAnswers(template, { [input.itemId]: value });
    value = cleaned[input.itemId] ?? null;
  }
  const writer = { by: ctx.actorId, at: ctx.nowIso() };
  ctx.editCase(input.caseId, (doc) => resolveIntakeAnswer(doc, input.itemId, value, writer));
  indexCasePlan(ctx, input.caseId, ctx.caseDocument(input.caseId));
  return caseDetail(ctx, input.caseId);
}

/** A person's choice between the marks kept for one goal in one session. */
export function resolveProgressConflict(
  ctx: RecordsContext,
  input: MethodInputOf<'carePlan.resolveProgressConflict'>,
): CaseDetail {
  const c = ctx.caseDocument(input.caseId);
  const kept = readProgressConflicts(c).some(
    (k) => k.goalId === input.goalId && k.sessionId === input.sessionId,
  );
  const shown = readProgress(c).find(
    (m) => m.goalId === input.goalId && m.sessionId === input.sessionId,
  );
  if (!kept || !shown) throw new CoreError('not_found', 'no kept marks for this goal and session');
  const at = ctx.nowIso();
  const mark: ProgressMark = { ...shown, level: input.value.level, by: ctx.actorId, at };
  if (input.value.note) mark.note = input.value.note;
  else delete mark.note;
  ctx.editCase(input.caseId, (doc) => resolveProgress(doc, mark, { by: ctx.actorId, at }));
  indexCasePlan(ctx, input.caseId, ctx.caseDocument(input.caseId));
  return caseDetail(ctx, input.caseId);
}
