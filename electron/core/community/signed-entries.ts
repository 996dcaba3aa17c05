import type * as Y from 'yjs';
import { z } from 'zod';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';
import type { Signer } from '../review/review-crypto';

/**
 * Community work (issue #13, item 5) is the team's: every member writes the same Y.Doc, in the
 * team-wide scope whose key a supervisor seals to the members of the verified roster. Being able
 * to write the document is not being able to speak for someone, so each entry is signed by its
 * writer's Ed25519 key under its own domain tag (as display names and wellbeing summaries are,
 * electron/core/team/member-profiles.ts), and read only when the signer is a member of the
 * roster this device verified. The map key names the signer: a member can write only their own
 * versions, so at worst they delete another's (as with names), never forge one.
 */
const DOMAIN = new TextEncoder().encode('pendamping/community/v1\0');

export const EntryType = z.enum(['area', 'activity']);
export type EntryType = z.infer<typeof EntryType>;

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const SignedEntry = z.object({
  signPk: Hex(32),
  type: EntryType,
  id: z.string().min(1).max(200),
  /** Milliseconds; the newest version of a record wins. */
  updatedAt: z.number().int().nonnegative(),
  /** The record as JSON (the signed bytes); null: removed. */
  body: z.string().nullable(),
  sig: Hex(64),
});
export type SignedEntry = z.infer<typeof SignedEntry>;

export const entriesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('entries');

const keyOf = (e: Pick<SignedEntry, 'signPk' | 'type' | 'id'>): string =>
  `${e.signPk}/${e.type}/${e.id}`;

function message(
  signPk: Uint8Array,
  type: EntryType,
  id: string,
  updatedAt: number,
  body: string | null,
): Uint8Array {
  const idBytes = new TextEncoder().encode(id);
  const bodyBytes = new TextEncoder().encode(body ?? '');
  const out = new Uint8Array(
    DOMAIN.length + 32 + 1 + 2 + idBytes.length + 8 + 1 + bodyBytes.length,
  );
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(DOMAIN, at);
  at += DOMAIN.length;
  out.set(signPk, at);
  at += 32;
  out[at++] = type === 'area' ? 1 : 2;
  view.setUint16(at, idBytes.length);
  at += 2;
  out.set(idBytes, at);
  at += idBytes.length;
  view.setBigUint64(at, BigInt(updatedAt));
  at += 8;
  out[at++] = body === null ? 0 : 1;
  out.set(bodyBytes, at);
  return out;
}

export function signEntry(
  signer: Signer,
  type: EntryType,
  id: string,
  updatedAt: number,
  body: string | null,
): SignedEntry {
  return {
    signPk: toHex(signer.publicKey),
    type,
    id,
    updatedAt,
    body,
    sig: toHex(
      sodium().crypto_sign_detached(
        message(signer.publicKey, type, id, updatedAt, body),
        signer.privateKey,
      ),
    ),
  };
}

function verified(entry: SignedEntry): boolean {
  try {
    const signPk = fromHex(entry.signPk);
    return sodium().crypto_sign_verify_detached(
      fromHex(entry.sig),
      message(signPk, entry.type, entry.id, entry.updatedAt, entry.body),
      signPk,
    );
  } catch {
    return false;
  }
}

/** Writes a version, unless the document holds a newer one of the same signer and record. */
export function writeEntry(doc: Y.Doc, entry: SignedEntry): boolean {
  const key = keyOf(entry);
  const current = SignedEntry.safeParse(entriesOf(doc).get(key));
  if (current.success && current.data.updatedAt >= entry.updatedAt) return false;
  entriesOf(doc).set(key, entry);
  return true;
}

/** The latest time any version of this record was written (0: never), so the next is later. */
export function lastWrite(doc: Y.Doc, type: EntryType, id: string): number {
  let latest = 0;
  for (const value of entriesOf(doc).values()) {
    const parsed = SignedEntry.safeParse(value);
    if (parsed.success && parsed.data.type === type && parsed.data.id === id) {
      latest = Math.max(latest, parsed.data.updatedAt);
    }
  }
  return latest;
}

/**
 * Every version that verifies, under its own key, and whose signer is one of `signers` (hex keys
 * of the verified roster; the device's own key when working alone). What fails is counted, for
 * the log: a forged or foreign entry is dropped, never shown.
 */
export function trustedEntries(
  doc: Y.Doc,
  signers: ReadonlySet<string>,
): { entries: SignedEntry[]; refused: number } {
  const entries: SignedEntry[] = [];
  let refused = 0;
  for (const [key, value] of entriesOf(doc).entries()) {
    const parsed = SignedEntry.safeParse(value);
    if (!parsed.success || key !== keyOf(parsed.data)) {
      refused++;
      continue;
    }
    if (!signers.has(parsed.data.signPk) || !verified(parsed.data)) {
      refused++;
      continue;
    }
    entries.push(parsed.data);
  }
  return { entries, refused };
}

/** Copies versions into another document (this device's own work into the team's); idempotent. */
export function copyEntries(from: Y.Doc, into: Y.Doc, signPk: string): number {
  let copied = 0;
  for (const value of entriesOf(from).values()) {
    const parsed = SignedEntry.safeParse(value);
    if (parsed.success && parsed.data.signPk === signPk && writeEntry(into, parsed.data)) copied++;
  }
  return copied;
}
