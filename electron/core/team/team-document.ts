import type * as Y from 'yjs';
import { z } from 'zod';
import { TeamRole } from '../../../shared/api/sync';

/**
 * This device's membership of a team, kept in a personal document (encrypted with the personal
 * key and never synced): the relay's address, the team, our member number and role, whether
 * our existing cases have been uploaded, which case keys went to which member, and the data
 * saver choice.
 */
export const Enrollment = z.object({
  serverUrl: z.string(),
  teamId: z.string(),
  memberNo: z.number().int(),
  role: TeamRole,
  /**
   * Whose signature anchors our trust in the roster (hex Ed25519): the inviter's key from the
   * invite code, or our own for the founder (electron/core/team/roster-keeper.ts).
   */
  anchor: z.string().optional(),
});
export type Enrollment = z.infer<typeof Enrollment>;

export const TEAM_DOCUMENT = 'team';

export const PendingInvite = z.object({
  secret: z.string(),
  role: TeamRole,
  /** Unix seconds. */
  expiresAt: z.number(),
  /** Set when the relay showed a joiner whose keys the secret does not vouch for. */
  tampered: z.boolean().optional(),
});
export type PendingInvite = z.infer<typeof PendingInvite>;

export class TeamDocument {
  constructor(private readonly doc: Y.Doc) {}

  enrollment(): Enrollment | undefined {
    const parsed = Enrollment.safeParse(this.doc.getMap('enrollment').toJSON());
    return parsed.success ? parsed.data : undefined;
  }

  setEnrollment(value: Enrollment): void {
    const map = this.doc.getMap<unknown>('enrollment');
    for (const [k, v] of Object.entries(value)) map.set(k, v);
  }

  uploadedAll(): boolean {
    return this.doc.getMap<unknown>('flags').get('uploadedAll') === true;
  }

  markUploadedAll(): void {
    this.doc.getMap<unknown>('flags').set('uploadedAll', true);
  }

  /** Whether `keyId` of `scopeId` was already sealed to `memberNo`. */
  keyShared(scopeId: string, keyId: string, memberNo: number): boolean {
    return this.doc.getMap<unknown>('shared').get(`${scopeId}/${keyId}/${memberNo}`) === true;
  }

  markKeyShared(scopeId: string, keyId: string, memberNo: number): void {
    this.doc.getMap<unknown>('shared').set(`${scopeId}/${keyId}/${memberNo}`, true);
  }

  /** The verified roster events, in order (they are public to the relay; kept here encrypted). */
  rosterEvents(): Uint8Array[] {
    return this.doc.getArray<Uint8Array>('roster').toArray();
  }

  appendRosterEvents(events: Uint8Array[]): void {
    // Yjs stores only plain Uint8Arrays (frames arrive as Node Buffers).
    this.doc.getArray<Uint8Array>('roster').push(events.map((e) => Uint8Array.from(e)));
  }

  /** Forgets the kept roster and any fork seen: the device verifies the relay's log anew. */
  resetRoster(): void {
    const events = this.doc.getArray<Uint8Array>('roster');
    events.delete(0, events.length);
    this.doc.getMap<unknown>('flags').delete('rosterForkAt');
  }

  rosterForkAt(): number | undefined {
    const at = this.doc.getMap<unknown>('flags').get('rosterForkAt');
    return typeof at === 'number' ? at : undefined;
  }

  markRosterFork(index: number): void {
    this.doc.getMap<unknown>('flags').set('rosterForkAt', index);
  }

  /**
   * The secret of an invite this device issued, kept (encrypted, here only) for one purpose: to
   * check the joiner's keys (verifyJoin) before adding them to the signed roster.
   */
  invite(inviteIdHex: string): PendingInvite | undefined {
    const parsed = PendingInvite.safeParse(this.doc.getMap<unknown>('invites').get(inviteIdHex));
    return parsed.success ? parsed.data : undefined;
  }

  invites(): Array<PendingInvite & { inviteId: string }> {
    const out: Array<PendingInvite & { inviteId: string }> = [];
    for (const [inviteId, value] of this.doc.getMap<unknown>('invites').entries()) {
      const parsed = PendingInvite.safeParse(value);
      if (parsed.success) out.push({ ...parsed.data, inviteId });
    }
    return out;
  }

  keepInvite(inviteIdHex: string, invite: PendingInvite): void {
    this.doc.getMap<unknown>('invites').set(inviteIdHex, invite);
  }

  /** The keys this device saw when it marked `memberNo` verified (hex), or undefined. */
  verifiedKeys(memberNo: number): string | undefined {
    const value = this.doc.getMap<unknown>('verified').get(String(memberNo));
    return typeof value === 'string' ? value : undefined;
  }

  setVerified(memberNo: number, keys: string | undefined): void {
    const map = this.doc.getMap<unknown>('verified');
    if (keys === undefined) map.delete(String(memberNo));
    else map.set(String(memberNo), keys);
  }

  /** Used or withdrawn: the secret is forgotten. */
  forgetInvite(inviteIdHex: string): void {
    this.doc.getMap<unknown>('invites').delete(inviteIdHex);
  }

  dataSaver(): { enabled: boolean; unmetered: boolean } {
    const map = this.doc.getMap<unknown>('dataSaver');
    return { enabled: map.get('enabled') === true, unmetered: map.get('unmetered') === true };
  }

  setDataSaver(value: { enabled?: boolean; unmetered?: boolean }): void {
    const map = this.doc.getMap<unknown>('dataSaver');
    if (value.enabled !== undefined) map.set('enabled', value.enabled);
    if (value.unmetered !== undefined) map.set('unmetered', value.unmetered);
  }
}
