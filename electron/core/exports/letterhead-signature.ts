import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';
import type { Signer } from '../review/review-crypto';

/**
 * The organisation's letterhead heads every letter and report a member prints (issue #14, item
 * 5), so a team counts only one that a current supervisor signed: every member can write the
 * team's document, and a letter under another name or logo is a forgery in the client's hands.
 * Signed with the supervisor's Ed25519 key over its own domain tag, like library decisions
 * (library/curation-signatures.ts); the logo is signed whole (it is at most 200 kB).
 */
const DOMAIN = 'pendamping/letterhead/v1';

export interface UnsignedLetterhead {
  name: string;
  logo?: { type: string; base64: string } | undefined;
  by: string;
  at: string;
}

export interface Signature {
  signPk: string;
  sig: string;
}

const encoder = new TextEncoder();

function message(l: UnsignedLetterhead, signPk: string): Uint8Array {
  const fields = [l.name, l.logo?.type ?? null, l.logo?.base64 ?? null, l.by, l.at, signPk];
  return encoder.encode(`${DOMAIN}\0${JSON.stringify(fields)}`);
}

export function signLetterhead(signer: Signer, letterhead: UnsignedLetterhead): Signature {
  const signPk = toHex(signer.publicKey);
  const sig = sodium().crypto_sign_detached(message(letterhead, signPk), signer.privateKey);
  return { signPk, sig: toHex(sig) };
}

/** Whether the letterhead carries a signature that verifies, by a key `mayDecide` accepts. */
export function letterheadVerifies(
  letterhead: UnsignedLetterhead & Partial<Signature>,
  mayDecide: (signPkHex: string) => boolean,
): boolean {
  const { signPk, sig } = letterhead;
  if (signPk === undefined || sig === undefined || !mayDecide(signPk)) return false;
  try {
    return sodium().crypto_sign_verify_detached(
      fromHex(sig),
      message(letterhead, signPk),
      fromHex(signPk),
    );
  } catch {
    return false;
  }
}
