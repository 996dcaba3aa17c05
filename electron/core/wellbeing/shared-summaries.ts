import type * as Y from 'yjs';
import { z } from 'zod';
import { WellbeingSummary } from '../../../shared/domain';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';
import type { Signer } from '../review/review-crypto';

/**
 * Wellbeing summaries a member chose to share (issue #13, item 7), in the team's profiles
 * document (electron/core/team/member-profiles.ts): the team-wide scope, so the relay sees
 * ciphertext only. As with display names, every member can write that Y.Doc, so an entry is bound
 * to its author by an Ed25519 signature over (key, time, summary) under its own domain tag, and is
 * read only when it verifies against a key of the verified roster. One entry per member, under
 * the member's key: sharing again replaces it; stopping writes an entry with no summary, so a
 * device that still holds the old entry cannot bring it back (the newer one wins).
 */
const DOMAIN = new TextEncoder().encode('pendamping/wellbeing-summary/v1\0');

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const SummaryEntry = z.object({
  signPk: Hex(32),
  updatedAt: z.number().int().nonnegative(),
  /** The summary as JSON (the signed bytes); null: sharing stopped. */
  summary: z.string().nullable(),
  sig: Hex(64),
});
export type SummaryEntry = z.infer<typeof SummaryEntry>;

const summariesMap = (doc: Y.Doc) => doc.getMap<unknown>('wellbeing');

function message(signPk: Uint8Array, updatedAt: number, summary: string | null): Uint8Array {
  const body = new TextEncoder().encode(summary ?? '');
  const out = new Uint8Array(DOMAIN.length + 32 + 8 + 1 + body.length);
  const view = new DataView(out.buffer);
  out.set(DOMAIN, 0);
  out.set(signPk, DOMAIN.length);
  view.setBigUint64(DOMAIN.length + 32, BigInt(updatedAt));
  out[DOMAIN.length + 40] = summary === null ? 0 : 1;
  out.set(body, DOMAIN.length + 41);
  return out;
}

/** Only a summary the schema accepts is signed: nothing else can be made to travel. */
export function signSummary(
  signer: Signer,
  summary: WellbeingSummary | null,
  updatedAt: number,
): SummaryEntry {
  const text = summary === null ? null : JSON.stringify(WellbeingSummary.parse(summary));
  return {
    signPk: toHex(signer.publicKey),
    updatedAt,
    summary: text,
    sig: toHex(
      sodium().crypto_sign_detached(message(signer.publicKey, updatedAt, text), signer.privateKey),
    ),
  };
}

function verified(entry: SummaryEntry): boolean {
  try {
    const signPk = fromHex(entry.signPk);
    return sodium().crypto_sign_verify_detached(
      fromHex(entry.sig),
      message(signPk, entry.updatedAt, entry.summary),
      signPk,
    );
  } catch {
    return false;
  }
}

/** Replaces this member's entry, unless the document already holds a newer one. */
export function writeSummary(doc: Y.Doc, entry: SummaryEntry): void {
  const current = SummaryEntry.safeParse(summariesMap(doc).get(entry.signPk));
  if (current.success && current.data.updatedAt > entry.updatedAt) return;
  summariesMap(doc).set(entry.signPk, entry);
}

/** The latest update time of this member's entry (0: none), so the next one is later. */
export function lastUpdate(doc: Y.Doc, signPk: string): number {
  const current = SummaryEntry.safeParse(summariesMap(doc).get(signPk));
  return current.success ? current.data.updatedAt : 0;
}

/** The shared summaries of the given members (hex keys), verified; stopped ones left out. */
export function readSummaries(
  doc: Y.Doc,
  members: ReadonlySet<string>,
): Map<string, WellbeingSummary> {
  const out = new Map<string, WellbeingSummary>();
  for (const [key, value] of summariesMap(doc).entries()) {
    const parsed = SummaryEntry.safeParse(value);
    if (!parsed.success || parsed.data.signPk !== key || !members.has(key)) continue;
    if (parsed.data.summary === null || !verified(parsed.data)) continue;
    try {
      const summary = WellbeingSummary.safeParse(JSON.parse(parsed.data.summary));
      if (summary.success) out.set(key, summary.data);
    } catch {
      // Not JSON: signed by a member, but not something this version can read.
    }
  }
  return out;
}
