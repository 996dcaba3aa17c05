import * as Y from 'yjs';
import { NO_TEAM, type TeamKnowledge, type TemplateRegistry } from '../../../shared/domain';
import { systemClock, type Clock } from '../clock';
import type { DocumentStore } from '../docs';
import type { Keyring } from '../keys/keyring';
import type { Logger } from '../log';
import type { SearchIndex } from '../search/search-index';
import type { Store } from '../store';
import { CaseDocument } from './case-document';
import { caseDocumentId, INDEX_DOCUMENTS, sessionDocumentId } from './document-ids';
import { LOCAL_DIRECTORY, type DirectoryPlace } from './directory';
import { IndexDocument } from './index-document';
import { indexNote } from './search-indexing';
import { SessionDocument } from './session-document';
import { TemplateRegistryCache } from './team-templates';
import { CoreError } from '../errors';

/**
 * What records ask of the parts made after them (the team sync, erasure), given when the records
 * are made: the workspace passes functions that reach those parts once they exist. Without them,
 * a device in no team: nothing is shared, nothing waits to be erased, the directory is local.
 */
export interface RecordsLinks {
  outbox: { enqueue(docId: string, update: Uint8Array): void };
  erasureWaiting(caseId: string): boolean;
  directory(): DirectoryPlace;
  teamKnowledge(): TeamKnowledge;
}

const NO_LINKS: RecordsLinks = {
  outbox: { enqueue: () => undefined },
  erasureWaiting: () => false,
  directory: () => LOCAL_DIRECTORY,
  teamKnowledge: () => NO_TEAM,
};

/** What every records operation works with, while the vault is unlocked. */
export class RecordsContext {
  constructor(
    readonly store: Store,
    readonly docs: DocumentStore,
    readonly keyring: Keyring,
    readonly search: SearchIndex,
    readonly actorId: string,
    readonly log: Logger,
    /** The core's one clock seam (electron/core/clock.ts), so tests and benches can move time. */
    readonly clock: Clock = systemClock,
    links: Partial<RecordsLinks> = {},
  ) {
    const linked = { ...NO_LINKS, ...links };
    this.outbox = linked.outbox;
    this.erasureWaiting = linked.erasureWaiting;
    this.directory = linked.directory;
    this.teamKnowledge = linked.teamKnowledge;
  }

  now(): Date {
    return new Date(this.clock.now());
  }

  /** Where local changes to shared documents go to reach the team (the sync outbox, once enrolled). */
  outbox: RecordsLinks['outbox'];

  /**
   * What this device knows of its team, for judging whether a sign-off carries a supervisor's
   * authority: the team sync answers from its enrolment and the relay's member list.
   */
  teamKnowledge: () => TeamKnowledge;

  /**
   * Whether a case waits to be erased once the relay is reachable (electron/core/erasure). Such a
   * case is not edited: what was written would be shredded with it, and a change of status would
   * contradict the request. Closing alone locks nothing, so this is the guard.
   */
  erasureWaiting: (caseId: string) => boolean;

  /** Refuses a change to a case whose erasure waits; cancelling the erasure lifts it. */
  assertCaseEditable(caseId: string): void {
    if (this.erasureWaiting(caseId)) {
      throw new CoreError('erasure_waiting', 'this case waits to be erased; cancel that first');
    }
  }

  /**
   * Where the referral directory is read and written: this device's own document, or once in a
   * team the team's (the team sync answers, merging what was written before joining first).
   */
  directory: () => DirectoryPlace;

  private readonly pendingNotes = new Map<string, NodeJS.Timeout>();

  /** Re-indexes a note for search a moment after the last keystroke batch, not on every one. */
  scheduleNoteIndexing(docId: string): void {
    clearTimeout(this.pendingNotes.get(docId));
    const timer = setTimeout(() => {
      this.pendingNotes.delete(docId);
      if (this.store.isOpen) indexNote(this, docId);
    }, 400);
    timer.unref();
    this.pendingNotes.set(docId, timer);
  }

  cancelPendingWork(): void {
    for (const timer of this.pendingNotes.values()) clearTimeout(timer);
    this.pendingNotes.clear();
  }

  private templates: TemplateRegistryCache | undefined;

  /** The checklist templates: built in, plus every version a supervisor published for the team. */
  get registry(): TemplateRegistry {
    this.templates ??= new TemplateRegistryCache(this.store, this.docs);
    return this.templates.current();
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /** The index; each list's document is loaded when that list is first read or written. */
  index(): IndexDocument {
    return new IndexDocument(
      (name) => this.docs.open(INDEX_DOCUMENTS[name]),
      (what) => this.log.warn({ what }, 'invalid index entry skipped'),
    );
  }

  /** Edits the index as one unit: one durable row per list it changes, in one transaction. */
  editIndex(edit: (index: IndexDocument) => void): void {
    this.docs.batch(() => edit(this.index()));
  }

  caseDocument(caseId: string): CaseDocument {
    const docId = caseDocumentId(caseId);
    if (!this.store.documentKind(docId)) throw new CoreError('not_found', 'no such case');
    return new CaseDocument(this.docs.open(docId), (what) =>
      this.log.warn({ what }, 'invalid case record skipped'),
    );
  }

  /** `audit` entries record access (who opened, exported) and are kept even while frozen. */
  editCase(
    caseId: string,
    edit: (c: CaseDocument) => void,
    purpose: 'edit' | 'audit' = 'edit',
  ): void {
    this.caseDocument(caseId);
    if (purpose === 'edit') this.assertCaseEditable(caseId);
    this.docs.transact(caseDocumentId(caseId), (doc) => edit(new CaseDocument(doc)));
  }

  sessionDocument(sessionId: string): SessionDocument {
    const docId = sessionDocumentId(sessionId);
    if (!this.store.documentKind(docId)) throw new CoreError('not_found', 'no such session');
    return new SessionDocument(this.docs.open(docId));
  }

  editSession(sessionId: string, edit: (s: SessionDocument) => void): void {
    const caseId = this.sessionDocument(sessionId).meta()?.caseId;
    if (caseId) this.assertCaseEditable(caseId);
    this.docs.transact(sessionDocumentId(sessionId), (doc) => edit(new SessionDocument(doc)));
  }

  /** Reads a document without keeping it open (for indexing many at once). */
  peek(docId: string): Y.Doc {
    const loaded = this.store.loadDocument(docId);
    const doc = new Y.Doc({ guid: docId });
    if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot);
    for (const update of loaded.updates) Y.applyUpdate(doc, update);
    return doc;
  }
}
