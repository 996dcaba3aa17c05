import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import type { Vault } from '../vault';

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

/** When vault.json cannot be read, every vault call reports why, and nothing overwrites it. */
export function unreadableVaultHandlers(problem: Error): VaultHandlers {
  const fail = async (): Promise<never> => {
    throw problem;
  };
  return {
    'vault.status': fail,
    'vault.create': fail,
    'vault.newRecoveryKey': fail,
    'vault.confirmRecoveryKey': fail,
    'vault.unlock': fail,
    'vault.lock': fail,
    'vault.changePassphrase': fail,
    'vault.recover': fail,
  };
}

export function vaultHandlers(ctx: CoreContext, vault: Vault): VaultHandlers {
  return {
    'vault.status': async () => vault.status(),
    'vault.create': async ({ passphrase }) => {
      const issued = vault.create(passphrase);
      ctx.afterUnlock();
      return issued;
    },
    'vault.newRecoveryKey': async () => vault.newRecoveryKey(),
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
      vault.changePassphrase(current, next);
      return vault.status();
    },
    'vault.recover': async ({ recoveryKey, newPassphrase }) => {
      vault.recover(recoveryKey, newPassphrase);
      ctx.afterUnlock();
      return vault.status();
    },
  };
}
