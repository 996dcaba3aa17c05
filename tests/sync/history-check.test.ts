import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryKind, type StoredEntry } from '../../shared/sync';
import { migrate, openDatabase, type SqliteDatabase } from '../../electron/core/store';
import { AuthorSequences } from '../../electron/core/sync/author-sequences';
import type { HistoryCheck } from '../../electron/core/sync/client-types';
import { HistoryWatch } from '../../electron/core/sync/history-check';
import { tempDir } from './support/harness';

const entry = (author: number, n: number): StoredEntry => ({
  kind: EntryKind.Update,
  docId: 'doc',
  scopeId: 'case-1',
  updateId: new Uint8Array(16).fill(n),
  keyId: 'k1',
  aux: 0,
  sig: new Uint8Array(64),
  body: new Uint8Array(0),
  seq: n,
  author,
});

describe('the history check on top of the author numbers', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: SqliteDatabase;
  let reports: HistoryCheck[];
  let refetched: string[][];
  let watch: HistoryWatch;
  const check = (ignore: string[] = []): void =>
    watch.check(new Set(ignore), (missing) => refetched.push(missing.map((m) => m.docId)));

  beforeEach(() => {
    tmp = tempDir();
    db = openDatabase(join(tmp.dir, 'notebook.sqlite'));
    migrate(db);
    reports = [];
    refetched = [];
    watch = new HistoryWatch(new AuthorSequences(db, () => 1000), (c) => reports.push(c));
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('reports a withheld number once, and again when it arrives', () => {
    watch.note(entry(2, 1), { seq: 1 }, 1, false);
    watch.note(entry(2, 3), { seq: 3 }, 1, false);
    check();
    check();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.missing).toEqual([{ docId: 'doc', author: 2, from: 2, to: 2 }]);
    watch.note(entry(2, 2), { seq: 2 }, 1, false);
    check();
    expect(reports).toHaveLength(2);
    expect(watch.history().missing).toEqual([]);
  });

  it('asks for the missing numbers before it reports them', () => {
    watch.note(entry(2, 1), { seq: 1 }, 1, false);
    watch.note(entry(2, 3), { seq: 3 }, 1, false);
    check();
    expect(refetched).toEqual([['doc']]);
  });

  it('leaves out documents with quarantined entries, whose numbers may be waiting there', () => {
    watch.note(entry(2, 3), { seq: 3 }, 1, false);
    check(['doc']);
    expect(reports).toEqual([]);
    expect(watch.history().missing).toEqual([]);
  });

  it("does not check this device's own numbers", () => {
    watch.note(entry(1, 5), { seq: 5 }, 1, false);
    check();
    expect(watch.history().missing).toEqual([]);
  });

  it("takes a snapshot's frontier as covering the numbers below it", () => {
    watch.note(entry(2, 1), { frontier: [[2, 4]] }, 1, false);
    watch.note(entry(2, 6), { seq: 6 }, 1, false);
    check();
    expect(watch.history().missing).toEqual([{ docId: 'doc', author: 2, from: 5, to: 5 }]);
  });

  it('does nothing when numbering is off', () => {
    const off = new HistoryWatch(new AuthorSequences(db), (c) => reports.push(c), false);
    off.note(entry(2, 3), { seq: 3 }, 1, false);
    off.check(new Set(), () => undefined);
    expect(reports).toEqual([]);
  });
});
