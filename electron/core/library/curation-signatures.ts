import { z } from 'zod';
import {
  CurationDecisionKind,
  type LibraryItem,
  type VerifiedDecision,
} from '../../../shared/domain/library';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';
import type { Signer } from '../review/review-crypto';

/**
 * A supervisor's decision about a library item, signed with their Ed25519 key over its own domain
 * tag, like display names and wellbeing summaries (member-profiles.ts, shared-summaries.ts). Every
 * member can write the library document, and the relay could try too (it cannot: it has no key),
 * so a device counts a decision only when its signature verifies against a key that its own
 * verified roster lists as a current supervisor. An approval names the version and the hash of
 * the content it covers: changing an approved item makes a version nobody approved.
 */
const DOMAIN = 'pendamping/library-curation/v1';

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const CurationEntry = z.object({
  itemId: z.string().min(1).max(200),
  version: z.number().int().positive(),
  contentHash: Hex(32),
  decision: CurationDecisionKind,
  at: z.number().int().nonnegative(),
  signPk: Hex(32),
  sig: Hex(64),
});
export type CurationEntry = z.infer<typeof CurationEntry>;

const encoder = new TextEncoder();

/**
 * The hash of everything an approval vouches for: the words, the language, the tags and the
 * file's own hash, with the item's id and version. Fields in a fixed order, as one JSON array.
 */
export function contentHash(item: LibraryItem): string {
  const fields = [
    item.id,
    item.version,
    item.kind,
    item.title,
    item.language,
    item.tags,
    item.text,
    item.textFormat,
    item.file ? [item.file.sha256, item.file.mediaType, item.file.size, item.file.name] : null,
  ];
  return toHex(sodium().crypto_generichash(32, encoder.encode(JSON.stringify(fields)), null));
}

function message(e: Omit<CurationEntry, 'sig'>): Uint8Array {
  return encoder.encode(
    `${DOMAIN}\0${JSON.stringify([e.itemId, e.version, e.contentHash, e.decision, e.at, e.signPk])}`,
  );
}

export function signDecision(
  signer: Signer,
  item: LibraryItem,
  decision: CurationEntry['decision'],
  at: number,
): CurationEntry {
  const unsigned = {
    itemId: item.id,
    version: item.version,
    contentHash: contentHash(item),
    decision,
    at,
    signPk: toHex(signer.publicKey),
  };
  const sig = sodium().crypto_sign_detached(message(unsigned), signer.privateKey);
  return { ...unsigned, sig: toHex(sig) };
}

/**
 * The entries whose signature verifies and whose signer `mayCurate` accepts (for a team: a
 * current supervisor of the verified roster; alone: this account).
 */
export function verifiedDecisions(
  entries: readonly CurationEntry[],
  mayCurate: (signPkHex: string) => boolean,
  /**
   * Signatures already checked, by the entry's whole JSON (what is signed and the signature):
   * a library of 500 decided items costs 500 Ed25519 checks once, not on every list.
   */
  checked: Map<string, boolean> = new Map(),
): VerifiedDecision[] {
  const out: VerifiedDecision[] = [];
  for (const entry of entries) {
    if (!mayCurate(entry.signPk)) continue;
    const key = JSON.stringify(entry);
    const known = checked.get(key);
    if (known !== undefined) {
      if (known) out.push(decisionOf(entry));
      continue;
    }
    let valid = false;
    try {
      const { sig, ...unsigned } = entry;
      valid = sodium().crypto_sign_verify_detached(
        fromHex(sig),
        message(unsigned),
        fromHex(entry.signPk),
      );
    } catch {
      valid = false;
    }
    checked.set(key, valid);
    if (valid) out.push(decisionOf(entry));
  }
  return out;
}

function decisionOf(entry: CurationEntry): VerifiedDecision {
  const { itemId, version, contentHash: hash, decision, at, signPk } = entry;
  return { itemId, version, contentHash: hash, decision, at, signPk };
}
