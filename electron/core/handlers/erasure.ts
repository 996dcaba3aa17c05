import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { reaching } from './reaching';

type ErasureHandlers = Pick<
  Handlers,
  | 'erasure.check'
  | 'erasure.erase'
  | 'erasure.list'
  | 'erasure.requests'
  | 'erasure.cancel'
  | 'erasure.policy'
  | 'erasure.setPolicy'
>;

/** Erasure of closed cases after their retention period (electron/core/erasure). */
export function erasureHandlers(ctx: CoreContext): ErasureHandlers {
  return {
    'erasure.check': async ({ caseId }) => ctx.erasure().check(caseId),
    'erasure.erase': ({ caseId, confirmAlias }) =>
      reaching(() => ctx.erasure().erase(caseId, confirmAlias)),
    'erasure.list': async () => ctx.erasure().list(),
    'erasure.requests': async () => ctx.erasure().requestList(),
    'erasure.cancel': async ({ caseId }) => ctx.erasure().cancel(caseId),
    'erasure.policy': async () => ctx.erasure().policy(),
    'erasure.setPolicy': ({ retentionDays }) =>
      reaching(() => ctx.erasure().setPolicy(retentionDays)),
  };
}
