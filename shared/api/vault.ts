import { z } from 'zod/mini';
import { method } from './method';

export const VaultState = z.enum(['new', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

export const VaultStatus = z.object({
  state: VaultState,
  /** False until the user has typed part of a recovery key back; the UI then offers a new one. */
  recoveryKeyConfirmed: z.boolean(),
  /** Seconds before another unlock attempt is accepted, after repeated failures. */
  retryAfterSeconds: z.number().check(z.nonnegative()),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const LockReason = z.enum(['manual', 'idle', 'system', 'shutdown']);
export type LockReason = z.infer<typeof LockReason>;

const Passphrase = (): z.ZodMiniString => z.string().check(z.minLength(1), z.maxLength(1024));
const RecoveryKey = (): z.ZodMiniString => z.string().check(z.minLength(1), z.maxLength(200));

export const RecoveryKeyIssued = z.object({
  recoveryKey: z.string(),
  /** Which groups (0-based) the user must type back to confirm they wrote it down. */
  confirmGroups: z.array(z.int().check(z.nonnegative())),
});
export type RecoveryKeyIssued = z.infer<typeof RecoveryKeyIssued>;

export const vaultMethods = {
  'vault.status': method(() => ({ input: z.object({}), output: VaultStatus })),
  'vault.create': method(() => ({
    input: z.object({ passphrase: Passphrase() }),
    output: RecoveryKeyIssued,
  })),
  /** Replaces the recovery key once confirmed; asks for the current passphrase (issue 10). */
  'vault.newRecoveryKey': method(() => ({
    input: z.object({ passphrase: Passphrase() }),
    output: RecoveryKeyIssued,
  })),
  'vault.confirmRecoveryKey': method(() => ({
    input: z.object({
      groups: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(16)),
    }),
    output: VaultStatus,
  })),
  'vault.unlock': method(() => ({
    input: z.object({ passphrase: Passphrase() }),
    output: VaultStatus,
  })),
  'vault.lock': method(() => ({ input: z.object({}), output: VaultStatus })),
  'vault.changePassphrase': method(() => ({
    input: z.object({ current: Passphrase(), next: Passphrase() }),
    output: VaultStatus,
  })),
  'vault.recover': method(() => ({
    input: z.object({ recoveryKey: RecoveryKey(), newPassphrase: Passphrase() }),
    output: VaultStatus,
  })),
} as const;

export const vaultEvents = {
  'vault.changed': z.object({ status: VaultStatus, reason: z.optional(LockReason) }),
} as const;
