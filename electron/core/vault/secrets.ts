import { randomKey, sodium } from '../crypto';

/**
 * The account secrets the vault protects. The master key is the root of the subkeys other layers
 * get (Vault.deriveKey); the X25519 pair receives sealed content keys; the Ed25519 pair signs
 * updates that travel.
 */
export interface KeyPair {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export interface AccountSecrets {
  masterKey: Uint8Array;
  boxKeyPair: KeyPair;
  signKeyPair: KeyPair;
}

export interface PublicKeys {
  box: Uint8Array;
  sign: Uint8Array;
}

const FORMAT = 1;
const MASTER_BYTES = 32;
const BOX_PUBLIC = 32;
const BOX_SECRET = 32;
const SIGN_PUBLIC = 32;
const SIGN_SECRET = 64;
const LAYOUT = [MASTER_BYTES, BOX_PUBLIC, BOX_SECRET, SIGN_PUBLIC, SIGN_SECRET] as const;
export const SECRETS_BYTES = 1 + LAYOUT.reduce((a, b) => a + b, 0);

export function generateSecrets(): AccountSecrets {
  const s = sodium();
  const box = s.crypto_box_keypair();
  const sign = s.crypto_sign_keypair();
  return {
    masterKey: randomKey(),
    boxKeyPair: { publicKey: box.publicKey, privateKey: box.privateKey },
    signKeyPair: { publicKey: sign.publicKey, privateKey: sign.privateKey },
  };
}

function parts(secrets: AccountSecrets): Uint8Array[] {
  return [
    secrets.masterKey,
    secrets.boxKeyPair.publicKey,
    secrets.boxKeyPair.privateKey,
    secrets.signKeyPair.publicKey,
    secrets.signKeyPair.privateKey,
  ];
}

/** A fixed layout: format byte ‖ master ‖ box pk ‖ box sk ‖ sign pk ‖ sign sk. Wipe it after sealing. */
export function serializeSecrets(secrets: AccountSecrets): Uint8Array {
  const out = new Uint8Array(SECRETS_BYTES);
  out[0] = FORMAT;
  let at = 1;
  parts(secrets).forEach((part, i) => {
    if (part.length !== LAYOUT[i]) throw new Error('account secret has the wrong length');
    out.set(part, at);
    at += part.length;
  });
  return out;
}

/** Copies out of `bytes` (the caller wipes it) and checks that the key pairs belong together. */
export function deserializeSecrets(bytes: Uint8Array): AccountSecrets {
  if (bytes.length !== SECRETS_BYTES || bytes[0] !== FORMAT) {
    throw new Error('account secrets have an unknown format');
  }
  const fields: Uint8Array[] = [];
  let at = 1;
  for (const length of LAYOUT) {
    fields.push(bytes.slice(at, at + length));
    at += length;
  }
  const [masterKey, boxPk, boxSk, signPk, signSk] = fields as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const secrets = {
    masterKey,
    boxKeyPair: { publicKey: boxPk, privateKey: boxSk },
    signKeyPair: { publicKey: signPk, privateKey: signSk },
  };
  const s = sodium();
  const derivedBoxPk = s.crypto_scalarmult_base(boxSk);
  const derivedSignPk = s.crypto_sign_ed25519_sk_to_pk(signSk);
  const consistent = s.memcmp(derivedBoxPk, boxPk) && s.memcmp(derivedSignPk, signPk);
  s.memzero(derivedBoxPk);
  if (!consistent) {
    wipeSecrets(secrets);
    throw new Error('account key pairs do not match their public keys');
  }
  return secrets;
}

export function publicKeysOf(secrets: AccountSecrets): PublicKeys {
  return {
    box: secrets.boxKeyPair.publicKey.slice(),
    sign: secrets.signKeyPair.publicKey.slice(),
  };
}

/** Overwrites every array in place, so copies the caller still holds read as zeros. */
export function wipeSecrets(secrets: AccountSecrets): void {
  const s = sodium();
  for (const part of parts(secrets)) s.memzero(part);
}

/**
 * A 32-byte subkey of the master key (libsodium crypto_kdf, BLAKE2b): other layers get keys for
 * their own purpose and never the master key. `context` is exactly 8 ASCII characters naming the
 * purpose (e.g. 'storedb1'); `id` numbers keys within it.
 */
export function deriveSubkey(masterKey: Uint8Array, context: string, id: number): Uint8Array {
  const s = sodium();
  if (!/^[\x20-\x7e]*$/.test(context) || context.length !== s.crypto_kdf_CONTEXTBYTES) {
    throw new Error(`key context must be ${s.crypto_kdf_CONTEXTBYTES} ASCII characters`);
  }
  if (!Number.isSafeInteger(id) || id < 0) throw new Error('key id must be a non-negative integer');
  return s.crypto_kdf_derive_from_key(s.crypto_kdf_KEYBYTES, id, context, masterKey);
}
