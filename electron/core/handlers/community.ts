import type { Handlers } from '../../../shared/api/contract';
import { CommunityService } from '../community';
import type { CoreContext } from '../core-context';
import { CoreError } from '../errors';
import type { Vault } from '../vault';

type CommunityHandlers = Pick<
  Handlers,
  | 'community.overview'
  | 'community.saveArea'
  | 'community.saveActivity'
  | 'community.removeActivity'
>;

/** Community work not tied to one client (electron/core/community). */
export function communityHandlers(ctx: CoreContext, vault: Vault | undefined): CommunityHandlers {
  const service = () => {
    if (!vault || vault.status().state !== 'unlocked') {
      throw new CoreError('locked', 'the vault is locked');
    }
    const records = ctx.records();
    return new CommunityService(records, vault.secrets().signKeyPair, () =>
      ctx.team().forCommunity(),
    );
  };
  return {
    'community.overview': async () => service().overview(),
    'community.saveArea': async ({ id, area }) => service().saveArea(id, area),
    'community.saveActivity': async ({ id, activity }) => service().saveActivity(id, activity),
    'community.removeActivity': async ({ id }) => service().removeActivity(id),
  };
}
