import {
  AckStatus,
  EntryKind,
  ErrorCode,
  type AckResult,
  type OutEntry,
  type ScopeInfo,
} from '../../shared/sync';
import type { AppendOutcome, WritePolicy } from './types';

/**
 * The relay's acceptance policy, written once: whether an entry is stored, a scope created or
 * changed, a scope erased, a snapshot confirmed. Pure: each storage back-end (sqlite.ts,
 * postgres.ts) looks up the facts inside its own transaction, asks here, and writes what the
 * verdict says. Before this module each back-end carried its own copy of these rules (issue 10,
 * item 8), and a fix to one could miss the other.
 */

/** What the relay allows a team and its members to hold (docs/sync-protocol.md, "Limits"). */
export interface Quotas {
  /** Scopes one member may own (explicitly with scope-set or by writing first). */
  maxScopesPerMember: number;
  /** Bytes of stored entry bodies per team. */
  teamQuotaBytes: number;
}

const GiB = 1024 * 1024 * 1024;

/**
 * A counselor holds a few hundred cases in a career; 10,000 scopes is far above any honest use
 * and still bounds the rows (and `scopes` pages) one member can make. 2 GiB is years of notes for
 * a team of dozens (a session note is a few KiB after compression) on a small VPS disk.
 */
export const DEFAULT_QUOTAS: Quotas = { maxScopesPerMember: 10_000, teamQuotaBytes: 2 * GiB };

/**
 * Snapshots and key envelopes may use a reserve of 1/16 above the quota: a full team must still
 * be able to compact (an acknowledged snapshot frees the updates it covers) and rotate keys.
 * A junk-snapshot flood can fill the reserve, not more.
 */
export const reserveOf = (quotaBytes: number): number => Math.floor(quotaBytes / 16);

export const FOUNDER = 1;

/**
 * The scopes a team holds from its creation: `team-<teamIdHex>`, the team-wide scope of
 * electron/core/team/team-sync.ts (templates, directory, display names), belongs to the founding
 * supervisor (member 1), so a counselor cannot claim it by writing to it first. The row is made
 * when a supervisor first uses it, not at create-team: devices read the scope's absence from the
 * `scopes` list as "no supervisor has minted its key yet" (electron/core/team/member-profiles.ts).
 */
export function reservation(teamIdHex: string, scopeId: string): ScopeInfo | undefined {
  if (scopeId !== `team-${teamIdHex}`) return undefined;
  return { scopeId, owner: FOUNDER, includeSupervisors: true, members: [] };
}

/** What the storage found about one entry, in the append's transaction. */
export interface EntryFacts {
  /** The sequence number this update id was stored under before (a resend). */
  duplicateSeq: number | undefined;
  /** The entry's scope was erased. */
  erased: boolean;
  /** The scope the entry's document is bound to, if it has entries already. */
  boundScope: string | undefined;
  /** The entry's scope, if it exists. */
  scope: ScopeInfo | undefined;
}

/** How the team stood when the append began (read under the team row's lock). */
export interface TeamCounters {
  /** The team's id in lower-case hex (its reserved scopes are named after it). */
  readonly teamIdHex: string;
  /** The team's head: the last sequence number given out. */
  head: number;
  /** Bytes of entry bodies stored for the team. */
  usedBytes: number;
  /** Scopes the author owns. */
  ownedScopes: number;
}

export type Verdict =
  | { status: 'duplicate'; seq: number }
  | { status: 'refused'; code: ErrorCode }
  /** Store at `seq`; create `createScope` first; bind the document when `bindDoc`. */
  | { status: 'store'; seq: number; createScope: ScopeInfo | undefined; bindDoc: boolean };

/** The decision for one entry, without side effects (the counters are the caller's). */
export function judgeEntry(
  e: OutEntry,
  facts: EntryFacts,
  author: number,
  team: TeamCounters,
  policy: WritePolicy,
  quotas: Quotas,
): Verdict {
  const refuse = (code: ErrorCode): Verdict => ({ status: 'refused', code });
  if (facts.duplicateSeq !== undefined) return { status: 'duplicate', seq: facts.duplicateSeq };
  if (facts.erased) return refuse(ErrorCode.Erased);
  if (facts.boundScope !== undefined && facts.boundScope !== e.scopeId) {
    return refuse(ErrorCode.Conflict);
  }
  if (e.kind === EntryKind.Key) {
    if (e.docId !== e.scopeId) return refuse(ErrorCode.BadFrame);
    if (!policy.isMember(e.aux)) return refuse(ErrorCode.NotFound);
  }
  // A snapshot cannot claim to cover what the team has not written yet.
  if (e.kind === EntryKind.Snapshot && e.aux > team.head) return refuse(ErrorCode.BadFrame);
  const createScope = facts.scope
    ? undefined
    : (reservation(team.teamIdHex, e.scopeId) ?? {
        scopeId: e.scopeId,
        owner: author,
        includeSupervisors: true,
        members: [],
      });
  if (!policy.canWrite(facts.scope ?? (createScope as ScopeInfo))) {
    return refuse(ErrorCode.Forbidden);
  }
  if (createScope?.owner === author && team.ownedScopes >= quotas.maxScopesPerMember) {
    return refuse(ErrorCode.TooManyScopes);
  }
  const limit =
    quotas.teamQuotaBytes + (e.kind === EntryKind.Update ? 0 : reserveOf(quotas.teamQuotaBytes));
  if (team.usedBytes + e.body.length > limit) return refuse(ErrorCode.QuotaExceeded);
  return {
    status: 'store',
    seq: team.head + 1,
    createScope,
    bindDoc: facts.boundScope === undefined,
  };
}

/**
 * One append's bookkeeping: judges each entry against the counters as they stand after the
 * entries before it, and collects the acknowledgement. Both back-ends drive it the same way.
 */
export class AppendTally {
  private readonly results: AckResult[] = [];
  private readonly start: number;
  private stored = 0;
  private scopesCreated = false;

  constructor(
    private readonly author: number,
    private readonly team: TeamCounters,
    private readonly policy: WritePolicy,
    private readonly quotas: Quotas,
  ) {
    this.start = team.head;
  }

  judge(e: OutEntry, facts: EntryFacts): Verdict {
    const verdict = judgeEntry(e, facts, this.author, this.team, this.policy, this.quotas);
    const ack = (seq: number, status: AckStatus, code: number): void => {
      this.results.push({ updateId: e.updateId, seq, status, code });
    };
    if (verdict.status === 'duplicate') ack(verdict.seq, AckStatus.Duplicate, 0);
    else if (verdict.status === 'refused') ack(0, AckStatus.Refused, verdict.code);
    else {
      this.team.head = verdict.seq;
      this.team.usedBytes += e.body.length;
      if (verdict.createScope) this.scopesCreated = true;
      if (verdict.createScope?.owner === this.author) this.team.ownedScopes++;
      this.stored++;
      ack(verdict.seq, AckStatus.Stored, 0);
    }
    return verdict;
  }

  /** Whether the team row needs writing back (head and bytes moved). */
  get changed(): boolean {
    return this.team.head !== this.start;
  }

  get counters(): Readonly<TeamCounters> {
    return this.team;
  }

  outcome(): AppendOutcome {
    return {
      results: this.results,
      lastSeq: this.team.head,
      stored: this.stored,
      scopesCreated: this.scopesCreated,
    };
  }
}

/**
 * scope-set: only the owner changes a scope, or a supervisor (who hands a case over when its
 * counselor cannot; the owner stays). Creating one counts against the member's cap; a reserved
 * scope is created by a supervisor only, with its reserved owner. Returns the owner the scope
 * has after the change, or why it is refused.
 */
export function judgeScopeSet(
  teamIdHex: string,
  scopeId: string,
  existing: ScopeInfo | undefined,
  by: number,
  bySupervisor: boolean,
  ownedScopes: number,
  quotas: Quotas,
): { owner: number } | 'forbidden' | 'too-many' {
  const owner = existing ?? reservation(teamIdHex, scopeId);
  if (owner) return owner.owner === by || bySupervisor ? { owner: owner.owner } : 'forbidden';
  return ownedScopes >= quotas.maxScopesPerMember ? 'too-many' : { owner: by };
}

/** erase-scope: the owner or a supervisor; an unknown scope is tombstoned all the same. */
export function mayErase(
  existing: ScopeInfo | undefined,
  by: number,
  bySupervisor: boolean,
): boolean {
  return !existing || existing.owner === by || bySupervisor;
}

/** A stored snapshot, as the storage found it for a `snapshot-ok`. */
export interface SnapshotFacts {
  author: number;
  /** The sequence number it covers. */
  covers: number;
  scope: ScopeInfo | undefined;
}

/**
 * snapshot-ok: a junk snapshot (one nobody can decrypt) must not destroy history, so the updates
 * a snapshot covers are dropped only once a member other than its author, who may read its scope,
 * says they decrypted and applied it. Returns the sequence number up to which updates go, or
 * undefined when the confirmation does not count.
 */
export function confirmedCover(
  snapshot: SnapshotFacts | undefined,
  by: number,
  canRead: (scope: ScopeInfo) => boolean,
): number | undefined {
  if (!snapshot || !snapshot.scope || snapshot.author === by) return undefined;
  return canRead(snapshot.scope) ? snapshot.covers : undefined;
}
