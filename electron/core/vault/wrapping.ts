import {
  associatedData,
  DecryptError,
  openBound,
  randomBytes,
  sealBound,
  sodium,
  type Binding,
} from '../crypto';
import { deriveKeyEncryptionKey, newKdfParams, SALT_BYTES } from './kdf';
import type { KdfCost, KdfParams } from './kdf';
import { deserializeSecrets, serializeSecrets, wipeSecrets } from './secrets';
import type { AccountSecrets, PublicKeys } from './secrets';
import { CHECK_BYTES, corrupt, type Wrap } from './vault-file';

/**
 * Sealing the account secrets under a wrapping key (the passphrase's KEK or the recovery key's).
 * The associated data binds document 'vault', the wrap's kind and its key id, so a blob cannot be
 * swapped between the two slots or moved into another document.
 */
export type WrapKind = 'secrets-by-passphrase' | 'secrets-by-recovery-key';

export type UnwrapResult =
  { ok: true; secrets: AccountSecrets } | { ok: false; reason: 'wrong_key' | 'damaged' };

function binding(kind: WrapKind, keyId: string): Binding {
  return { docId: 'vault', kind, keyId };
}

/**
 * A key check value (keyed BLAKE2b over the binding). Someone holding vault.json learns nothing
 * from it that the AEAD tag would not tell them as cheaply; it lets us tell "wrong passphrase"
 * from "the blob was damaged on disk", which the AEAD alone cannot.
 */
function keyCheck(key: Uint8Array, b: Binding): Uint8Array {
  return sodium().crypto_generichash(CHECK_BYTES, associatedData(b), key);
}

export function wrapSecrets(
  key: Uint8Array,
  secrets: AccountSecrets,
  kind: WrapKind,
  keyId: string,
): Wrap {
  const b = binding(kind, keyId);
  const plain = serializeSecrets(secrets);
  try {
    return { keyId, check: keyCheck(key, b), blob: sealBound(key, plain, b) };
  } finally {
    sodium().memzero(plain);
  }
}

export function unwrapSecrets(key: Uint8Array, wrap: Wrap, kind: WrapKind): UnwrapResult {
  const s = sodium();
  const b = binding(kind, wrap.keyId);
  const check = keyCheck(key, b);
  const keyMatches = s.memcmp(check, wrap.check);
  let plain: Uint8Array;
  try {
    plain = openBound(key, wrap.blob, b);
  } catch (error) {
    if (!(error instanceof DecryptError)) throw error;
    return { ok: false, reason: keyMatches ? 'damaged' : 'wrong_key' };
  }
  try {
    return { ok: true, secrets: deserializeSecrets(plain) };
  } catch {
    return { ok: false, reason: 'damaged' };
  } finally {
    s.memzero(plain);
  }
}

/** Seals the secrets under a fresh salt and the given Argon2id cost. */
export function wrapWithPassphrase(
  passphrase: string,
  secrets: AccountSecrets,
  cost: KdfCost,
): { kdf: KdfParams; byPassphrase: Wrap } {
  const kdf = newKdfParams(cost, randomBytes(SALT_BYTES));
  const kek = deriveKeyEncryptionKey(passphrase, kdf);
  const keyId = `argon2id13:${Buffer.from(kdf.salt).toString('base64')}`;
  try {
    return { kdf, byPassphrase: wrapSecrets(kek, secrets, 'secrets-by-passphrase', keyId) };
  } finally {
    sodium().memzero(kek);
  }
}

/**
 * Opens a wrap and wipes `key` whatever happens. A wrong key calls `onWrongKey` (which throws
 * the caller's error); a damaged blob, or secrets that do not match the public keys in the file,
 * are reported as corrupt.
 */
export function openWrapOrThrow(
  key: Uint8Array,
  wrap: Wrap,
  kind: WrapKind,
  publicKeys: PublicKeys,
  where: string,
  onWrongKey: () => never,
): AccountSecrets {
  const s = sodium();
  const result = unwrapSecrets(key, wrap, kind);
  s.memzero(key);
  if (!result.ok) {
    if (result.reason === 'wrong_key') onWrongKey();
    throw corrupt(where, `the ${kind} blob does not decrypt`);
  }
  const { boxKeyPair, signKeyPair } = result.secrets;
  if (
    !s.memcmp(boxKeyPair.publicKey, publicKeys.box) ||
    !s.memcmp(signKeyPair.publicKey, publicKeys.sign)
  ) {
    wipeSecrets(result.secrets);
    throw corrupt(where, 'the public keys do not match the secrets');
  }
  return result.secrets;
}
