import * as fs from 'node:fs';
import type { RecoveryKeyIssued, VaultStatus } from '../../../shared/api/vault';
import { sodium } from '../crypto';
import { CoreError } from '../errors';
import * as limiter from './attempt-limiter';
import { assertAcceptable } from './passphrase-check';
import { deriveKeyEncryptionKey, DEFAULT_KDF_COST, type KdfCost } from './kdf';
import * as recovery from './recovery-key';
import * as secretsLib from './secrets';
import type { AccountSecrets, PublicKeys } from './secrets';
import * as vaultFile from './vault-file';
import type { VaultFileData } from './vault-file';
import { openWrapOrThrow, wrapSecrets, wrapWithPassphrase } from './wrapping';

export interface VaultOptions {
  clock?: limiter.Clock;
  kdfCost?: KdfCost;
}

/**
 * The account's keys: created once from a passphrase, then locked and unlocked. Synchronous
 * throughout (Argon2id takes ~0.75 s): the core runs off the UI thread.
 *
 * While unlocked the vault holds one AccountSecrets object and hands out that same object, so
 * lock() wiping it in place wipes every reference to it too.
 */
export class Vault {
  private file: VaultFileData | null;
  private unlocked: AccountSecrets | null = null;
  private pending: recovery.IssuedRecoveryKey | null = null;

  private constructor(
    private readonly dataDir: string,
    private readonly clock: limiter.Clock,
    private readonly kdfCost: KdfCost,
  ) {
    this.file = vaultFile.readVaultFile(dataDir);
  }

  /** Reads vault.json if present; throws CoreError('corrupt') for a damaged one. */
  static load(dataDir: string, options: VaultOptions = {}): Vault {
    const clock = options.clock ?? limiter.systemClock;
    return new Vault(dataDir, clock, options.kdfCost ?? DEFAULT_KDF_COST);
  }

  status(): VaultStatus {
    return {
      state: this.file === null ? 'new' : this.unlocked === null ? 'locked' : 'unlocked',
      recoveryKeyConfirmed: this.file?.byRecoveryKey != null,
      retryAfterSeconds: this.file ? limiter.retryAfterSeconds(this.file.attempts, this.clock) : 0,
    };
  }

  /** Creates the account secrets, stays unlocked, and issues a recovery key to confirm. */
  create(passphrase: string): RecoveryKeyIssued {
    if (this.file !== null || fs.existsSync(vaultFile.vaultFilePath(this.dataDir))) {
      throw new CoreError('exists', 'a vault already exists in this data directory');
    }
    assertAcceptable(passphrase);
    const secrets = secretsLib.generateSecrets();
    try {
      this.save({
        ...wrapWithPassphrase(passphrase, secrets, this.kdfCost),
        publicKeys: secretsLib.publicKeysOf(secrets),
        byRecoveryKey: null,
        attempts: limiter.noAttempts(),
      });
    } catch (error) {
      secretsLib.wipeSecrets(secrets);
      throw error;
    }
    this.unlocked = secrets;
    return this.issueRecoveryKey();
  }

  /**
   * A fresh recovery key to replace the current one, after the current passphrase is checked
   * through the same Argon2id path and attempt limit as unlock (issue 10): an unlocked screen left
   * alone must not be enough to swap the key that opens the vault. Wrong → 'wrong_passphrase',
   * with the recovery key and any pending one untouched.
   */
  newRecoveryKey(passphrase: string): RecoveryKeyIssued {
    this.secrets();
    secretsLib.wipeSecrets(this.openWithPassphrase(passphrase));
    return this.issueRecoveryKey();
  }

  /** The typed groups must match the pending key's confirmGroups, in order; then it is stored. */
  confirmRecoveryKey(groups: string[]): VaultStatus {
    const secrets = this.secrets();
    const pending = this.pending;
    if (pending === null) {
      throw new CoreError('not_found', 'there is no new recovery key waiting to be confirmed');
    }
    const shown = recovery.recoveryKeyGroups(pending.text);
    const expected = pending.confirmGroups.map((i) => shown[i]);
    const typed = groups.map(recovery.normaliseRecoveryText);
    if (typed.length !== expected.length) {
      throw new CoreError('wrong_recovery_key', 'the typed groups do not match the recovery key');
    }
    const wrong = typed.findIndex((g, i) => g !== expected[i]);
    if (wrong >= 0) {
      // Names the group (1-based, as shown) so the person checks that one (issue #12, item 9).
      const group = (pending.confirmGroups[wrong] ?? 0) + 1;
      throw new CoreError('wrong_recovery_key', `group ${group} does not match the recovery key`);
    }
    const key = recovery.recoveryWrappingKey(pending.bytes);
    const keyId = recovery.recoveryKeyId(pending.bytes);
    const byRecoveryKey = wrapSecrets(key, secrets, 'secrets-by-recovery-key', keyId);
    sodium().memzero(key);
    this.save({ ...this.existing(), byRecoveryKey });
    this.dropPending();
    return this.status();
  }

  /** Wrong → CoreError('wrong_passphrase'), after the failure is recorded on disk. */
  unlock(passphrase: string): AccountSecrets {
    return this.adopt(this.openWithPassphrase(passphrase));
  }

  /** Opens with the recovery key and sets a new passphrase (new salt); the recovery key stays valid. */
  recover(recoveryKey: string, newPassphrase: string): AccountSecrets {
    const file = this.existing();
    const bytes = recovery.parseRecoveryKey(recoveryKey);
    const key = recovery.recoveryWrappingKey(bytes);
    sodium().memzero(bytes);
    const wrap = file.byRecoveryKey;
    try {
      assertAcceptable(newPassphrase);
      if (wrap === null) {
        throw new CoreError('wrong_recovery_key', 'this vault has no confirmed recovery key');
      }
    } catch (error) {
      sodium().memzero(key);
      throw error;
    }
    const opened = openWrapOrThrow(
      key,
      wrap,
      'secrets-by-recovery-key',
      file.publicKeys,
      this.where(),
      () => {
        throw new CoreError('wrong_recovery_key', 'this is not the recovery key of this vault');
      },
    );
    try {
      this.save({
        ...file,
        ...wrapWithPassphrase(newPassphrase, opened, this.kdfCost),
        attempts: limiter.noAttempts(),
      });
    } catch (error) {
      secretsLib.wipeSecrets(opened);
      throw error;
    }
    return this.adopt(opened);
  }

  /** Verifies the current passphrase, then re-wraps the same secrets under the next (new salt). */
  changePassphrase(current: string, next: string): VaultStatus {
    const secrets = this.secrets();
    assertAcceptable(next);
    secretsLib.wipeSecrets(this.openWithPassphrase(current));
    this.save({ ...this.existing(), ...wrapWithPassphrase(next, secrets, this.kdfCost) });
    return this.status();
  }

  /** Wipes the secrets and any pending recovery key from memory. */
  lock(): VaultStatus {
    if (this.unlocked !== null) secretsLib.wipeSecrets(this.unlocked);
    this.unlocked = null;
    this.dropPending();
    return this.status();
  }

  /** Reads vault.json again, after a restore put a new one in place. Only while locked. */
  reload(): void {
    if (this.unlocked !== null) throw new CoreError('exists', 'lock the vault before reloading it');
    this.file = vaultFile.readVaultFile(this.dataDir);
  }

  secrets(): AccountSecrets {
    if (this.unlocked === null) {
      throw new CoreError(this.file === null ? 'not_initialised' : 'locked', 'the vault is locked');
    }
    return this.unlocked;
  }

  publicKeys(): PublicKeys {
    const { box, sign } = this.existing().publicKeys;
    return { box: box.slice(), sign: sign.slice() };
  }

  /** A subkey of the master key for another layer; see deriveSubkey. Unlocked only. */
  deriveKey(context: string, id: number): Uint8Array {
    return secretsLib.deriveSubkey(this.secrets().masterKey, context, id);
  }

  /**
   * The failure is written before Argon2id runs and cleared after a success, so killing the
   * process mid-attempt cannot be used to guess without it counting.
   */
  private openWithPassphrase(passphrase: string): AccountSecrets {
    const file = this.existing();
    limiter.assertAttemptAllowed(file.attempts, this.clock);
    const counted = { ...file, attempts: limiter.withFailure(file.attempts, this.clock) };
    this.save(counted);
    const kek = deriveKeyEncryptionKey(passphrase, file.kdf);
    const opened = openWrapOrThrow(
      kek,
      file.byPassphrase,
      'secrets-by-passphrase',
      file.publicKeys,
      this.where(),
      () => {
        const wait = limiter.retryAfterSeconds(counted.attempts, this.clock);
        throw new CoreError('wrong_passphrase', 'wrong passphrase', wait > 0 ? wait : undefined);
      },
    );
    this.save({ ...counted, attempts: limiter.noAttempts() });
    return opened;
  }

  /** A recovery key, pending (in memory only) until confirmed; replaces any pending one. */
  private issueRecoveryKey(): RecoveryKeyIssued {
    this.secrets();
    this.dropPending();
    this.pending = recovery.issueRecoveryKey();
    return { recoveryKey: this.pending.text, confirmGroups: [...this.pending.confirmGroups] };
  }

  /** Keeps one secrets object while unlocked, so wiping it reaches every holder. */
  private adopt(opened: AccountSecrets): AccountSecrets {
    if (this.unlocked === null) {
      this.unlocked = opened;
    } else {
      secretsLib.wipeSecrets(opened);
    }
    return this.unlocked;
  }

  private existing(): VaultFileData {
    if (this.file === null) throw new CoreError('not_initialised', 'no vault has been created yet');
    return this.file;
  }

  private where(): string {
    return vaultFile.vaultFilePath(this.dataDir);
  }

  private save(file: VaultFileData): void {
    vaultFile.writeVaultFile(this.dataDir, file);
    this.file = file;
  }

  private dropPending(): void {
    if (this.pending !== null) sodium().memzero(this.pending.bytes);
    this.pending = null;
  }
}
