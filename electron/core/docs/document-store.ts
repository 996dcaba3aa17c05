import * as Y from 'yjs';
import type { RowProblem, Store } from '../store';
import {
  DEFAULT_COMPACTION,
  shouldCompact,
  type CompactionPolicy,
  type LogSize,
} from './compaction';

/**
 * The origin of every update the DocumentStore applies itself (from the store on load, or via
 * applyUpdate after persisting it). The doc's update listener skips this origin, so nothing is
 * written twice.
 */
export const STORE_ORIGIN = Symbol('pendamping/store');

interface OpenDoc {
  doc: Y.Doc;
  log: LogSize;
  lastSeq: number;
  problems: RowProblem[];
  onUpdate: (update: Uint8Array, origin: unknown) => void;
  /** A local change that could not be persisted; the doc is dropped from the cache. */
  failure?: unknown;
  /** A row was written since it was opened (a rewrite on close is then worth its cost). */
  written?: boolean;
}

function hasSnapshotProblem(entry: OpenDoc): boolean {
  return entry.problems.some((p) => p.rowKind === 'snapshot');
}

export interface DocumentStoreOptions {
  compaction?: Partial<CompactionPolicy>;
  /** Told when a local change could not be saved (the document is then reloaded from disk). */
  onPersistError?: (docId: string, error: unknown) => void;
  /** Told of every change made in the core and saved (not loads, not applyUpdate): the outbox. */
  onLocalChange?: (docId: string, update: Uint8Array) => void;
  /**
   * For the documents this device alone writes and nobody merges (the index): how to copy one's
   * content into a fresh document, which `close` then writes instead of compacting (`rewrite`).
   */
  rewriterOf?: (docId: string) => DocumentCopier | undefined;
}

/** Copies what a document holds into an empty one. */
export type DocumentCopier = (from: Y.Doc, to: Y.Doc) => void;

/**
 * Yjs documents on top of the encrypted store. The core is the only writer: every update is made
 * durable in the store before it reaches the cached Y.Doc, and edits made directly on a cached
 * Y.Doc are persisted by its update listener.
 */
export class DocumentStore {
  private readonly open_ = new Map<string, OpenDoc>();
  private readonly policy: CompactionPolicy;
  /** While a batch runs: each document's local updates, written as one row when it ends. */
  private batched: Map<string, Uint8Array[]> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: DocumentStoreOptions = {},
  ) {
    this.policy = { ...DEFAULT_COMPACTION, ...options.compaction };
  }

  /** Loads snapshot + later updates (skipping unreadable rows) and caches the doc. */
  open(docId: string): Y.Doc {
    const cached = this.open_.get(docId);
    if (cached) return cached.doc;
    const loaded = this.store.loadDocument(docId);
    // A guid given, not generated: a random uuid per document costs ~130 µs of getRandomValues.
    const doc = new Y.Doc({ gc: true, guid: docId });
    doc.transact(() => {
      if (loaded.snapshot) Y.applyUpdate(doc, loaded.snapshot, STORE_ORIGIN);
      for (const update of loaded.updates) Y.applyUpdate(doc, update, STORE_ORIGIN);
    }, STORE_ORIGIN);
    const entry: OpenDoc = {
      doc,
      log: { count: loaded.updates.length, bytes: 0 },
      lastSeq: loaded.lastSeq,
      problems: loaded.problems,
      onUpdate: (update, origin) => {
        if (origin === STORE_ORIGIN) return;
        const batched = this.batched;
        if (batched) batched.set(docId, [...(batched.get(docId) ?? []), update]);
        else this.persistLocalChange(docId, update);
      },
    };
    entry.log = this.store.updateStats(docId);
    doc.on('update', entry.onUpdate);
    this.open_.set(docId, entry);
    return doc;
  }

  isOpen(docId: string): boolean {
    return this.open_.has(docId);
  }

  /**
   * An update from outside the core (the renderer's editor, sync): persisted first, then applied.
   * If persisting throws (disk full), the cached doc is unchanged. Returns the sequence number.
   */
  applyUpdate(docId: string, update: Uint8Array): number {
    const entry = this.entry(docId);
    const seq = this.store.appendUpdate(docId, update);
    this.noteAppended(entry, seq, update.byteLength);
    Y.applyUpdate(entry.doc, update, STORE_ORIGIN);
    this.maybeCompact(docId, entry);
    return seq;
  }

  /**
   * Persists an update produced by editing the cached Y.Doc directly; the doc's update listener
   * calls this. Yjs has already changed the doc in memory, so if the write fails the doc is
   * dropped from the cache (the next open reloads what is durable) and the error is reported.
   */
  persistLocalChange(docId: string, update: Uint8Array): number | undefined {
    const entry = this.open_.get(docId);
    if (!entry) return undefined;
    try {
      const seq = this.store.appendUpdate(docId, update);
      this.noteAppended(entry, seq, update.byteLength);
      this.options.onLocalChange?.(docId, update);
      return seq;
    } catch (error) {
      entry.failure = error;
      this.evict(docId, entry);
      this.options.onPersistError?.(docId, error);
      return undefined;
    }
  }

  /**
   * Runs `edit` in one Yjs transaction on the cached doc (one persisted row) and throws if the
   * change could not be saved. The way for core code to edit a document.
   */
  transact(docId: string, edit: (doc: Y.Doc) => void): void {
    const entry = this.entry(docId);
    // One SQLite transaction around the edit: its update row and whatever onLocalChange writes
    // (the sync outbox) land together.
    this.store.database.transaction(() => entry.doc.transact(() => edit(entry.doc)))();
    if (entry.failure !== undefined) throw entry.failure;
    this.maybeCompact(docId, entry);
  }

  /**
   * Runs `edit`, which may change several cached documents, as one unit: each document's changes
   * become one row, all rows land in one SQLite transaction, and if anything throws none does and
   * the documents it changed are dropped from the cache (the next open reads what is durable).
   * A batch inside a batch joins it.
   */
  batch(edit: () => void): void {
    if (this.batched) return edit();
    const batched = new Map<string, Uint8Array[]>();
    this.batched = batched;
    const written: Array<[string, OpenDoc, number, number]> = [];
    try {
      this.store.database.transaction(() => {
        edit();
        this.batched = undefined;
        for (const [docId, updates] of batched) {
          const entry = this.entry(docId);
          const update =
            updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
          written.push([docId, entry, this.store.appendUpdate(docId, update), update.byteLength]);
          this.options.onLocalChange?.(docId, update);
        }
      })();
    } catch (error) {
      for (const docId of batched.keys()) {
        const entry = this.open_.get(docId);
        if (entry) this.evict(docId, entry);
      }
      throw error;
    } finally {
      this.batched = undefined;
    }
    for (const [docId, entry, seq, bytes] of written) {
      this.noteAppended(entry, seq, bytes);
      this.maybeCompact(docId, entry);
    }
  }

  /** Problems found when the document was loaded: rows that were skipped. */
  problems(docId: string): RowProblem[] {
    return [...(this.open_.get(docId)?.problems ?? this.store.loadDocument(docId).problems)];
  }

  /**
   * Folds the update log into the snapshot now. Unreadable update rows stay in the log (the store
   * keeps them); an unreadable snapshot is never replaced, so then this returns false.
   */
  compact(docId: string): boolean {
    const entry = this.entry(docId);
    if (hasSnapshotProblem(entry) || entry.lastSeq === 0) return false;
    this.store.compact(docId, Y.encodeStateAsUpdate(entry.doc), entry.lastSeq);
    entry.log = this.store.updateStats(docId);
    return true;
  }

  /**
   * Writes the document afresh: `copy` fills a new, empty document, whose state replaces every
   * row, and the cached one is dropped. Yjs keeps a tombstone (id, key, origins) for every entry
   * ever replaced, so that replicas can merge; a document that is never merged needs none, and
   * the index, rewritten on each change, would otherwise grow with every edit ever made. Only for
   * such documents: an update made from the old state does not apply to the new one. Returns
   * false (and changes nothing) when the document has rows it could not read, or none at all.
   */
  rewrite(docId: string, copy: DocumentCopier): boolean {
    const entry = this.entry(docId);
    if (entry.problems.length > 0 || entry.lastSeq === 0) return false;
    const fresh = new Y.Doc({ gc: true, guid: docId });
    try {
      fresh.transact(() => copy(entry.doc, fresh));
      this.store.compact(docId, Y.encodeStateAsUpdate(fresh), entry.lastSeq);
    } finally {
      fresh.destroy();
    }
    this.evict(docId, entry);
    return true;
  }

  close(docId: string): void {
    const entry = this.open_.get(docId);
    if (!entry) return;
    const copy = this.options.rewriterOf?.(docId);
    if (copy && entry.written) {
      try {
        if (this.rewrite(docId, copy)) return;
      } catch {
        // Everything is already durable in the log; the rewrite can wait for the next time.
      }
    } else if (entry.log.count >= this.policy.onCloseMinUpdates && !hasSnapshotProblem(entry)) {
      try {
        this.compact(docId);
      } catch {
        // Everything is already durable in the log; compaction can wait for the next time.
      }
    }
    this.evict(docId, entry);
  }

  /** Forgets an open document without compacting it: its rows are about to be deleted. */
  discard(docId: string): void {
    const entry = this.open_.get(docId);
    if (entry) this.evict(docId, entry);
  }

  /**
   * Reads the rows of an open document that could not be opened when it was loaded (their key
   * had not arrived yet) into the cached doc. Yjs ignores what it already has, and the doc stays
   * the same object for whoever holds it.
   */
  reload(docId: string): void {
    const entry = this.open_.get(docId);
    if (!entry || entry.problems.length === 0) return;
    const loaded = this.store.loadDocument(docId);
    entry.doc.transact(() => {
      if (loaded.snapshot) Y.applyUpdate(entry.doc, loaded.snapshot, STORE_ORIGIN);
      for (const update of loaded.updates) Y.applyUpdate(entry.doc, update, STORE_ORIGIN);
    }, STORE_ORIGIN);
    entry.problems = loaded.problems;
    entry.lastSeq = Math.max(entry.lastSeq, loaded.lastSeq);
    entry.log = this.store.updateStats(docId);
  }

  closeAll(): void {
    for (const docId of [...this.open_.keys()]) this.close(docId);
  }

  /** Size of the document's update log as last known (rows since the snapshot). */
  logSize(docId: string): LogSize {
    const entry = this.open_.get(docId);
    return entry ? { ...entry.log } : this.store.updateStats(docId);
  }

  private entry(docId: string): OpenDoc {
    this.open(docId);
    const entry = this.open_.get(docId);
    if (!entry) throw new Error('unreachable: document was just opened');
    return entry;
  }

  private noteAppended(entry: OpenDoc, seq: number, plainBytes: number): void {
    entry.written = true;
    entry.lastSeq = Math.max(entry.lastSeq, seq);
    entry.log.count += 1;
    // 24-byte nonce + 16-byte tag: the same measure as the store's length(blob).
    entry.log.bytes += plainBytes + 40;
  }

  private maybeCompact(docId: string, entry: OpenDoc): void {
    if (!shouldCompact(entry.log, this.policy) || hasSnapshotProblem(entry)) return;
    try {
      this.compact(docId);
    } catch {
      // The update that triggered this is durable already; a failed compaction loses nothing.
    }
  }

  private evict(docId: string, entry: OpenDoc): void {
    entry.doc.off('update', entry.onUpdate);
    this.open_.delete(docId);
    entry.doc.destroy();
  }
}
