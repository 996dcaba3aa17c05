import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { reaching } from './reaching';
import { acceptInviteAddress, acceptRelayAddress } from './relay-address';

type SyncHandlers = Pick<
  Handlers,
  | 'sync.status'
  | 'sync.now'
  | 'sync.waiting'
  | 'sync.createTeam'
  | 'sync.join'
  | 'sync.invite'
  | 'sync.setDataSaver'
  | 'sync.allowLargeTransfers'
  | 'sync.setDisplayName'
  | 'sync.removeMember'
  | 'sync.markVerified'
  | 'sync.dismissHistory'
  | 'sync.cancelInvite'
  | 'sync.startRosterOver'
  | 'cases.handOver'
  | 'templates.publish'
>;

export function syncHandlers(ctx: CoreContext): SyncHandlers {
  return {
    'sync.status': async () => ctx.team().overview(),
    'sync.now': async () => ctx.team().syncNow(),
    'sync.waiting': async (ids) => ctx.team().waiting(ids),
    'sync.createTeam': async ({ serverUrl, allowInsecure }) => {
      const url = acceptRelayAddress(serverUrl, allowInsecure);
      return reaching(() => ctx.team().createTeam(url));
    },
    'sync.join': async ({ code, allowInsecure }) => {
      acceptInviteAddress(code, allowInsecure);
      return reaching(() => ctx.team().join(code));
    },
    'sync.invite': async ({ role }) => ({ code: await reaching(() => ctx.team().invite(role)) }),
    'sync.setDataSaver': async (input) => ctx.team().setDataSaver(input),
    'sync.allowLargeTransfers': async () => ctx.team().allowLargeTransfers(),
    'sync.setDisplayName': async ({ name }) => ctx.team().setDisplayName(name),
    'sync.removeMember': ({ memberNo }) => reaching(() => ctx.team().removeMember(memberNo)),
    'sync.dismissHistory': async () => ctx.team().dismissHistory(),
    'sync.markVerified': async ({ memberNo, verified }) =>
      ctx.team().markVerified(memberNo, verified),
    'sync.cancelInvite': async ({ inviteId }) => ctx.team().cancelInvite(inviteId),
    'sync.startRosterOver': async () => ctx.team().startRosterOver(),
    'templates.publish': async ({ template }) => {
      await reaching(() => ctx.team().publishTemplate(template));
      return {};
    },
    'cases.handOver': async ({ caseId, toMemberNo }) => {
      await reaching(() => ctx.team().handOver(caseId, toMemberNo));
      return {};
    },
  };
}
