import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/contract';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

const OTHER_PASSPHRASE = 'hujan turun deras sepanjang malam';

/** The groups a person types back to confirm the key they were shown. */
async function confirm(
  h: CoreHarness,
  issued: { recoveryKey: string; confirmGroups: number[] },
): Promise<void> {
  const groups = issued.confirmGroups.map((g) => issued.recoveryKey.split('-')[g] ?? '');
  await h.call('vault.confirmRecoveryKey', { groups });
}

async function codeOf(call: Promise<unknown>): Promise<string | undefined> {
  return call.then(
    () => undefined,
    (e: { code?: string }) => e.code,
  );
}

describe('replacing the recovery key through the API', () => {
  it('asks for the current passphrase, refuses a wrong one and keeps the old key, and with the right one only the new key recovers', async () => {
    const h = await startCore();
    const old = await h.call('vault.create', { passphrase: PASSPHRASE });
    await confirm(h, old);

    const withoutPassphrase = {} as MethodInput<'vault.newRecoveryKey'>;
    expect(await codeOf(h.call('vault.newRecoveryKey', withoutPassphrase))).toBe('bad_request');
    expect(
      await codeOf(h.call('vault.newRecoveryKey', { passphrase: 'bukan frasa sandi ini' })),
    ).toBe('wrong_passphrase');
    await h.call('vault.lock', {});
    await h.call('vault.recover', { recoveryKey: old.recoveryKey, newPassphrase: PASSPHRASE });

    const next = await h.call('vault.newRecoveryKey', { passphrase: PASSPHRASE });
    await confirm(h, next);
    await h.call('vault.lock', {});
    expect(
      await codeOf(
        h.call('vault.recover', { recoveryKey: old.recoveryKey, newPassphrase: OTHER_PASSPHRASE }),
      ),
    ).toBe('wrong_recovery_key');
    const status = await h.call('vault.recover', {
      recoveryKey: next.recoveryKey,
      newPassphrase: OTHER_PASSPHRASE,
    });
    expect(status.state).toBe('unlocked');
    h.core.close();
  });
});
