import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Argon2id in a throw-away worker thread. libsodium's WebAssembly memory can grow but never
 * shrink: 256 MiB of Argon2id in the core's own instance would stay resident for the life of the
 * process. In a worker, that memory goes when the worker ends. The call stays synchronous (the
 * caller blocks on Atomics.wait) because unlocking is a single step the core waits for anyway.
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const sodium = require(workerData.sodiumPath);
const flag = new Int32Array(workerData.shared, 0, 1);
sodium.ready.then(() => {
  try {
    const key = sodium.crypto_pwhash(
      workerData.keyBytes, workerData.passphrase, workerData.salt,
      workerData.opsLimit, workerData.memLimitBytes, sodium.crypto_pwhash_ALG_ARGON2ID13);
    new Uint8Array(workerData.shared, 4, workerData.keyBytes).set(key);
    sodium.memzero(key);
    Atomics.store(flag, 0, 1);
  } catch (error) {
    Atomics.store(flag, 0, 2);
  }
  Atomics.notify(flag, 0);
}, () => { Atomics.store(flag, 0, 2); Atomics.notify(flag, 0); });
`;

const TIMEOUT_MS = 60_000;

export function argon2idInWorker(
  keyBytes: number,
  passphrase: string,
  salt: Uint8Array,
  opsLimit: number,
  memLimitBytes: number,
): Uint8Array {
  const shared = new SharedArrayBuffer(4 + keyBytes);
  const flag = new Int32Array(shared, 0, 1);
  const sodiumPath = createRequire(import.meta.url).resolve('libsodium-wrappers-sumo');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { sodiumPath, shared, keyBytes, passphrase, salt, opsLimit, memLimitBytes },
  });
  try {
    Atomics.wait(flag, 0, 0, TIMEOUT_MS);
    if (Atomics.load(flag, 0) !== 1) throw new Error('Argon2id failed in its worker');
    const out = new Uint8Array(shared, 4, keyBytes);
    const key = out.slice();
    out.fill(0);
    return key;
  } finally {
    void worker.terminate();
  }
}
