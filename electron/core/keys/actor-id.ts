import { toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';

/** A short, stable id for an account: who ticked, wrote or signed, without naming anyone. */
export function actorIdOf(signPublicKey: Uint8Array): string {
  return `u-${toHex(sodium().crypto_generichash(8, signPublicKey, null))}`;
}
