import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { dueFollowUpLists } from '../records/follow-up-home';
import {
  addFollowUp,
  caseFollowUps,
  deleteFollowUp,
  planFollowUps,
  setFollowUpDone,
  updateFollowUp,
} from '../records/follow-ups';

type FollowUpHandlers = Pick<
  Handlers,
  | 'followUps.ofCase'
  | 'followUps.plan'
  | 'followUps.add'
  | 'followUps.update'
  | 'followUps.remove'
  | 'followUps.setDone'
  | 'followUps.due'
>;

/** A case's follow-up plan and Home's follow-up lists (electron/core/records/follow-ups.ts). */
export function followUpHandlers(ctx: CoreContext): FollowUpHandlers {
  return {
    'followUps.ofCase': async ({ caseId, today }) => caseFollowUps(ctx.records(), caseId, today),
    'followUps.plan': async (input) => planFollowUps(ctx.records(), input),
    'followUps.add': async (input) => addFollowUp(ctx.records(), input),
    'followUps.update': async (input) => updateFollowUp(ctx.records(), input),
    'followUps.remove': async (input) => deleteFollowUp(ctx.records(), input),
    'followUps.setDone': async (input) => setFollowUpDone(ctx.records(), input),
    'followUps.due': async ({ today }) => dueFollowUpLists(ctx.records(), today),
  };
}
