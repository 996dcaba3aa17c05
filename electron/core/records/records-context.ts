import * as Y from 'yjs';
import { NO_TEAM, type TeamKnowledge, type TemplateRegistry } from '../../../shared/domain';
import type { DocumentStore } from '../docs';
import type { Keyring } from '../keys/keyring';
import type { Logger } from '../log';
import type { SearchIndex } from '../search/search-index';
import type { Store } from '../store';
import { CaseDocument } from './case-document';
import { caseDocumentId, INDEX_DOCUMENT, sessionDocumentId } from './document-ids';
import { IndexDocument } from './index-document';
import { indexNote } from './search-indexing';
import { SessionDocument } from './session-document';
import { TemplateRegistryCache } from './team-templates';
import { CoreError } from '../errors';

/** What every records operation works with, while the vault is unlocked. */
export class RecordsContext {
  constructor(
    readonly store: Store,
    readonly docs: DocumentStore,
    readonly keyring: Keyring,
    readonly search: SearchIndex,
    readonly actorId: string,
    readonly log: Logger,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** Where local changes to shared documents go to reach the team (the sync outbox, once enrolled). */
  outbox: { enqueue(docId: string, update: Uint8Array): void } = { enqueue: () => undefined };

  /**
   * What this device knows of its team, for judging whether a sign-off carries a supervisor's
   * authority: the team sync answers from its enrolment and the relay's member list.
   */
  teamKnowledge: () => TeamKnowledge = () => NO_TEAM;

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

  index(): IndexDocument {
    return new IndexDocument(this.docs.open(INDEX_DOCUMENT), (what) =>
      this.log.warn({ what }, 'invalid index entry skipped'),
    );
  }

  /** Edits the index in one transaction (one durable row). */
  editIndex(edit: (index: IndexDocument) => void): void {
    this.docs.transact(INDEX_DOCUMENT, (doc) => edit(new IndexDocument(doc)));
  }

  caseDocument(caseId: string): CaseDocument {
    const docId = caseDocumentId(caseId);
    if (!this.store.documentKind(docId)) throw new CoreError('not_found', 'no such case');
    return new CaseDocument(this.docs.open(docId), (what) =>
      this.log.warn({ what }, 'invalid case record skipped'),
    );
  }

  editCase(caseId: string, edit: (c: CaseDocument) => void): void {
    this.caseDocument(caseId);
    this.docs.transact(caseDocumentId(caseId), (doc) => edit(new CaseDocument(doc)));
  }

  sessionDocument(sessionId: string): SessionDocument {
    const docId = sessionDocumentId(sessionId);
    if (!this.store.documentKind(docId)) throw new CoreError('not_found', 'no such session');
    return new SessionDocument(this.docs.open(docId));
  }

  editSession(sessionId: string, edit: (s: SessionDocument) => void): void {
    this.sessionDocument(sessionId);
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
