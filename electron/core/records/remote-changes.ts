import { refusedNoteChange } from '../review/note-authorship';
import { refreshCaseIndex, indexCaseForSearch } from './cases';
import { refreshReferralIndex } from './case-activities';
import { isGroupDocument, isPrivateDocument, isSessionDocument } from './document-ids';
import { indexQuietly } from './index-quietly';
import type { RecordsContext } from './records-context';
import { indexCaseReferrals } from './search-indexing';
import { indexCasePlan } from './care-plan-search';
import { indexHousehold } from './household-search';
import { refreshFollowUpIndex } from './follow-ups';
import { refreshSessionIndex } from './sessions';
import { indexGroupNote } from './group-search';

const KINDS: Array<[RegExp, string]> = [
  [/^case-[0-9a-f]{32}$/, 'case'],
  [/^session-[0-9a-f]{32}$/, 'session'],
  [/^templates-[0-9a-f]{32}$/, 'templates'],
  [/^erasures-[0-9a-f]{32}$/, 'erasures'],
  [/^profiles-[0-9a-f]{32}$/, 'profiles'],
  [/^directory-[0-9a-f]{32}$/, 'directory'],
  [/^library-[0-9a-f]{32}$/, 'library'],
  [/^libfile-[0-9a-f]{32}-\d{1,4}$/, 'libfile'],
  [/^group-[0-9a-f]{32}$/, 'group'],
  [/^community-[0-9a-f]{32}$/, 'community'],
];

/**
 * Updates that arrive from other devices: persisted at once (the sync client's cursor advances
 * in the same transaction), then the index, the search and the open windows catch up in one
 * batch a moment later, so a first sync of a thousand documents does not rebuild the index a
 * thousand times.
 */
export class RemoteChanges {
  private readonly pending = new Set<string>();
  private readonly reloads = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly records: RecordsContext,
    private readonly onFlushed: (documentIds: string[]) => void,
  ) {}

  /**
   * `origin`: who signed the entry (their actor id, from the verified roster) and whether it was a
   * snapshot, which carries everyone's words and so cannot be held to its signer's.
   */
  receive(
    docId: string,
    update: Uint8Array,
    origin: { actorId?: string; snapshot: boolean } = { snapshot: true },
  ): void {
    const { store, docs } = this.records;
    const kind = KINDS.find(([pattern]) => pattern.test(docId))?.[1];
    // Only the shared kinds above are stored; anything else is not ours to store.
    if (!kind) return;
    if (kind === 'session' && this.refused(docId, update, origin)) return;
    if (!store.documentKind(docId)) store.setDocumentKind(docId, kind);
    docs.applyUpdate(docId, update);
    this.pending.add(docId);
    this.schedule();
  }

  /**
   * A session note is written by its case's counselor only (issue #12): a change of the note
   * that its own attribution gives to anyone else is not stored, the same rule the core applies
   * to its own renderer (sessions.ts). The rest of the team's copies then differ from the
   * writer's, and a supervisor's sign-off over such words shows as altered on the writer's device.
   */
  private refused(
    docId: string,
    update: Uint8Array,
    origin: { actorId?: string; snapshot: boolean },
  ): boolean {
    if (!this.records.store.documentKind(docId)) return false;
    let reason: string | undefined;
    try {
      reason = refusedNoteChange(
        this.records,
        docId.slice('session-'.length),
        update,
        origin.snapshot ? undefined : origin.actorId,
      );
    } catch {
      // Unreadable here (no key yet, a malformed update): stored as before, judged when read.
      return false;
    }
    if (reason) this.records.log.warn({ docId, reason }, 'incoming note change refused');
    return reason !== undefined;
  }

  /**
   * A case key arrived from the team (a restored notebook gets its keys back this way): the
   * scope's documents, read while the key was missing, are read again and indexed like incoming
   * changes, so the case reappears without a restart.
   */
  keyArrived(docIds: string[]): void {
    for (const docId of docIds) this.reloads.add(docId);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (!this.records.store.isOpen) return;
    const rekeyed = new Set<string>();
    for (const docId of this.reloads) {
      indexQuietly(this.records, () => this.records.docs.reload(docId));
      this.pending.add(docId);
      if (docId.startsWith('case-')) rekeyed.add(docId.slice('case-'.length));
      if (isPrivateDocument(docId)) this.records.scheduleNoteIndexing(docId);
    }
    this.reloads.clear();
    const docIds = [...this.pending];
    this.pending.clear();
    // Cases first, so sessions find their case's entry.
    const cases = new Set<string>();
    for (const docId of docIds.filter((d) => d.startsWith('case-'))) cases.add(docId.slice(5));
    for (const docId of docIds.filter(isSessionDocument)) {
      const sessionId = docId.slice('session-'.length);
      indexQuietly(this.records, () => {
        refreshSessionIndex(this.records, sessionId);
        const caseId = this.records.index().session(sessionId)?.caseId;
        if (caseId) cases.add(caseId);
        this.records.scheduleNoteIndexing(docId);
      });
    }
    for (const caseId of cases) {
      indexQuietly(this.records, () => {
        refreshCaseIndex(this.records, caseId);
        indexCaseForSearch(this.records, caseId);
        indexCaseReferrals(this.records, caseId, this.records.caseDocument(caseId));
        indexCasePlan(this.records, caseId, this.records.caseDocument(caseId));
        indexHousehold(this.records, caseId, this.records.caseDocument(caseId));
        refreshFollowUpIndex(this.records, caseId);
        if (rekeyed.has(caseId)) refreshReferralIndex(this.records, caseId);
      });
    }
    // A group's shared note is indexed once its participants' sessions are (issue #13, item 4).
    for (const docId of docIds.filter(isGroupDocument)) {
      indexQuietly(this.records, () => indexGroupNote(this.records, docId.slice('group-'.length)));
    }
    this.onFlushed(docIds);
  }
}
