import { describe, expect, it } from 'vitest';
import {
  AckStatus,
  EntryKind,
  ErrorCode,
  type OutEntry,
  type ScopeInfo,
} from '../../../shared/sync';
import {
  AppendTally,
  confirmedCover,
  judgeEntry,
  judgeScopeSet,
  mayErase,
  reservation,
  type EntryFacts,
  type Quotas,
  type TeamCounters,
} from '../../../server/storage/acceptance';
import type { WritePolicy } from '../../../server/storage/types';

const TEAM = 'ab'.repeat(16);
const quotas: Quotas = { maxScopesPerMember: 3, teamQuotaBytes: 1600 };
const counters = (over: Partial<TeamCounters> = {}): TeamCounters => ({
  teamIdHex: TEAM,
  head: 10,
  usedBytes: 0,
  ownedScopes: 0,
  ...over,
});
const facts = (over: Partial<EntryFacts> = {}): EntryFacts => ({
  duplicateSeq: undefined,
  erased: false,
  boundScope: undefined,
  scope: undefined,
  ...over,
});
const entry = (over: Partial<OutEntry> = {}): OutEntry => ({
  kind: EntryKind.Update,
  docId: 'doc-1',
  scopeId: 'case-1',
  updateId: new Uint8Array(16),
  keyId: 'k1',
  aux: 0,
  sig: new Uint8Array(64),
  body: new Uint8Array(100),
  ...over,
});
const scope = (owner: number, members: number[] = []): ScopeInfo => ({
  scopeId: 'case-1',
  owner,
  includeSupervisors: true,
  members,
});
/** Member 2, a counselor: writes what it owns or is listed on. */
const counselor: WritePolicy = {
  canWrite: (s) => s.owner === 2 || s.members.includes(2),
  isMember: (no) => no >= 1 && no <= 3,
};

describe('the acceptance policy both storage back-ends share', () => {
  it('answers a resend with the original sequence number before any other rule', () => {
    const v = judgeEntry(
      entry(),
      facts({ duplicateSeq: 4, erased: true }),
      2,
      counters(),
      counselor,
      quotas,
    );
    expect(v).toEqual({ status: 'duplicate', seq: 4 });
  });

  it('refuses erased scopes, documents bound elsewhere and misaddressed key envelopes', () => {
    const judge = (e: OutEntry, f: EntryFacts) =>
      judgeEntry(e, f, 2, counters(), counselor, quotas);
    expect(judge(entry(), facts({ erased: true }))).toEqual({
      status: 'refused',
      code: ErrorCode.Erased,
    });
    expect(judge(entry(), facts({ boundScope: 'case-2' }))).toMatchObject({
      code: ErrorCode.Conflict,
    });
    const key = entry({ kind: EntryKind.Key, docId: 'case-1', aux: 9 });
    expect(judge(key, facts())).toMatchObject({ code: ErrorCode.NotFound });
    expect(judge({ ...key, docId: 'doc-1', aux: 3 }, facts())).toMatchObject({
      code: ErrorCode.BadFrame,
    });
  });

  it('refuses a snapshot that covers more than the team has written', () => {
    const snap = entry({ kind: EntryKind.Snapshot, aux: 11 });
    expect(judgeEntry(snap, facts(), 2, counters(), counselor, quotas)).toMatchObject({
      code: ErrorCode.BadFrame,
    });
    expect(
      judgeEntry({ ...snap, aux: 10 }, facts(), 2, counters(), counselor, quotas),
    ).toMatchObject({
      status: 'store',
      seq: 11,
    });
  });

  it('creates an unknown scope for its first writer, within the member cap', () => {
    expect(judgeEntry(entry(), facts(), 2, counters(), counselor, quotas)).toEqual({
      status: 'store',
      seq: 11,
      createScope: scope(2),
      bindDoc: true,
    });
    expect(
      judgeEntry(entry(), facts(), 2, counters({ ownedScopes: 3 }), counselor, quotas),
    ).toMatchObject({ code: ErrorCode.TooManyScopes });
    // Writing to a scope it may use costs nothing against the cap.
    const listed = facts({ scope: scope(1, [2]), boundScope: 'case-1' });
    expect(
      judgeEntry(entry(), listed, 2, counters({ ownedScopes: 3 }), counselor, quotas),
    ).toMatchObject({
      status: 'store',
      createScope: undefined,
      bindDoc: false,
    });
  });

  it("gives the team's own scope to the founding supervisor, whoever writes to it first", () => {
    const teamScope = `team-${TEAM}`;
    expect(reservation(TEAM, teamScope)).toEqual({
      scopeId: teamScope,
      owner: 1,
      includeSupervisors: true,
      members: [],
    });
    expect(reservation(TEAM, 'case-1')).toBeUndefined();
    const e = entry({ scopeId: teamScope });
    expect(judgeEntry(e, facts(), 2, counters(), counselor, quotas)).toMatchObject({
      code: ErrorCode.Forbidden,
    });
    const supervisor: WritePolicy = { canWrite: () => true, isMember: () => true };
    expect(judgeEntry(e, facts(), 4, counters(), supervisor, quotas)).toMatchObject({
      status: 'store',
      createScope: { owner: 1 },
    });
    expect(judgeScopeSet(TEAM, teamScope, undefined, 2, false, 0, quotas)).toBe('forbidden');
    expect(judgeScopeSet(TEAM, teamScope, undefined, 4, true, 0, quotas)).toEqual({ owner: 1 });
  });

  it('holds updates to the quota and lets snapshots and keys use a small reserve above it', () => {
    const full = counters({ usedBytes: 1550 });
    expect(judgeEntry(entry(), facts(), 2, full, counselor, quotas)).toMatchObject({
      code: ErrorCode.QuotaExceeded,
    });
    const snap = entry({ kind: EntryKind.Snapshot, aux: 5 });
    expect(judgeEntry(snap, facts(), 2, full, counselor, quotas)).toMatchObject({
      status: 'store',
    });
    const past = counters({ usedBytes: 1600 + 100 });
    expect(judgeEntry(snap, facts(), 2, past, counselor, quotas)).toMatchObject({
      code: ErrorCode.QuotaExceeded,
    });
  });

  it('counts what earlier entries of the same push used', () => {
    const tally = new AppendTally(2, counters({ usedBytes: 1400 }), counselor, quotas);
    tally.judge(entry({ updateId: new Uint8Array(16).fill(1) }), facts());
    tally.judge(entry({ updateId: new Uint8Array(16).fill(2) }), facts({ scope: scope(2) }));
    tally.judge(entry({ updateId: new Uint8Array(16).fill(3) }), facts({ scope: scope(2) }));
    const outcome = tally.outcome();
    expect(outcome.results.map((r) => [r.status, r.seq, r.code])).toEqual([
      [AckStatus.Stored, 11, 0],
      [AckStatus.Stored, 12, 0],
      [AckStatus.Refused, 0, ErrorCode.QuotaExceeded],
    ]);
    expect(outcome).toMatchObject({ lastSeq: 12, stored: 2, scopesCreated: true });
    expect(tally.counters).toMatchObject({ usedBytes: 1600, ownedScopes: 1 });
  });

  it('lets only the owner or a supervisor change or erase a scope', () => {
    expect(judgeScopeSet(TEAM, 'case-1', scope(2), 3, false, 0, quotas)).toBe('forbidden');
    expect(judgeScopeSet(TEAM, 'case-1', scope(2), 1, true, 0, quotas)).toEqual({ owner: 2 });
    expect(judgeScopeSet(TEAM, 'case-9', undefined, 3, false, 3, quotas)).toBe('too-many');
    expect(mayErase(scope(2), 3, false)).toBe(false);
    expect(mayErase(scope(2), 1, true)).toBe(true);
    expect(mayErase(undefined, 3, false)).toBe(true);
  });

  it("counts a snapshot's confirmation only from another member who may read its scope", () => {
    const snap = { author: 2, covers: 40, scope: scope(2, [3]) };
    const reads = (m: number) => (s: ScopeInfo) => s.owner === m || s.members.includes(m);
    expect(confirmedCover(snap, 2, reads(2))).toBeUndefined();
    expect(confirmedCover(snap, 5, reads(5))).toBeUndefined();
    expect(confirmedCover(snap, 3, reads(3))).toBe(40);
    expect(confirmedCover(undefined, 3, reads(3))).toBeUndefined();
  });
});
