import { readGoals, readIntake, readProgress } from './care-plan-document';
import type { CaseDocument } from './case-document';
import { readFollowUps } from './follow-up-document';
import type { RecordsContext } from './records-context';

/** Search ids of a case's intake and care plan: one entry each, removed with the case. */
export const intakeSearchId = (caseId: string): string => `intake:${caseId}`;
export const goalsSearchId = (caseId: string): string => `goals:${caseId}`;

/**
 * The intake's answers and the goals with their progress notes are searchable (in memory only,
 * like every search entry). One entry per case for each keeps the index small at 1,000 cases.
 */
export function indexCasePlan(ctx: RecordsContext, caseId: string, c: CaseDocument): void {
  const alias = c.meta()?.alias ?? '';
  const intake = readIntake(c);
  const intakeText = intake ? Object.values(intake.answers).join(' \n') : '';
  if (intakeText) {
    ctx.search.put({ id: intakeSearchId(caseId), kind: 'intake', caseId, alias, text: intakeText });
  } else ctx.search.remove(intakeSearchId(caseId));
  const goals = readGoals(c);
  const notes = readProgress(c).flatMap((m) => (m.note ? [m.note] : []));
  // The follow-up plan's notes (issue #13, item 6) belong to the plan: found with its goals.
  const followUpNotes = readFollowUps(c).flatMap((f) => (f.note ? [f.note] : []));
  const goalText = [...goals.map((g) => g.text), ...notes, ...followUpNotes].join(' \n');
  if (goalText) {
    ctx.search.put({ id: goalsSearchId(caseId), kind: 'goal', caseId, alias, text: goalText });
  } else ctx.search.remove(goalsSearchId(caseId));
}

/** Forgets both entries (erasure). */
export function forgetCasePlan(ctx: RecordsContext, caseId: string): void {
  ctx.search.remove(intakeSearchId(caseId));
  ctx.search.remove(goalsSearchId(caseId));
}
