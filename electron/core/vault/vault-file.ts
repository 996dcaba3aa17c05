import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { NONCE_BYTES } from '../crypto';
import { CoreError } from '../errors';
import { isErrno, writeFileAtomic } from '../fs/atomic-write';
import type { AttemptRecord } from './attempt-limiter';
import type { KdfParams } from './kdf';
import { SALT_BYTES } from './kdf';
import { SECRETS_BYTES } from './secrets';

/**
 * vault.json: everything needed to unlock, nothing secret in clear. The account secrets appear
 * only sealed (XChaCha20-Poly1305) under the passphrase's key and, once confirmed, under the
 * recovery key's; the public keys and the KDF parameters are in clear.
 *
 * Written atomically (temp file, fsync, rename, fsync the directory) so a crash or power cut
 * leaves either the old file or the new one. A file we cannot read is reported as corrupt and
 * never rewritten by us.
 */
export const VAULT_FILE_NAME = 'vault.json';
export const VAULT_FORMAT = 1;

export interface Wrap {
  /** Bound into the associated data; names the key that sealed the blob. */
  keyId: string;
  /** Keyed BLAKE2b of the binding under the wrapping key: tells a wrong key from a damaged blob. */
  check: Uint8Array;
  blob: Uint8Array;
}

export interface VaultFileData {
  kdf: KdfParams;
  publicKeys: { box: Uint8Array; sign: Uint8Array };
  byPassphrase: Wrap;
  byRecoveryKey: Wrap | null;
  attempts: AttemptRecord;
}

export const CHECK_BYTES = 16;
const BLOB_BYTES = NONCE_BYTES + SECRETS_BYTES + 16;
/** Bounds on stored KDF cost, so a tampered file cannot make us allocate gigabytes or spin. */
const MAX_OPS_LIMIT = 64;
const MAX_MEM_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;

const base64Of = (bytes: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')
    .transform((s) => new Uint8Array(Buffer.from(s, 'base64')))
    .refine((b) => b.length === bytes, `must decode to ${bytes} bytes`);

const WrapJson = z.object({
  keyId: z.string().min(1).max(200),
  check: base64Of(CHECK_BYTES),
  blob: base64Of(BLOB_BYTES),
});

const VaultJson = z.object({
  format: z.literal(VAULT_FORMAT),
  kdf: z.object({
    alg: z.literal('argon2id13'),
    opsLimit: z.number().int().min(1).max(MAX_OPS_LIMIT),
    memLimitBytes: z.number().int().min(8192).max(MAX_MEM_LIMIT_BYTES),
    salt: base64Of(SALT_BYTES),
  }),
  publicKeys: z.object({ box: base64Of(32), sign: base64Of(32) }),
  byPassphrase: WrapJson,
  byRecoveryKey: WrapJson.nullable(),
  attempts: z.object({
    failures: z.number().int().nonnegative(),
    lastFailureAt: z.number().nullable(),
  }),
});

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const wrapToJson = (w: Wrap) => ({ keyId: w.keyId, check: b64(w.check), blob: b64(w.blob) });

export function vaultFilePath(dataDir: string): string {
  return path.join(dataDir, VAULT_FILE_NAME);
}

export function serializeVaultFile(data: VaultFileData): string {
  const json = {
    format: VAULT_FORMAT,
    kdf: {
      alg: data.kdf.alg,
      opsLimit: data.kdf.opsLimit,
      memLimitBytes: data.kdf.memLimitBytes,
      salt: b64(data.kdf.salt),
    },
    publicKeys: { box: b64(data.publicKeys.box), sign: b64(data.publicKeys.sign) },
    byPassphrase: wrapToJson(data.byPassphrase),
    byRecoveryKey: data.byRecoveryKey === null ? null : wrapToJson(data.byRecoveryKey),
    attempts: data.attempts,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function parseVaultFile(text: string, where: string): VaultFileData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw corrupt(where, 'it is not valid JSON');
  }
  const parsed = VaultJson.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : 'bad shape';
    throw corrupt(where, detail);
  }
  const { kdf, publicKeys, byPassphrase, byRecoveryKey, attempts } = parsed.data;
  return { kdf, publicKeys, byPassphrase, byRecoveryKey, attempts };
}

export function corrupt(where: string, detail: string): CoreError {
  return new CoreError(
    'corrupt',
    `the vault file ${where} is damaged (${detail}); it has been left as it is. ` +
      'Restore it from a backup, or keep it and ask for help.',
  );
}

/** The vault file's contents, or null when there is none yet. */
export function readVaultFile(dataDir: string): VaultFileData | null {
  const file = vaultFilePath(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  return parseVaultFile(text, file);
}

export function writeVaultFile(dataDir: string, data: VaultFileData): void {
  writeFileAtomic(vaultFilePath(dataDir), serializeVaultFile(data));
}
