import {
  EntryKind,
  ROSTER_PAGE,
  type MemberInfo,
  type ScopeInfo,
  type StoredEntry,
} from '../shared/sync';
import { Roster } from '../shared/sync/roster';
import { pageOf } from './storage/read-page';
import type { ReadQuery, ReadResult, SyncStorage } from './storage/types';

/** How many recent entries a team keeps in memory for fan-out (and at most how many bytes). */
const RING_ENTRIES = 8192;
const RING_BYTES = 16 * 1024 * 1024;

/**
 * The members and scopes of one team, cached in memory and reloaded when the storage reports a
 * change (from this process, or from another one through LISTEN/NOTIFY).
 */
export class TeamState {
  private membersP: Promise<Map<number, MemberInfo>> | undefined;
  private rosterP: Promise<Roster> | undefined;
  private scopesP: Promise<Map<string, ScopeInfo>> | undefined;
  /*
   * The most recent entries of the team, with contiguous sequence numbers, so waking 50 readers
   * after one push costs 50 filters in memory instead of 50 queries. Only entries this process
   * committed enter the ring; when another process (PostgreSQL) commits, `head` moves past the
   * ring and reads fall back to the database until the ring is contiguous again.
   */
  private ring: StoredEntry[] = [];
  private ringBytes = 0;
  private head = 0;

  constructor(
    readonly teamId: Uint8Array,
    private readonly storage: SyncStorage,
  ) {}

  invalidateMembers(): void {
    this.membersP = undefined;
  }

  invalidateRoster(): void {
    this.rosterP = undefined;
  }

  /**
   * The stored roster, verified as devices verify it, so the relay appends only events that
   * follow it (devices check again; this keeps an honest relay's log clean). A stored event that
   * does not verify ends the verified prefix there.
   */
  roster(): Promise<Roster> {
    this.rosterP ??= (async () => {
      const roster = new Roster(this.teamId);
      for (let from = 0; ; from += ROSTER_PAGE) {
        const page = await this.storage.roster(this.teamId, from, ROSTER_PAGE);
        for (const bytes of page) {
          try {
            roster.apply(bytes);
          } catch {
            return roster;
          }
        }
        if (page.length < ROSTER_PAGE) return roster;
      }
    })();
    return this.rosterP;
  }

  invalidateScopes(): void {
    this.scopesP = undefined;
  }

  members(): Promise<Map<number, MemberInfo>> {
    this.membersP ??= this.storage
      .members(this.teamId)
      .then((list) => new Map(list.map((m) => [m.memberNo, m])));
    return this.membersP;
  }

  scopes(): Promise<Map<string, ScopeInfo>> {
    this.scopesP ??= this.storage
      .scopes(this.teamId)
      .then((list) => new Map(list.map((s) => [s.scopeId, s])));
    return this.scopesP;
  }

  /** Entries this process just committed (in order); `seq` is the team's new head. */
  recordStored(stored: StoredEntry[] | undefined, seq: number): void {
    this.head = Math.max(this.head, seq);
    if (!stored || stored.length === 0) return;
    const last = this.ring[this.ring.length - 1];
    const first = stored[0] as StoredEntry;
    if (!last || first.seq !== last.seq + 1) {
      this.ring = [];
      this.ringBytes = 0;
    }
    for (const e of stored) {
      this.ring.push(e);
      this.ringBytes += e.body.length + 200;
    }
    let drop = 0;
    while (
      this.ring.length - drop > RING_ENTRIES ||
      (this.ringBytes > RING_BYTES && this.ring.length - drop > 1)
    ) {
      this.ringBytes -= (this.ring[drop] as StoredEntry).body.length + 200;
      drop++;
    }
    if (drop > 0) this.ring = this.ring.slice(drop);
  }

  /** Reads from memory when the ring covers (after, head]; otherwise from storage. */
  async read(q: ReadQuery): Promise<ReadResult> {
    const first = this.ring[0];
    const last = this.ring[this.ring.length - 1];
    if (first && last && q.after >= first.seq - 1 && last.seq >= this.head) {
      const scopes = new Set(q.scopes);
      const rows: StoredEntry[] = [];
      for (let i = Math.max(0, q.after - first.seq + 1); i < this.ring.length; i++) {
        const e = this.ring[i] as StoredEntry;
        if (!scopes.has(e.scopeId)) continue;
        if (q.scopeId && e.scopeId !== q.scopeId) continue;
        if (e.kind === EntryKind.Key && e.aux !== q.member && e.author !== q.member) continue;
        if (!q.includeOwn && e.author === q.member) continue;
        rows.push(e);
        if (rows.length > q.maxCount) break;
      }
      return pageOf(rows, q, last.seq);
    }
    return this.storage.read(this.teamId, q);
  }

  async memberBySignPk(signPk: Uint8Array): Promise<MemberInfo | undefined> {
    for (const m of (await this.members()).values()) {
      if (Buffer.from(m.signPk).equals(signPk)) return m;
    }
    return undefined;
  }
}

/**
 * Who may read and write a scope: its owner, the members on its list, and (unless the owner turned
 * it off) every supervisor of the team. A removed member may do nothing.
 */
export function canAccess(scope: ScopeInfo, member: MemberInfo): boolean {
  if (member.removed) return false;
  return (
    scope.owner === member.memberNo ||
    scope.members.includes(member.memberNo) ||
    (scope.includeSupervisors && member.role === 'supervisor')
  );
}

export async function accessibleScopes(team: TeamState, member: MemberInfo): Promise<ScopeInfo[]> {
  return [...(await team.scopes()).values()].filter((s) => canAccess(s, member));
}
