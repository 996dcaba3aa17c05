import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { resolveIntakeConflict, resolveProgressConflict } from '../records/care-plan';

type CaseConflictHandlers = Pick<
  Handlers,
  'intake.resolveConflict' | 'carePlan.resolveProgressConflict'
>;

/** A person's choice between kept intake answers or goal marks (issue #13, item 8). */
export function caseConflictHandlers(ctx: CoreContext): CaseConflictHandlers {
  return {
    'intake.resolveConflict': async (input) => resolveIntakeConflict(ctx.records(), input),
    'carePlan.resolveProgressConflict': async (input) =>
      resolveProgressConflict(ctx.records(), input),
  };
}
