import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type SqliteDatabase } from '../../electron/core/store';
import { AuthorSequences } from '../../electron/core/sync/author-sequences';
import { tempDir } from './support/harness';

const id = (n: number): Uint8Array => new Uint8Array(16).fill(n);

describe("a device's check of each author's numbered history", () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;
  let seqs: AuthorSequences;

  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
    migrate(db);
    seqs = new AuthorSequences(db, () => 1000);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('migration 0008 keeps the numbers of earlier outbox rows unset and adds the tables', () => {
    const fresh = openDatabase(join(tmp.dir, 'older.sqlite'));
    migrate(fresh, 7);
    fresh
      .prepare(
        "INSERT INTO sync_outbox (doc_id, kind, key_id, blob, created_at) VALUES ('d', 'update', 'k', x'00', 0)",
      )
      .run();
    expect(migrate(fresh, 8)).toBe(8);
    expect(fresh.prepare('SELECT author_seq FROM sync_outbox').get()).toEqual({ author_seq: null });
    expect(() =>
      fresh
        .prepare(
          "INSERT INTO sync_history_events (doc_id, author, seq, kind, detected_at) VALUES ('d', 1, 1, 'lost', 0)",
        )
        .run(),
    ).toThrow();
    fresh.close();
  });

  it('gives each document its own numbers, from 1, and keeps them across restarts', () => {
    expect([seqs.next('a'), seqs.next('a'), seqs.next('b')]).toEqual([1, 2, 1]);
    expect(new AuthorSequences(db).next('a')).toBe(3);
  });

  it('finds nothing missing in a history that arrives in order', () => {
    for (let n = 1; n <= 5; n++) expect(seqs.observe('doc', 7, n, id(n))).toBe('new');
    expect(seqs.missing()).toEqual([]);
    expect(seqs.events()).toEqual([]);
  });

  it('names the numbers withheld below a later one, and forgets them once they arrive', () => {
    seqs.observe('doc', 7, 1, id(1));
    seqs.observe('doc', 7, 4, id(4));
    seqs.observe('doc', 3, 2, id(9));
    expect(seqs.missing()).toEqual([
      { docId: 'doc', author: 3, from: 1, to: 1 },
      { docId: 'doc', author: 7, from: 2, to: 3 },
    ]);
    expect(seqs.missing(new Set(['doc']))).toEqual([]);
    expect(seqs.observe('doc', 7, 2, id(2))).toBe('late');
    expect(seqs.observe('doc', 7, 3, id(3))).toBe('late');
    expect(seqs.observe('doc', 3, 1, id(8))).toBe('late');
    expect(seqs.missing()).toEqual([]);
    expect(seqs.events().map((e) => [e.author, e.seq, e.kind])).toEqual([
      [3, 1, 'reordered'],
      [7, 2, 'reordered'],
      [7, 3, 'reordered'],
    ]);
  });

  it('takes a resend for what it is and a second content under one number for a fork', () => {
    seqs.observe('doc', 7, 1, id(1));
    expect(seqs.observe('doc', 7, 1, id(1))).toBe('duplicate');
    expect(seqs.observe('doc', 7, 1, id(2))).toBe('forked');
    expect(seqs.events()).toEqual([
      { docId: 'doc', author: 7, seq: 1, kind: 'forked', detectedAt: 1000 },
    ]);
    seqs.dismissEvents();
    expect(seqs.events()).toEqual([]);
  });

  it('does not count an entry that waited for its key as reordered by the relay', () => {
    seqs.observe('doc', 7, 2, id(2));
    expect(seqs.observe('doc', 7, 1, id(1), true)).toBe('late');
    expect(seqs.events()).toEqual([]);
  });

  it("takes a snapshot's frontier as holding every number up to it", () => {
    seqs.observe('doc', 7, 1, id(1));
    seqs.observe('doc', 7, 5, id(5));
    seqs.cover('doc', [[7, 4]]);
    expect(seqs.missing()).toEqual([]);
    expect(seqs.observe('doc', 7, 3, id(3))).toBe('covered');
    expect(seqs.observe('doc', 7, 7, id(7))).toBe('new');
    expect(seqs.missing()).toEqual([{ docId: 'doc', author: 7, from: 6, to: 6 }]);
  });

  it('writes a snapshot frontier only while nothing is missing, with its own last number', () => {
    seqs.next('doc');
    seqs.next('doc');
    seqs.observe('doc', 7, 1, id(1));
    seqs.observe('doc', 7, 2, id(2));
    seqs.cover('doc', [[4, 10]]);
    expect(seqs.frontier('doc', 1)).toEqual([
      [1, 2],
      [4, 10],
      [7, 2],
    ]);
    seqs.observe('doc', 7, 4, id(4));
    expect(seqs.frontier('doc', 1)).toBeUndefined();
  });

  it('checks only documents that changed since the last check', () => {
    seqs.observe('a', 7, 2, id(2));
    expect(seqs.missing()).toHaveLength(1);
    // Rows changed behind its back are not re-read until the document is touched again.
    db.prepare('DELETE FROM sync_author_seen').run();
    expect(seqs.missing()).toHaveLength(1);
    seqs.observe('a', 7, 1, id(1));
    expect(seqs.missing()).toEqual([]);
  });
});
