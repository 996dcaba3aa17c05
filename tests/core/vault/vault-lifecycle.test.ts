import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import type { AccountSecrets } from '../../../electron/core/vault';
import { loadVault, OTHER_PASSPHRASE, PASSPHRASE, tempDir, thrown, vaultJson } from './helpers';

function copy(s: AccountSecrets) {
  return {
    masterKey: s.masterKey.slice(),
    box: [s.boxKeyPair.publicKey.slice(), s.boxKeyPair.privateKey.slice()],
    sign: [s.signKeyPair.publicKey.slice(), s.signKeyPair.privateKey.slice()],
  };
}

describe('a vault from creation to unlock', () => {
  beforeAll(initSodium);

  it('starts new, and after create is unlocked with an unconfirmed recovery key', () => {
    const vault = loadVault(tempDir());
    expect(vault.status()).toEqual({
      state: 'new',
      recoveryKeyConfirmed: false,
      retryAfterSeconds: 0,
    });
    const issued = vault.create(PASSPHRASE);
    expect(issued.recoveryKey).toMatch(/^([0-9A-Z]{5}-){7}[0-9A-Z]{5}$/);
    expect(issued.confirmGroups).toHaveLength(2);
    expect(vault.status()).toEqual({
      state: 'unlocked',
      recoveryKeyConfirmed: false,
      retryAfterSeconds: 0,
    });
  });

  it('gives identical secrets after create, lock and unlock, also from a fresh load', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    vault.create(PASSPHRASE);
    const before = copy(vault.secrets());
    vault.lock();
    expect(vault.status().state).toBe('locked');
    expect(copy(vault.unlock(PASSPHRASE))).toEqual(before);
    const reloaded = loadVault(dir);
    expect(reloaded.status().state).toBe('locked');
    expect(copy(reloaded.unlock(PASSPHRASE))).toEqual(before);
  });

  it('refuses to create a second vault in the same directory', () => {
    const dir = tempDir();
    loadVault(dir).create(PASSPHRASE);
    expect(thrown(() => loadVault(dir).create(OTHER_PASSPHRASE)).code).toBe('exists');
  });

  it('refuses a weak passphrase with the reason code and writes nothing', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    expect(thrown(() => vault.create('pendek'))).toMatchObject({
      code: 'weak_passphrase',
      message: 'too_short',
    });
    expect(thrown(() => vault.create('password123'))).toMatchObject({
      code: 'weak_passphrase',
      message: 'too_guessable',
    });
    expect(vault.status().state).toBe('new');
  });

  it('zeroes the arrays it handed out when locked, and refuses secrets while locked', () => {
    const vault = loadVault(tempDir());
    vault.create(PASSPHRASE);
    const held = vault.secrets();
    vault.lock();
    for (const part of [
      held.masterKey,
      held.boxKeyPair.privateKey,
      held.boxKeyPair.publicKey,
      held.signKeyPair.privateKey,
      held.signKeyPair.publicKey,
    ]) {
      expect(part.every((b) => b === 0)).toBe(true);
    }
    expect(thrown(() => vault.secrets()).code).toBe('locked');
    expect(thrown(() => vault.deriveKey('storedb1', 1)).code).toBe('locked');
  });

  it('changes the passphrase by re-wrapping the same secrets under a new salt', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    vault.create(PASSPHRASE);
    const before = copy(vault.secrets());
    const saltBefore = JSON.parse(vaultJson(dir)).kdf.salt;
    expect(thrown(() => vault.changePassphrase(OTHER_PASSPHRASE, PASSPHRASE)).code).toBe(
      'wrong_passphrase',
    );
    expect(thrown(() => vault.changePassphrase(PASSPHRASE, 'pendek')).code).toBe('weak_passphrase');
    vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(JSON.parse(vaultJson(dir)).kdf.salt).not.toBe(saltBefore);
    vault.lock();
    expect(thrown(() => vault.unlock(PASSPHRASE)).code).toBe('wrong_passphrase');
    expect(copy(vault.unlock(OTHER_PASSPHRASE))).toEqual(before);
  });

  it('derives stable, distinct subkeys from the master key without exposing it', () => {
    const dir = tempDir();
    const vault = loadVault(dir);
    vault.create(PASSPHRASE);
    const a = vault.deriveKey('storedb1', 1);
    expect(a).toHaveLength(32);
    expect(vault.deriveKey('storedb1', 2)).not.toEqual(a);
    expect(vault.deriveKey('search01', 1)).not.toEqual(a);
    expect(a).not.toEqual(vault.secrets().masterKey);
    vault.lock();
    vault.unlock(PASSPHRASE);
    expect(vault.deriveKey('storedb1', 1)).toEqual(a);
    expect(() => vault.deriveKey('short', 1)).toThrow(/8 ASCII/);
  });

  it('keeps its public keys readable while locked, equal to the key pairs', () => {
    const vault = loadVault(tempDir());
    vault.create(PASSPHRASE);
    const secrets = copy(vault.secrets());
    vault.lock();
    expect(vault.publicKeys()).toEqual({ box: secrets.box[0], sign: secrets.sign[0] });
  });
});
