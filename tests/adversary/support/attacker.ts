import { readFileSync } from 'node:fs';
import {
  decodeClientFrame,
  decodeServerFrame,
  EntryKind,
  type OutEntry,
} from '../../../shared/sync';
import { sodium } from '../../../shared/crypto/sodium';
import { filesUnder } from '../../core/support/relay-files';

/** The attacker's own key pairs: what it lists as a member's, hoping keys get sealed to them. */
export interface Attacker {
  sign: { publicKey: Uint8Array; privateKey: Uint8Array };
  box: { publicKey: Uint8Array; privateKey: Uint8Array };
}

export function newAttacker(): Attacker {
  return { sign: sodium().crypto_sign_keypair(), box: sodium().crypto_box_keypair() };
}

/** Fresh key pairs in the form joinTeam takes: a member who joins without a core of its own. */
export function memberSecrets(): {
  signKeyPair: { publicKey: Uint8Array; privateKey: Uint8Array; keyType: 'ed25519' };
  boxKeyPair: { publicKey: Uint8Array; privateKey: Uint8Array; keyType: 'x25519' };
} {
  const { sign, box } = newAttacker();
  return {
    signKeyPair: { publicKey: sign.publicKey, privateKey: sign.privateKey, keyType: 'ed25519' },
    boxKeyPair: { publicKey: box.publicKey, privateKey: box.privateKey, keyType: 'x25519' },
  };
}

/** Every entry in frames that passed through the attacker, in either direction. */
export function entriesIn(seen: readonly Uint8Array[]): OutEntry[] {
  const out: OutEntry[] = [];
  for (const bytes of seen) {
    const type = bytes[0] ?? 0;
    try {
      if (type >= 32) {
        const f = decodeClientFrame(bytes);
        if (f.t === 'push') out.push(...f.entries);
      } else {
        const f = decodeServerFrame(bytes);
        if (f.t === 'entries') out.push(...f.entries);
      }
    } catch {
      // not ours to judge: the relay decides what it accepts
    }
  }
  return out;
}

/** The key envelopes the attacker can open with its own box key: must always be none. */
export function envelopesOpenedBy(attacker: Attacker, seen: readonly Uint8Array[]): number {
  let opened = 0;
  for (const e of entriesIn(seen)) {
    if (e.kind !== EntryKind.Key) continue;
    try {
      sodium().crypto_box_seal_open(e.body, attacker.box.publicKey, attacker.box.privateKey);
      opened++;
    } catch {
      // sealed to someone else: as it should be
    }
  }
  return opened;
}

/** Whether `word` appears, in UTF-8 or UTF-16, in what passed through or in the relay's files. */
export function plaintextFound(
  word: string,
  seen: readonly Uint8Array[],
  relayDir: string,
): boolean {
  const needles = [Buffer.from(word, 'utf8'), Buffer.from(word, 'utf16le')];
  const hay = [
    ...seen.map((b) => Buffer.from(b)),
    ...filesUnder(relayDir).map((f) => readFileSync(f)),
  ];
  return hay.some((b) => needles.some((n) => b.includes(n)));
}
