import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../store';

/**
 * Per-author sequence numbers (issue 10, item 4; docs/sync-protocol.md, "Author sequence numbers").
 *
 * Every update entry an author writes to a document carries the author's next number for that
 * document, sealed inside the entry where the relay can neither read nor change it; a snapshot
 * carries, per author, the number up to which it holds that author's entries (its frontier). So a
 * device can tell, per document and author:
 * - **missing**: a number it has not received although it holds a later one (the relay withheld it);
 * - **late**: a number that arrived after a later one (the relay reordered the history);
 * - **forked**: one number with two different entries (the author's history split, e.g. a cloned
 *   vault, and the relay passed both on).
 * A withheld *tail* (the newest entries) looks like an author who has not synced yet: a relay can
 * always delay, and that is denial of service, not a changed history.
 *
 * Numbers are kept only above the frontier; a snapshot that holds them moves the frontier up and
 * drops the rows below it, so the table stays as small as the history the relay still keeps.
 */
export type Arrival = 'new' | 'duplicate' | 'late' | 'forked' | 'covered';

export interface MissingRange {
  docId: string;
  author: number;
  /** The first and last missing number, inclusive. */
  from: number;
  to: number;
}

export interface HistoryEvent {
  docId: string;
  author: number;
  seq: number;
  kind: 'forked' | 'reordered';
  detectedAt: number;
}

/** Frontier of a snapshot: [author, every number up to this one is held]. */
export type Frontier = Array<readonly [author: number, seq: number]>;

/** The first bytes of an update id: enough to tell a resend from a different entry. */
const ID_PREFIX = 8;
const asBuffer = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export class AuthorSequences {
  private readonly nextStmt: Statement<[string]>;
  private readonly lastStmt: Statement<[string], { last: number }>;
  private readonly frontierStmt: Statement<[string, number], { seq: number }>;
  private readonly seenStmt: Statement<[string, number, number], { id: Buffer }>;
  private readonly laterStmt: Statement<[string, number, number], { n: number }>;
  private readonly insertSeen: Statement<[string, number, number, Buffer]>;
  private readonly insertEvent: Statement<[string, number, number, string, number]>;
  /** Documents whose numbers changed since the last gap check, and what that check found. */
  private readonly dirty = new Set<string>();
  private readonly missingByDoc = new Map<string, MissingRange[]>();
  private checkedAll = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number = Date.now,
  ) {
    this.nextStmt = db.prepare(
      `INSERT INTO sync_author_counter (doc_id, last) VALUES (?, 1)
       ON CONFLICT (doc_id) DO UPDATE SET last = last + 1`,
    );
    this.lastStmt = db.prepare('SELECT last FROM sync_author_counter WHERE doc_id = ?');
    this.frontierStmt = db.prepare(
      'SELECT seq FROM sync_author_frontier WHERE doc_id = ? AND author = ?',
    );
    this.seenStmt = db.prepare(
      'SELECT id FROM sync_author_seen WHERE doc_id = ? AND author = ? AND seq = ?',
    );
    this.laterStmt = db.prepare(
      'SELECT count(*) AS n FROM sync_author_seen WHERE doc_id = ? AND author = ? AND seq > ?',
    );
    this.insertSeen = db.prepare(
      'INSERT INTO sync_author_seen (doc_id, author, seq, id) VALUES (?, ?, ?, ?)',
    );
    this.insertEvent = db.prepare(
      `INSERT OR IGNORE INTO sync_history_events (doc_id, author, seq, kind, detected_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
  }

  // ---- writing -------------------------------------------------------------------------------

  /** This device's next number for a document (persisted before it is used). */
  next(docId: string): number {
    this.nextStmt.run(docId);
    return this.lastGiven(docId);
  }

  lastGiven(docId: string): number {
    return this.lastStmt.get(docId)?.last ?? 0;
  }

  /**
   * What a snapshot of the document written here may claim to hold: for every author, the
   * highest number up to which nothing is missing, and this device's own last number (its own
   * changes are all in its state). Undefined while a number is missing: a snapshot would then
   * hide the gap from everyone who reads it instead of the history.
   */
  frontier(docId: string, me: number): Frontier | undefined {
    const heads = new Map<number, number>();
    for (const r of this.db
      .prepare('SELECT author, seq FROM sync_author_frontier WHERE doc_id = ?')
      .all(docId) as Array<{ author: number; seq: number }>) {
      heads.set(r.author, r.seq);
    }
    const rows = this.db
      .prepare('SELECT author, seq FROM sync_author_seen WHERE doc_id = ? ORDER BY author, seq')
      .all(docId) as Array<{ author: number; seq: number }>;
    for (const r of rows) {
      const head = heads.get(r.author) ?? 0;
      if (r.seq !== head + 1) return undefined;
      heads.set(r.author, r.seq);
    }
    const mine = this.lastGiven(docId);
    if (mine > 0) heads.set(me, Math.max(mine, heads.get(me) ?? 0));
    return [...heads.entries()].filter(([, seq]) => seq > 0).sort((a, b) => a[0] - b[0]);
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Records an update entry's number. `quiet`: the entry waited in quarantine (for its key), so
   * arriving after later numbers says nothing about the relay.
   */
  observe(
    docId: string,
    author: number,
    seq: number,
    updateId: Uint8Array,
    quiet = false,
  ): Arrival {
    const frontier = this.frontierStmt.get(docId, author)?.seq ?? 0;
    if (seq <= frontier) return 'covered';
    const id = asBuffer(updateId.subarray(0, ID_PREFIX));
    const held = this.seenStmt.get(docId, author, seq);
    if (held) {
      if (held.id.equals(id)) return 'duplicate';
      this.insertEvent.run(docId, author, seq, 'forked', this.now());
      return 'forked';
    }
    this.insertSeen.run(docId, author, seq, id);
    this.dirty.add(docId);
    const later = (this.laterStmt.get(docId, author, seq)?.n ?? 0) > 0;
    if (!later) return 'new';
    if (!quiet) this.insertEvent.run(docId, author, seq, 'reordered', this.now());
    return 'late';
  }

  /** A snapshot holds every listed author's numbers up to its frontier. */
  cover(docId: string, frontier: Readonly<Frontier>): void {
    const raise = this.db.prepare(
      `INSERT INTO sync_author_frontier (doc_id, author, seq) VALUES (?, ?, ?)
       ON CONFLICT (doc_id, author) DO UPDATE SET seq = max(seq, excluded.seq)`,
    );
    const drop = this.db.prepare(
      'DELETE FROM sync_author_seen WHERE doc_id = ? AND author = ? AND seq <= ?',
    );
    for (const [author, seq] of frontier) {
      raise.run(docId, author, seq);
      drop.run(docId, author, seq);
    }
    this.dirty.add(docId);
  }

  /** Numbers missing below a later one, per document and author (checked incrementally). */
  missing(ignoreDocs: ReadonlySet<string> = new Set()): MissingRange[] {
    if (!this.checkedAll) {
      for (const r of this.db
        .prepare('SELECT DISTINCT doc_id FROM sync_author_seen')
        .all() as Array<{
        doc_id: string;
      }>) {
        this.dirty.add(r.doc_id);
      }
      this.checkedAll = true;
    }
    for (const docId of this.dirty) {
      const gaps = this.gapsOf(docId);
      if (gaps.length > 0) this.missingByDoc.set(docId, gaps);
      else this.missingByDoc.delete(docId);
    }
    this.dirty.clear();
    return [...this.missingByDoc.values()].flat().filter((g) => !ignoreDocs.has(g.docId));
  }

  events(): HistoryEvent[] {
    return (
      this.db
        .prepare(
          `SELECT doc_id, author, seq, kind, detected_at FROM sync_history_events
           ORDER BY detected_at, doc_id, author, seq`,
        )
        .all() as Array<{
        doc_id: string;
        author: number;
        seq: number;
        kind: 'forked' | 'reordered';
        detected_at: number;
      }>
    ).map((r) => ({
      docId: r.doc_id,
      author: r.author,
      seq: r.seq,
      kind: r.kind,
      detectedAt: r.detected_at,
    }));
  }

  /** The person has seen the events (they stay in the log until dismissed). */
  dismissEvents(): void {
    this.db.prepare('DELETE FROM sync_history_events').run();
  }

  private gapsOf(docId: string): MissingRange[] {
    const frontiers = new Map<number, number>();
    for (const r of this.db
      .prepare('SELECT author, seq FROM sync_author_frontier WHERE doc_id = ?')
      .all(docId) as Array<{ author: number; seq: number }>) {
      frontiers.set(r.author, r.seq);
    }
    const gaps: MissingRange[] = [];
    let author = -1;
    let head = 0;
    for (const r of this.db
      .prepare('SELECT author, seq FROM sync_author_seen WHERE doc_id = ? ORDER BY author, seq')
      .all(docId) as Array<{ author: number; seq: number }>) {
      if (r.author !== author) {
        author = r.author;
        head = frontiers.get(author) ?? 0;
      }
      if (r.seq > head + 1) gaps.push({ docId, author, from: head + 1, to: r.seq - 1 });
      head = r.seq;
    }
    return gaps;
  }
}
