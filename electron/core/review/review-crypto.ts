import type { ReviewCrypto } from '../../../shared/domain';
import { sodium } from '../crypto';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { actorIdOf } from '../keys/actor-id';

/** libsodium behind the domain's ReviewCrypto: BLAKE2b-256 and Ed25519. */
export const reviewCrypto: ReviewCrypto = {
  hash: (bytes) => toHex(sodium().crypto_generichash(32, bytes, null)),
  verify(signatureHex, message, publicKeyHex) {
    try {
      const signature = fromHex(signatureHex);
      const publicKey = fromHex(publicKeyHex);
      if (signature.length !== 64 || publicKey.length !== 32) return false;
      return sodium().crypto_sign_verify_detached(signature, message, publicKey);
    } catch {
      return false;
    }
  },
  actorIdOf(publicKeyHex) {
    try {
      return actorIdOf(fromHex(publicKeyHex));
    } catch {
      return '(not a key)'; // no actor's id: a malformed key matches nobody
    }
  },
};

/**
 * The account's Ed25519 pair, lent by the vault for one operation. The renderer never sees it;
 * the review code never keeps it.
 */
export interface Signer {
  publicKey: Uint8Array;
  privateKey: Uint8Array;
}

export function signHex(message: Uint8Array, signer: Signer): string {
  return toHex(sodium().crypto_sign_detached(message, signer.privateKey));
}
