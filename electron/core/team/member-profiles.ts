import * as Y from 'yjs';
import { z } from 'zod';
import { DisplayNameText } from '../../../shared/api/sync';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { sodium } from '../crypto';
import type { RecordsContext } from '../records/records-context';
import type { Signer } from '../review/review-crypto';
import type { MemberInfo, SyncClient } from '../sync';
import { TEAM_DOCUMENT, type Enrollment } from './team-document';

/**
 * Members' display names (issue #6, Supervision). Each member names themselves; the name is kept
 * in this device's personal team document and published in the team's profiles document, which
 * lives in the team-wide scope next to the checklist templates, so the relay sees ciphertext only.
 *
 * Every member can write to that shared Y.Doc, so a name is bound to its owner by an Ed25519
 * signature over (public key, name, updatedAt) under a domain tag, and is shown only when it
 * verifies against a key on the relay's member list. Per member, the newest valid entry wins.
 * A member can still delete someone else's entry (a Y.Map allows it); they cannot forge one.
 */
export const PROFILES_KIND = 'profiles';
export const profilesDocumentId = (teamIdHex: string): string => `profiles-${teamIdHex}`;

const DOMAIN = new TextEncoder().encode('pendamping/member-profile/v1\0');

const Hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const ProfileEntry = z.object({
  signPk: Hex(32),
  name: DisplayNameText,
  updatedAt: z.number().int().nonnegative(),
  sig: Hex(64),
});
export type ProfileEntry = z.infer<typeof ProfileEntry>;

/** A name with when it was set; an empty name is a name cleared. */
export interface Profile {
  name: string;
  updatedAt: number;
}

/** The bytes signed: length-prefixed, so no two (key, name, time) triples share an encoding. */
function profileMessage(signPk: Uint8Array, name: string, updatedAt: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const out = new Uint8Array(DOMAIN.length + 32 + 8 + 4 + nameBytes.length);
  const view = new DataView(out.buffer);
  out.set(DOMAIN, 0);
  out.set(signPk, DOMAIN.length);
  view.setBigUint64(DOMAIN.length + 32, BigInt(updatedAt));
  view.setUint32(DOMAIN.length + 40, nameBytes.length);
  out.set(nameBytes, DOMAIN.length + 44);
  return out;
}

export function signProfile(signer: Signer, profile: Profile): ProfileEntry {
  const message = profileMessage(signer.publicKey, profile.name, profile.updatedAt);
  return {
    signPk: toHex(signer.publicKey),
    name: profile.name,
    updatedAt: profile.updatedAt,
    sig: toHex(sodium().crypto_sign_detached(message, signer.privateKey)),
  };
}

export function verifyProfile(entry: ProfileEntry): boolean {
  try {
    const signPk = fromHex(entry.signPk);
    const message = profileMessage(signPk, entry.name, entry.updatedAt);
    return sodium().crypto_sign_verify_detached(fromHex(entry.sig), message, signPk);
  } catch {
    return false;
  }
}

/** Newer first; equal times are ordered by signature so every device picks the same entry. */
function newer(a: ProfileEntry, b: ProfileEntry | undefined): boolean {
  if (!b) return true;
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : a.sig > b.sig;
}

const profilesMap = (doc: Y.Doc) => doc.getMap<unknown>('profiles');

/**
 * Adds a signed entry under its own key (so two devices of one account writing apart both keep
 * theirs, and the newer wins when read) and drops this member's older entries.
 */
export function writeProfile(doc: Y.Doc, entry: ProfileEntry): void {
  const map = profilesMap(doc);
  doc.transact(() => {
    for (const [key, value] of map.entries()) {
      if (!key.startsWith(`${entry.signPk}/`)) continue;
      const parsed = ProfileEntry.safeParse(value);
      if (!parsed.success || parsed.data.updatedAt < entry.updatedAt) map.delete(key);
    }
    map.set(`${entry.signPk}/${entry.updatedAt}`, entry);
  });
}

/**
 * The newest entry per signing key that verifies (and, given `signPks` in hex, belongs to one of
 * them: the team's members): names signed by anyone else, or not signed at all, are ignored.
 */
export function readProfiles(doc: Y.Doc, signPks?: ReadonlySet<string>): Map<string, Profile> {
  const best = new Map<string, ProfileEntry>();
  for (const value of profilesMap(doc).values()) {
    const parsed = ProfileEntry.safeParse(value);
    if (!parsed.success || (signPks && !signPks.has(parsed.data.signPk))) continue;
    const entry = parsed.data;
    if (!newer(entry, best.get(entry.signPk)) || !verifyProfile(entry)) continue;
    best.set(entry.signPk, entry);
  }
  return new Map([...best].map(([pk, e]) => [pk, { name: e.name, updatedAt: e.updatedAt }]));
}

const OwnProfile = z.object({ name: DisplayNameText, updatedAt: z.number().int().nonnegative() });

/** The TeamSync's helper for names: this account's own, and the verified ones of the team. */
export class MemberProfiles {
  private readonly me: string;
  /** Verified entries of the profiles document as of its last change: status events are many. */
  private verified: { doc: Y.Doc; version: string; profiles: Map<string, Profile> } | undefined;
  /** Writing the name enqueues it, which fires the status listener that called us. */
  private publishing = false;

  constructor(
    private readonly records: RecordsContext,
    private readonly signer: Signer,
  ) {
    this.me = toHex(signer.publicKey);
  }

  /** Sets this account's name on this device; it travels the next time `publish` can. */
  setOwn(name: string): void {
    const previous = this.personal()?.updatedAt ?? 0;
    // Strictly later than what we set before, even if the clock stepped back.
    const updatedAt = Math.max(this.records.now().getTime(), previous + 1);
    const { store, docs } = this.records;
    if (!store.documentKind(TEAM_DOCUMENT)) store.setDocumentKind(TEAM_DOCUMENT, 'team');
    docs.transact(TEAM_DOCUMENT, (doc) => {
      const map = doc.getMap<unknown>('profile');
      map.set('name', name);
      map.set('updatedAt', updatedAt);
    });
  }

  /**
   * Names by signing key (hex), for the given members and this account; empty names (cleared)
   * are left out.
   */
  names(
    enrollment: Enrollment | undefined,
    members: ReadonlyArray<Pick<MemberInfo, 'signPk'>>,
  ): Map<string, string> {
    const keys = new Set([this.me, ...members.map((m) => toHex(m.signPk))]);
    const doc = enrollment && this.profilesDoc(enrollment);
    const all = doc ? this.verifiedProfiles(doc) : new Map<string, Profile>();
    const found = new Map([...all].filter(([pk]) => keys.has(pk)));
    const own = this.personal();
    if (own && own.updatedAt >= (found.get(this.me)?.updatedAt ?? 0)) found.set(this.me, own);
    const out = new Map<string, string>();
    for (const [pk, profile] of found) if (profile.name) out.set(pk, profile.name);
    return out;
  }

  /**
   * On each change of the sync status: a supervisor makes sure the team-wide scope exists (the
   * TeamSync then opens it to every member and seals its key to them), and this account's name,
   * once this device holds the scope's key, is written to the profiles document if the team does
   * not already hold it or a newer one.
   */
  publish(client: SyncClient, enrollment: Enrollment, scopeId: string): void {
    const { keyring, store, docs } = this.records;
    if (keyring.keyIdsOf(scopeId).length === 0) {
      // Only a supervisor mints the scope, and only when the relay has none: otherwise another
      // supervisor's key for it is on its way.
      if (enrollment.role !== 'supervisor') return;
      if (client.status().state.kind !== 'up-to-date') return;
      if (client.scopes().some((s) => s.scopeId === scopeId)) return;
      keyring.createScope(scopeId);
    }
    const own = this.personal();
    if (!own) return;
    const docId = profilesDocumentId(enrollment.teamId);
    if (!keyring.scopeOf(docId)) keyring.assignDocument(docId, scopeId);
    if (!store.documentKind(docId)) store.setDocumentKind(docId, PROFILES_KIND);
    const published = this.verifiedProfiles(docs.open(docId)).get(this.me);
    if ((published && published.updatedAt >= own.updatedAt) || this.publishing) return;
    this.publishing = true;
    try {
      docs.transact(docId, (doc) => writeProfile(doc, signProfile(this.signer, own)));
    } finally {
      this.publishing = false;
    }
    client.flush();
  }

  private verifiedProfiles(doc: Y.Doc): Map<string, Profile> {
    // New entries move the state vector; a deletion alone does not, but shrinks the map.
    const sv = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
    const version = `${sv}/${profilesMap(doc).size}`;
    const cached = this.verified;
    if (cached && cached.doc === doc && cached.version === version) return cached.profiles;
    const profiles = readProfiles(doc);
    this.verified = { doc, version, profiles };
    return profiles;
  }

  private personal(): Profile | undefined {
    if (!this.records.store.documentKind(TEAM_DOCUMENT)) return undefined;
    const map = this.records.docs.open(TEAM_DOCUMENT).getMap<unknown>('profile');
    const parsed = OwnProfile.safeParse({ name: map.get('name'), updatedAt: map.get('updatedAt') });
    return parsed.success ? parsed.data : undefined;
  }

  /** The team's profiles document, once this device has written or received it. */
  private profilesDoc(enrollment: Enrollment): Y.Doc | undefined {
    const docId = profilesDocumentId(enrollment.teamId);
    return this.records.store.documentKind(docId) ? this.records.docs.open(docId) : undefined;
  }
}
