import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll } from 'vitest';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { loadPassphrasePolicy } from '../../../electron/core/vault/passphrase-check';

export const PASSPHRASE = 'kucing makan ikan di pasar pagi';
export const OTHER_PASSPHRASE = 'hujan turun deras sepanjang malam';
export const WRONG_PASSPHRASE = 'ini bukan kata sandi yang benar';

// The core loads the passphrase rule on the first request that needs it; these tests call the
// vault directly.
beforeAll(loadPassphrasePolicy);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pendamping-vault-'));
  dirs.push(dir);
  return dir;
}

export class FakeClock {
  constructor(public t = 1_700_000_000_000) {}
  now(): number {
    return this.t;
  }
  advanceSeconds(s: number): void {
    this.t += s * 1000;
  }
}

export function loadVault(dir: string, clock = new FakeClock()): Vault {
  return Vault.load(dir, { clock, kdfCost: TEST_KDF_COST });
}

export function vaultJson(dir: string): string {
  return fs.readFileSync(path.join(dir, 'vault.json'), 'utf8');
}

/** The two groups the user would type back, read off the issued key. */
export function groupsToType(issued: { recoveryKey: string; confirmGroups: number[] }): string[] {
  const groups = issued.recoveryKey.split('-');
  return issued.confirmGroups.map((i) => groups[i] ?? '');
}

/** Runs `fn` and returns the CoreError it throws (failing the test if it does not). */
export function thrown(fn: () => unknown): {
  code: string;
  message: string;
  retryAfterSeconds?: number;
} {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string; retryAfterSeconds?: number };
  }
  throw new Error('expected an error');
}
