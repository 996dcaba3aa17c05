import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import type { Vault } from '../vault';
import { loadPassphrasePolicy } from '../vault/passphrase-check';

export const VAULT_METHODS = [
  'vault.status',
  'vault.create',
  'vault.newRecoveryKey',
  'vault.confirmRecoveryKey',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.recover',
] as const;

type VaultHandlers = Pick<
  Handlers,
  | 'vault.status'
  | 'vault.create'
  | 'vault.newRecoveryKey'
  | 'vault.confirmRecoveryKey'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
  | 'vault.recover'
>;

export function vaultHandlers(ctx: CoreContext, vault: Vault): VaultHandlers {
  return {
    'vault.status': async () => vault.status(),
    'vault.create': async ({ passphrase }) => {
      await loadPassphrasePolicy();
      const issued = vault.create(passphrase);
      ctx.afterUnlock();
      return issued;
    },
    'vault.newRecoveryKey': async ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.confirmRecoveryKey': async ({ groups }) => vault.confirmRecoveryKey(groups),
    'vault.unlock': async ({ passphrase }) => {
      vault.unlock(passphrase);
      ctx.afterUnlock();
      return vault.status();
    },
    'vault.lock': async () => {
      ctx.lock('manual');
      return vault.status();
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await loadPassphrasePolicy();
      vault.changePassphrase(current, next);
      return vault.status();
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      await loadPassphrasePolicy();
      vault.recover(recoveryKey, newPassphrase);
      ctx.afterUnlock();
      return vault.status();
    },
  };
}
