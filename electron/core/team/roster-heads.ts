import * as Y from 'yjs';
import { z } from 'zod';
import { sodium } from '../crypto';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import type { Signer } from '../review/review-crypto';

/*
 * Roster heads, compared between teammates (issue #10). A relay can show two devices two
 * different, each well-signed histories of the roster (a fork), or keep one device on an older
 * one, and neither device could tell on its own. So each member signs the length and head hash
 * of the roster it verified and writes it into the team's profiles document (team-wide scope,
 * end-to-end encrypted, like the display names); every device compares its teammates' heads with
 * its own. A head it holds with another hash is a fork; a longer one means the relay withholds.
 */
const DOMAIN = new TextEncoder().encode('pendamping/roster-head/v1\0');

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const RosterHeadEntry = z.object({
  signPk: Hex(32),
  length: z.number().int().positive(),
  head: Hex(32),
  sig: Hex(64),
});
export type RosterHeadEntry = z.infer<typeof RosterHeadEntry>;

function headMessage(teamId: Uint8Array, signPk: Uint8Array, length: number, head: Uint8Array) {
  const out = new Uint8Array(DOMAIN.length + 16 + 32 + 8 + 32);
  out.set(DOMAIN, 0);
  out.set(teamId, DOMAIN.length);
  out.set(signPk, DOMAIN.length + 16);
  new DataView(out.buffer).setBigUint64(DOMAIN.length + 48, BigInt(length));
  out.set(head, DOMAIN.length + 56);
  return out;
}

export function signRosterHead(
  signer: Signer,
  teamId: Uint8Array,
  length: number,
  head: Uint8Array,
): RosterHeadEntry {
  const message = headMessage(teamId, signer.publicKey, length, head);
  return {
    signPk: toHex(signer.publicKey),
    length,
    head: toHex(head),
    sig: toHex(sodium().crypto_sign_detached(message, signer.privateKey)),
  };
}

function verifyRosterHead(entry: RosterHeadEntry, teamId: Uint8Array): boolean {
  try {
    const signPk = fromHex(entry.signPk);
    const message = headMessage(teamId, signPk, entry.length, fromHex(entry.head));
    return sodium().crypto_sign_verify_detached(fromHex(entry.sig), message, signPk);
  } catch {
    return false;
  }
}

const headsMap = (doc: Y.Doc) => doc.getMap<unknown>('rosterHeads');

/**
 * Whether the document lacks this head: it holds none of this member's, or another one (a
 * shorter log, or after starting over from a fork, the same length with another hash).
 */
export function headIsNew(doc: Y.Doc, entry: RosterHeadEntry): boolean {
  const current = RosterHeadEntry.safeParse(headsMap(doc).get(entry.signPk));
  if (!current.success) return true;
  return current.data.length !== entry.length || current.data.head !== entry.head;
}

export function writeRosterHead(doc: Y.Doc, entry: RosterHeadEntry): void {
  headsMap(doc).set(entry.signPk, entry);
}

/** Heads verified as of a document's state: status events are many, head changes few. */
const verified = new WeakMap<Y.Doc, { version: string; heads: RosterHeadEntry[] }>();

/** Every head in the document whose signature verifies for this team, by signing key (hex). */
export function readRosterHeads(doc: Y.Doc, teamId: Uint8Array): RosterHeadEntry[] {
  const version = `${toHex(Y.encodeStateVector(doc))}/${headsMap(doc).size}/${toHex(teamId)}`;
  const cached = verified.get(doc);
  if (cached?.version === version) return cached.heads;
  const heads: RosterHeadEntry[] = [];
  for (const value of headsMap(doc).values()) {
    const parsed = RosterHeadEntry.safeParse(value);
    if (parsed.success && verifyRosterHead(parsed.data, teamId)) heads.push(parsed.data);
  }
  verified.set(doc, { version, heads });
  return heads;
}
