import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium, sodium } from '../../../electron/core/crypto';
import {
  DEFAULT_KDF_COST,
  deriveKeyEncryptionKey,
  newKdfParams,
  TEST_KDF_COST,
} from '../../../electron/core/vault/kdf';

const salt = new Uint8Array(16).fill(7);

describe('the passphrase key derivation', () => {
  beforeAll(initSodium);

  it('defaults to at least 64 MiB of memory', () => {
    expect(DEFAULT_KDF_COST.memLimitBytes).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    expect(DEFAULT_KDF_COST.opsLimit).toBeGreaterThanOrEqual(2);
  });

  it('gives the same 32-byte key for the same passphrase and parameters', () => {
    const params = newKdfParams(TEST_KDF_COST, salt);
    const key = deriveKeyEncryptionKey('kucing makan ikan', params);
    expect(key).toHaveLength(32);
    expect(deriveKeyEncryptionKey('kucing makan ikan', params)).toEqual(key);
  });

  it('gives different keys for another salt, passphrase or cost', () => {
    const key = deriveKeyEncryptionKey('kucing makan ikan', newKdfParams(TEST_KDF_COST, salt));
    const otherSalt = new Uint8Array(16).fill(8);
    expect(
      deriveKeyEncryptionKey('kucing makan ikan', newKdfParams(TEST_KDF_COST, otherSalt)),
    ).not.toEqual(key);
    expect(
      deriveKeyEncryptionKey('kucing makan ikaN', newKdfParams(TEST_KDF_COST, salt)),
    ).not.toEqual(key);
    const costlier = { ...TEST_KDF_COST, opsLimit: 2 };
    expect(deriveKeyEncryptionKey('kucing makan ikan', newKdfParams(costlier, salt))).not.toEqual(
      key,
    );
  });

  it('treats composed and decomposed accents as the same passphrase', () => {
    const params = newKdfParams(TEST_KDF_COST, salt);
    expect(deriveKeyEncryptionKey('kafe\u0301 pagi', params)).toEqual(
      deriveKeyEncryptionKey('kaf\u00e9 pagi', params),
    );
  });

  it('computes large costs in a worker, with the same key as in the core itself', () => {
    const cost = { opsLimit: 1, memLimitBytes: 16 * 1024 * 1024 };
    const params = newKdfParams(cost, salt);
    const inWorker = deriveKeyEncryptionKey('bunga melati di pagi hari', params);
    const inProcess = sodium().crypto_pwhash(
      32,
      'bunga melati di pagi hari',
      salt,
      cost.opsLimit,
      cost.memLimitBytes,
      sodium().crypto_pwhash_ALG_ARGON2ID13,
    );
    expect(inWorker).toEqual(inProcess);
  });

  it('refuses a salt of the wrong length', () => {
    expect(() =>
      deriveKeyEncryptionKey('x', newKdfParams(TEST_KDF_COST, new Uint8Array(8))),
    ).toThrow(/salt/);
  });
});
