import { carePlan, findTemplate, intakeProgress } from '../../../shared/domain';
import type { CarePlanView, IntakeView } from '../../../shared/api/records';
import type { CaseDocument } from './case-document';
import {
  readGoals,
  readIntake,
  readIntakeConflicts,
  readProgress,
  readProgressConflicts,
} from './care-plan-document';
import type { RecordsContext } from './records-context';

/** The intake as the case shows it: the template version it was filled with, and progress. */
export function intakeView(ctx: RecordsContext, c: CaseDocument): IntakeView | null {
  const intake = readIntake(c);
  if (!intake) return null;
  const { record, answers } = intake;
  const template = findTemplate(
    ctx.registry,
    record.templateId,
    record.templateVersion,
    record.templatePublicationId,
  );
  // A version published on another laptop that has not arrived yet: answers stay, unshown.
  const conflicts = readIntakeConflicts(c);
  if (!template) return { record, answers, template: null, answered: 0, total: 0, conflicts };
  const { answered, total } = intakeProgress(template, answers);
  return { record, answers, template, answered, total, conflicts };
}

export function carePlanView(c: CaseDocument): CarePlanView {
  const goals = carePlan(readGoals(c), readProgress(c));
  return {
    goals,
    openCount: goals.filter((g) => g.goal.status === 'open').length,
    conflicts: readProgressConflicts(c),
  };
}
