import * as Y from 'yjs';
import { z } from 'zod';
import {
  ActorId,
  CaseStatus,
  IsoDate,
  IsoDateTime,
  Label,
  RecordId,
  ReferralStatus,
  ReviewStatus,
  RiskActionKind,
  RiskLevel,
  SessionChannel,
} from '../../../shared/domain';
import { movedStart } from './case-contact';

/**
 * The per-user index (ARCHITECTURE.md, "Documents"): what the lists need, so they render without
 * opening every case and session. It is derived from those documents and rewritten whenever one
 * of them changes; it is encrypted like them, with the personal key.
 */
export const IndexedCase = z.object({
  id: RecordId,
  alias: z.string(),
  status: CaseStatus,
  tags: z.array(z.string()),
  createdAt: IsoDateTime,
  riskFlagged: z.boolean(),
  riskLevel: RiskLevel,
  /** The case's content is in a document this device can read; false when only a summary arrived. */
  readable: z.boolean().optional(),
  /** Its sessions' starts and open referrals' dates (case-contact.ts); absent before issue #13. */
  sessionStarts: z.array(IsoDateTime).optional(),
  openReferralDates: z.array(IsoDate).optional(),
});
export type IndexedCase = z.infer<typeof IndexedCase>;

export const IndexedSession = z.object({
  id: RecordId,
  caseId: RecordId,
  startsAt: IsoDateTime,
  durationMinutes: z.number(),
  channel: SessionChannel,
  riskLevel: RiskLevel,
  /** When the risk screen was last answered: the case flag is computed from these. */
  riskAt: IsoDateTime.optional(),
  /**
   * The actions the screen's level still lacks (shared/domain/risk/handling.ts), written for a
   * moderate or high screen: an empty list is a handled screen, so the case flag and Home clear
   * without opening the session.
   */
  riskMissing: z.array(RiskActionKind).optional(),
  /** The referrals its risk actions name: each referral shows the session it came from. */
  referralIds: z.array(RecordId).optional(),
  stageTitle: Label.optional(),
  /** The group session this is one participant's part of (issue #13, item 4). */
  groupId: RecordId.optional(),
  /** Whose session it is (who submitted it for review, else the case's counselor). */
  counselorId: ActorId.optional(),
  /** Derived from the session's review thread, for the review queue. */
  review: z
    .object({
      /** The status without the sign-off; entries written before it was kept apart may say 'signed'. */
      status: ReviewStatus,
      submittedAt: IsoDateTime.optional(),
      submittedBy: ActorId.optional(),
      /** The last submission answered a return: the supervisor's inbox lists it apart. */
      resubmitted: z.boolean().optional(),
      /**
       * A sign-off is stored, with its key (absent when it cannot be read): whether it counts is
       * judged when the queue is read (review/queue.ts).
       */
      signOff: z.object({ key: z.string().optional() }).optional(),
    })
    .optional(),
});
export type IndexedSession = z.infer<typeof IndexedSession>;

export const IndexedReferral = z.object({
  id: RecordId,
  caseId: RecordId,
  followUpDate: IsoDate,
  status: ReferralStatus,
});
export type IndexedReferral = z.infer<typeof IndexedReferral>;

/** A follow-up meeting's date (issue #13, item 6): Home's follow-up lists read only these. */
export const IndexedFollowUp = z.object({
  id: RecordId,
  caseId: RecordId,
  dueDate: IsoDate,
  done: z.boolean(),
  /** The case's counselor: only they are reminded (a supervisor's Home still lists it). */
  counselorId: ActorId.optional(),
});
export type IndexedFollowUp = z.infer<typeof IndexedFollowUp>;

export type IndexMap = 'cases' | 'sessions' | 'referrals' | 'followUps';
export const INDEX_MAPS: readonly IndexMap[] = ['cases', 'sessions', 'referrals', 'followUps'];

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Copies an index document's entries into an empty one (DocumentStore.rewrite): the index is
 * this device's alone, so it is written afresh without the tombstones of replaced entries.
 */
export function copyIndexLists(from: Y.Doc, to: Y.Doc): void {
  for (const name of INDEX_MAPS) {
    if (!from.share.has(name)) continue;
    const target = to.getMap(name);
    from.getMap(name).forEach((value, id) => target.set(id, value));
  }
}

const parsedEntries = new WeakMap<Y.Map<unknown>, readonly unknown[]>();
const watchedMaps = new WeakSet<Y.Map<unknown>>();

/**
 * An entry as stored: a JSON text since issue #13's speed work, a plain object before it. A text
 * that is not JSON reads as nothing, which the schema then refuses like any damaged entry.
 */
function entryValue(stored: unknown): unknown {
  if (typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored) as unknown;
  } catch {
    return undefined;
  }
}

/** The case an entry belongs to, read without validating the whole entry. */
function caseIdOf(stored: unknown): unknown {
  return (entryValue(stored) as { caseId?: unknown } | null | undefined)?.caseId;
}

/**
 * Each entry is one JSON text, not a map of fields: the index is derived and personal, so it
 * needs no field-level merging, and 11,000 entries load as 11,000 items instead of 110,000. A
 * text rather than a JSON object because Yjs decodes an object key by key (a string decode for
 * each), and one text per entry loads the index of 1,000 cases about twice as fast.
 */
export class IndexDocument {
  private readonly docOf: (name: IndexMap) => Y.Doc;

  /**
   * `docs`: one document holding every list, or the document of each list (records-context.ts
   * keeps each in its own, so the case list loads without the 10,000 sessions).
   */
  constructor(
    docs: Y.Doc | ((name: IndexMap) => Y.Doc),
    private readonly onInvalid: (what: string) => void = () => undefined,
  ) {
    this.docOf = docs instanceof Y.Doc ? () => docs : docs;
  }

  cases(): IndexedCase[] {
    return this.all('cases', IndexedCase);
  }

  sessions(): IndexedSession[] {
    return this.all('sessions', IndexedSession);
  }

  referrals(): IndexedReferral[] {
    return this.all('referrals', IndexedReferral);
  }

  followUps(): IndexedFollowUp[] {
    return this.all('followUps', IndexedFollowUp);
  }

  putFollowUp(entry: IndexedFollowUp): void {
    this.put('followUps', entry);
  }

  /** The case's follow-ups whose id is not in `keep` leave the index (removed from the plan). */
  pruneFollowUps(caseId: string, keep: ReadonlySet<string>): void {
    const map = this.map('followUps');
    const gone: string[] = [];
    map.forEach((value, id) => {
      if (caseIdOf(value) === caseId && !keep.has(id)) gone.push(id);
    });
    this.transact('followUps', () => gone.forEach((id) => map.delete(id)));
  }

  session(id: string): IndexedSession | undefined {
    return this.one('sessions', id, IndexedSession);
  }

  caseEntry(id: string): IndexedCase | undefined {
    return this.one('cases', id, IndexedCase);
  }

  /** One case's sessions, without validating every other entry of a large index. */
  sessionsOfCase(caseId: string): IndexedSession[] {
    const out: IndexedSession[] = [];
    this.map('sessions').forEach((stored) => {
      const value = entryValue(stored);
      if ((value as { caseId?: unknown } | null | undefined)?.caseId !== caseId) return;
      const parsed = IndexedSession.safeParse(value);
      if (parsed.success) out.push(parsed.data);
      else this.onInvalid('session');
    });
    return out;
  }

  putCase(entry: IndexedCase): void {
    this.put('cases', entry);
  }

  /** Also moves the session's start on its case's entry, which the case list reads alone. */
  putSession(entry: IndexedSession): void {
    const before = this.one('sessions', entry.id, IndexedSession)?.startsAt;
    this.put('sessions', entry);
    if (before === entry.startsAt) return;
    const owner = this.caseEntry(entry.caseId);
    // An entry without starts is filled whole when its case is indexed (index-upgrade.ts).
    if (!owner?.sessionStarts) return;
    this.putCase({
      ...owner,
      sessionStarts: movedStart(owner.sessionStarts, before, entry.startsAt),
    });
  }

  putReferral(entry: IndexedReferral): void {
    this.put('referrals', entry);
  }

  /** The open referrals' follow-up dates on the case's entry, from its whole referral list. */
  putOpenReferralDates(caseId: string, dates: string[]): void {
    const owner = this.caseEntry(caseId);
    if (owner) this.putCase({ ...owner, openReferralDates: dates });
  }

  /** Erasure: the case, its sessions, referrals and follow-ups leave the index. */
  removeCase(caseId: string): { sessionIds: string[]; referralIds: string[] } {
    const removed = { sessionIds: [] as string[], referralIds: [] as string[] };
    this.map('cases').delete(caseId);
    for (const [name, ids] of [
      ['sessions', removed.sessionIds],
      ['referrals', removed.referralIds],
      ['followUps', [] as string[]],
    ] as const) {
      const map = this.map(name);
      map.forEach((value, id) => {
        if (caseIdOf(value) === caseId) ids.push(id);
      });
      this.transact(name, () => ids.forEach((id) => map.delete(id)));
    }
    return removed;
  }

  /**
   * Entries written as objects, before they were texts, are written again as texts, so that an
   * older vault loads as fast as a new one. Returns how many; a second call finds none.
   */
  storeEntriesAsText(names: readonly IndexMap[] = INDEX_MAPS): number {
    let rewritten = 0;
    for (const name of names) {
      const map = this.map(name);
      const objects: [string, unknown][] = [];
      map.forEach((value, id) => {
        if (typeof value !== 'string') objects.push([id, value]);
      });
      this.transact(name, () => {
        for (const [id, value] of objects) map.set(id, JSON.stringify(value));
      });
      rewritten += objects.length;
    }
    return rewritten;
  }

  /** How many entries a list holds, read without parsing them. */
  size(name: IndexMap): number {
    return this.map(name).size;
  }

  /**
   * Moves every entry of `from`'s lists into this index's, as stored (the upgrade from one
   * document for all lists to one per list). Returns the ids moved, by list.
   */
  takeEntriesOf(from: IndexDocument, names: readonly IndexMap[]): Map<IndexMap, string[]> {
    const moved = new Map<IndexMap, string[]>();
    for (const name of names) {
      const source = from.map(name);
      const target = this.map(name);
      const ids: string[] = [];
      if (source === target) continue;
      this.transact(name, () =>
        source.forEach((value, id) => {
          target.set(id, typeof value === 'string' ? value : JSON.stringify(value));
          ids.push(id);
        }),
      );
      from.transact(name, () => ids.forEach((id) => source.delete(id)));
      moved.set(name, ids);
    }
    return moved;
  }

  private map(name: IndexMap): Y.Map<unknown> {
    return this.docOf(name).getMap(name);
  }

  /** Several changes to one list as one Yjs transaction (one update, one row). */
  private transact(name: IndexMap, edit: () => void): void {
    this.docOf(name).transact(edit);
  }

  private put(name: IndexMap, entry: { id: string }): void {
    const map = this.map(name);
    // An unchanged entry is not written again: no update row, no sync bytes.
    const text = JSON.stringify(entry);
    if (map.get(entry.id) !== text) map.set(entry.id, text);
  }

  /**
   * Every entry of one map, validated once per version of it: a screen reads the same 10,000
   * sessions several times after unlock (the risk upgrade, the case list, Home, the inbox), and
   * parsing them is most of the cost. Inside a transaction the map may be half-written, so it is
   * read afresh there.
   */
  private all<T>(name: IndexMap, schema: Schema<T>): T[] {
    const map = this.map(name);
    const reusable = this.docOf(name)._transaction === null;
    const cached = reusable ? parsedEntries.get(map) : undefined;
    if (cached) return cached.slice() as T[];
    const out: T[] = [];
    map.forEach((value) => {
      const parsed = schema.safeParse(entryValue(value));
      // Frozen: one copy is handed to every reader, so none may change it for the others.
      if (parsed.success) out.push(Object.freeze(parsed.data));
      else this.onInvalid(name);
    });
    if (reusable) {
      if (!watchedMaps.has(map)) {
        watchedMaps.add(map);
        // Any change, local or arriving by sync, ends the cached version.
        map.observe(() => parsedEntries.delete(map));
      }
      parsedEntries.set(map, out.slice());
    }
    return out;
  }

  private one<T>(name: IndexMap, id: string, schema: Schema<T>): T | undefined {
    const parsed = schema.safeParse(entryValue(this.map(name).get(id)));
    return parsed.success ? parsed.data : undefined;
  }
}
