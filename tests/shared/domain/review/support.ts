import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { ReviewCrypto } from '../../../../shared/domain';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * A ReviewCrypto from Node's own crypto, so the domain is tested without libsodium (sha256
 * stands in for BLAKE2b-256: the domain only needs a hash). The core tests use libsodium.
 */
export function testCrypto(): ReviewCrypto & { keyHex: string; signHex(m: Uint8Array): string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const keyHex = Buffer.from(publicKey.export({ format: 'der', type: 'spki' }))
    .subarray(-32)
    .toString('hex');
  return {
    keyHex,
    hash: (bytes) => createHash('sha256').update(bytes).digest('hex'),
    verify(signatureHex, message, publicKeyHex) {
      try {
        const key = createPublicKey({
          key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
          format: 'der',
          type: 'spki',
        });
        return verify(null, message, key, Buffer.from(signatureHex, 'hex'));
      } catch {
        return false;
      }
    },
    actorIdOf: (hex) => `u-${hex.slice(0, 16)}`,
    signHex: (message) => sign(null, message, privateKey).toString('hex'),
  };
}
