import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import {
  addMember,
  listHousehold,
  resolveMemberConflict,
  setMemberRemoved,
  updateMember,
} from '../records/household';

type HouseholdHandlers = Pick<
  Handlers,
  | 'household.list'
  | 'household.add'
  | 'household.update'
  | 'household.remove'
  | 'household.restore'
  | 'household.resolveConflict'
>;

/** The client's household (electron/core/records/household.ts). */
export function householdHandlers(ctx: CoreContext): HouseholdHandlers {
  const r = () => ctx.records();
  return {
    'household.list': async ({ caseId }) => listHousehold(r(), caseId),
    'household.add': async (input) => addMember(r(), input),
    'household.update': async (input) => updateMember(r(), input),
    'household.remove': async (input) => setMemberRemoved(r(), input, true),
    'household.restore': async (input) => setMemberRemoved(r(), input, false),
    'household.resolveConflict': async (input) => resolveMemberConflict(r(), input),
  };
}
