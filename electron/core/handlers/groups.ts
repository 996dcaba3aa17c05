import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { CoreError } from '../errors';
import {
  addGroupParticipant,
  createGroupSession,
  submitGroupSession,
  updateGroupNote,
} from '../records/group-sessions';
import { groupDetail } from '../records/group-views';
import type { Signer } from '../review';
import type { Vault } from '../vault';

type GroupHandlers = Pick<
  Handlers,
  'groups.create' | 'groups.get' | 'groups.addParticipant' | 'groups.updateNote' | 'groups.submit'
>;

/** Group sessions (issue #13, item 4; electron/core/records/group-sessions.ts). */
export function groupHandlers(ctx: CoreContext, vault: Vault | undefined): GroupHandlers {
  const signer = (): Signer => {
    if (!vault || vault.status().state !== 'unlocked') {
      throw new CoreError('locked', 'the vault is locked');
    }
    return vault.secrets().signKeyPair;
  };
  return {
    'groups.create': async (input) => createGroupSession(ctx.records(), input),
    'groups.get': async ({ groupId }) => groupDetail(ctx.records(), groupId),
    'groups.addParticipant': async (input) => addGroupParticipant(ctx.records(), input),
    'groups.updateNote': async (input) => updateGroupNote(ctx.records(), input),
    'groups.submit': async (input) => submitGroupSession(ctx.records(), signer(), input),
  };
}
