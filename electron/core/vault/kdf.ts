import { sodium } from '../crypto';
import { argon2idInWorker } from './argon2-worker';

/**
 * Passphrase → key-encryption key, by Argon2id (RFC 9106) through libsodium's crypto_pwhash.
 *
 * The parameters are stored beside the salt in vault.json, so a vault keeps unlocking with the
 * cost it was created with; raising DEFAULT_KDF_COST only affects vaults created or re-wrapped
 * (passphrase change, recovery) afterwards.
 */
export interface KdfParams {
  alg: 'argon2id13';
  opsLimit: number;
  memLimitBytes: number;
  salt: Uint8Array;
}

export interface KdfCost {
  opsLimit: number;
  memLimitBytes: number;
}

export const KEK_BYTES = 32;
export const SALT_BYTES = 16; // crypto_pwhash_SALTBYTES

const MiB = 1024 * 1024;

/**
 * The brief (ARCHITECTURE.md, "Keys and encryption"): at least 64 MiB, 0.5–1.5 s on a modest
 * laptop. Measured with libsodium-wrappers-sumo 0.8 under Node 20 on the 2-core dev machine
 * (three runs each):
 *   t=3  64 MiB ≈ 0.12–0.19 s    t=5 128 MiB ≈ 0.43 s    t=8 128 MiB ≈ 0.71 s
 *   t=2 256 MiB ≈ 0.37–0.45 s    t=3 256 MiB ≈ 0.56–0.59 s    t=4 256 MiB ≈ 0.75–0.76 s
 * We take t=4, 256 MiB (≈ 0.75 s): the middle of the window, so a slower laptop or a busy core
 * stays under 1.5 s and a faster one stays above 0.5 s, and memory (what makes GPU/ASIC guessing
 * expensive) is 4× the floor. libsodium's MODERATE (t=3, 256 MiB) is the same memory, one pass less.
 */
export const DEFAULT_KDF_COST: Readonly<KdfCost> = Object.freeze({
  opsLimit: 4,
  memLimitBytes: 256 * MiB,
});

/** crypto_pwhash OPSLIMIT_MIN / MEMLIMIT_MIN (1 pass, 8 KiB): for fast tests only, never for users. */
export const TEST_KDF_COST: Readonly<KdfCost> = Object.freeze({
  opsLimit: 1,
  memLimitBytes: 8192,
});

export function newKdfParams(cost: KdfCost, salt: Uint8Array): KdfParams {
  return { alg: 'argon2id13', opsLimit: cost.opsLimit, memLimitBytes: cost.memLimitBytes, salt };
}

/**
 * A seam for tests: counts every Argon2id run, so a test can prove that a refused attempt
 * (during the back-off delay) never reached the KDF. Cheap enough to leave in production.
 */
let derivations = 0;
export function kdfRunCount(): number {
  return derivations;
}

export function deriveKeyEncryptionKey(passphrase: string, params: KdfParams): Uint8Array {
  const s = sodium();
  if (params.alg !== 'argon2id13') throw new Error(`unsupported KDF ${String(params.alg)}`);
  if (params.salt.length !== s.crypto_pwhash_SALTBYTES)
    throw new Error('KDF salt has the wrong length');
  if (
    params.opsLimit < s.crypto_pwhash_OPSLIMIT_MIN ||
    params.memLimitBytes < s.crypto_pwhash_MEMLIMIT_MIN
  ) {
    throw new Error('KDF cost is below the minimum');
  }
  derivations += 1;
  // libsodium normalises the string to UTF-8 bytes; we normalise to NFC first so the same
  // passphrase typed on another keyboard/IME (composed vs decomposed accents) gives the same key.
  const normalised = passphrase.normalize('NFC');
  if (params.memLimitBytes >= WORKER_THRESHOLD_BYTES) {
    return argon2idInWorker(
      KEK_BYTES,
      normalised,
      params.salt,
      params.opsLimit,
      params.memLimitBytes,
    );
  }
  return s.crypto_pwhash(
    KEK_BYTES,
    normalised,
    params.salt,
    params.opsLimit,
    params.memLimitBytes,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
}

/** Costs this large run in a worker so their memory is returned afterwards (argon2-worker.ts). */
const WORKER_THRESHOLD_BYTES = 16 * MiB;
