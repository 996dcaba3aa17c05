import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { delayAfter } from '../../../electron/core/vault/attempt-limiter';
import { kdfRunCount } from '../../../electron/core/vault/kdf';
import {
  FakeClock,
  loadVault,
  PASSPHRASE,
  tempDir,
  thrown,
  vaultJson,
  WRONG_PASSPHRASE,
} from './helpers';

function createdLocked(clock = new FakeClock()) {
  const dir = tempDir();
  const vault = loadVault(dir, clock);
  vault.create(PASSPHRASE);
  vault.lock();
  return { dir, vault, clock };
}

describe('the delay after wrong passphrases', () => {
  beforeAll(initSodium);

  it('is free for three failures, then doubles from 2 s up to 300 s', () => {
    expect([0, 1, 2, 3].map(delayAfter)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 10, 11, 12, 50].map(delayAfter)).toEqual([2, 4, 8, 128, 256, 300, 300]);
  });

  it('reports wrong_passphrase and changes only the attempt counter on disk', () => {
    const { dir, vault, clock } = createdLocked();
    const before = JSON.parse(vaultJson(dir));
    expect(thrown(() => vault.unlock(WRONG_PASSPHRASE)).code).toBe('wrong_passphrase');
    const after = JSON.parse(vaultJson(dir));
    expect(after.attempts).toEqual({ failures: 1, lastFailureAt: clock.now() });
    expect({ ...after, attempts: before.attempts }).toEqual(before);
    expect(vault.status().state).toBe('locked');
  });

  it('refuses attempts during the delay without running Argon2id, then lets them through', () => {
    const { vault, clock } = createdLocked();
    for (let i = 0; i < 4; i++)
      expect(thrown(() => vault.unlock(WRONG_PASSPHRASE)).code).toBe('wrong_passphrase');
    expect(vault.status().retryAfterSeconds).toBe(2);

    const runs = kdfRunCount();
    const refused = thrown(() => vault.unlock(PASSPHRASE));
    expect(refused).toMatchObject({ code: 'too_many_attempts', retryAfterSeconds: 2 });
    expect(kdfRunCount()).toBe(runs);

    clock.advanceSeconds(2);
    expect(thrown(() => vault.unlock(WRONG_PASSPHRASE))).toMatchObject({
      code: 'wrong_passphrase',
      retryAfterSeconds: 4,
    });
    expect(kdfRunCount()).toBe(runs + 1);
    clock.advanceSeconds(3);
    expect(thrown(() => vault.unlock(PASSPHRASE))).toMatchObject({ retryAfterSeconds: 1 });
  });

  it('survives reloading the vault from disk', () => {
    const { dir, vault, clock } = createdLocked();
    for (let i = 0; i < 5; i++) {
      clock.advanceSeconds(60);
      thrown(() => vault.unlock(WRONG_PASSPHRASE));
    }
    clock.advanceSeconds(1);
    const reloaded = loadVault(dir, clock);
    expect(reloaded.status().retryAfterSeconds).toBe(3);
    expect(thrown(() => reloaded.unlock(PASSPHRASE)).code).toBe('too_many_attempts');
  });

  it('resets after the correct passphrase', () => {
    const { dir, vault, clock } = createdLocked();
    for (let i = 0; i < 4; i++) thrown(() => vault.unlock(WRONG_PASSPHRASE));
    clock.advanceSeconds(2);
    vault.unlock(PASSPHRASE);
    expect(JSON.parse(vaultJson(dir)).attempts).toEqual({ failures: 0, lastFailureAt: null });
    vault.lock();
    for (let i = 0; i < 3; i++) thrown(() => vault.unlock(WRONG_PASSPHRASE));
    expect(vault.status().retryAfterSeconds).toBe(0);
  });

  it('does not wait longer than the delay when the clock is set back', () => {
    const { vault, clock } = createdLocked();
    for (let i = 0; i < 4; i++) thrown(() => vault.unlock(WRONG_PASSPHRASE));
    clock.advanceSeconds(-3600);
    expect(vault.status().retryAfterSeconds).toBe(2);
  });
});
