import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EntryKind,
  PullFlags,
  type ClientFrame,
  type ScopeInfo,
  type StoredEntry,
} from '../../shared/sync';
import type { LocalSyncState } from '../../electron/core/sync/local-state';
import { Pulls } from '../../electron/core/sync/pulls';
import { syncNotebook } from './support/notebook';

const scope = (scopeId: string): ScopeInfo => ({
  scopeId,
  owner: 1,
  includeSupervisors: true,
  members: [],
});
const entry = (seq: number): StoredEntry => ({
  kind: EntryKind.Update,
  docId: 'doc',
  scopeId: 'case-1',
  updateId: new Uint8Array(16).fill(seq),
  keyId: 'k1',
  aux: 0,
  sig: new Uint8Array(64),
  body: new Uint8Array(0),
  seq,
  author: 2,
});

describe('pulling from the relay', () => {
  let notebook: ReturnType<typeof syncNotebook>;
  let local: LocalSyncState;
  let sent: Array<Extract<ClientFrame, { t: 'pull' }>>;
  let pulls: Pulls;
  let nextId: number;
  const lastId = (): number => sent[sent.length - 1]?.requestId ?? -1;

  beforeEach(() => {
    notebook = syncNotebook();
    local = notebook.local;
    sent = [];
    nextId = 1;
    pulls = new Pulls({
      db: notebook.db,
      local,
      keys: { scopeOf: (docId) => (docId === 'doc' ? 'case-1' : undefined) },
      cursorName: 'cursor:team',
      send: (frame) => {
        if (frame.t === 'pull') sent.push(frame);
      },
      nextRequestId: () => nextId++,
    });
  });
  afterEach(() => notebook.close());

  it('asks for everything after the cursor, with its own entries when it starts from zero', () => {
    pulls.startMain(false);
    expect(sent[0]).toEqual({
      t: 'pull',
      requestId: 1,
      cursor: 0,
      scopeId: '',
      flags: PullFlags.includeOwn,
    });
    local.setState('cursor:team', '40');
    pulls.startMain(false);
    expect(sent[1]).toMatchObject({ cursor: 40, flags: 0 });
  });

  it('only peeks under the data saver, and the peek holds "up to date" back like the pull', () => {
    pulls.startMain(true);
    expect(sent[0]?.flags).toBe(PullFlags.includeOwn | PullFlags.peek);
    expect(pulls.caughtUp).toBe(false);
    expect(pulls.kindOf(1)).toBe('peek');
    expect(pulls.mainPending()).toBe(true);
  });

  it('moves the cursor with the main pull and live entries, never with a backfill', () => {
    const applied: number[] = [];
    pulls.startMain(false);
    pulls.receive(1, [entry(5), entry(3)], (e) => applied.push(e.seq));
    expect(pulls.cursor).toBe(5);
    pulls.receive(0, [entry(9)], (e) => applied.push(e.seq));
    expect(pulls.cursor).toBe(9);
    pulls.refetch([{ docId: 'doc', author: 2, from: 1, to: 1 }]);
    pulls.receive(lastId(), [entry(20)], (e) => applied.push(e.seq));
    expect(pulls.cursor).toBe(9);
    expect(applied).toEqual([5, 3, 9, 20]);
  });

  it("takes the relay's cursor at the end of the main pull, if it is further", () => {
    pulls.startMain(false);
    expect(pulls.synced(1, 77, true)).toBe(true);
    expect(pulls.cursor).toBe(77);
    expect(pulls.caughtUp).toBe(true);
    expect(pulls.open).toBe(0);
  });

  it('ignores the end of a pull it did not ask for', () => {
    expect(pulls.synced(42, 100, true)).toBe(false);
    expect(pulls.cursor).toBe(0);
  });

  it('marks every listed scope seen after a pull from zero', () => {
    pulls.scopes([scope('a'), scope('b')], true);
    pulls.startMain(false);
    pulls.synced(1, 10, true);
    expect(local.scopeSeen('a') && local.scopeSeen('b')).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('backfills a scope it never downloaded once the main pull is done, once', () => {
    local.setState('cursor:team', '50');
    pulls.scopes([scope('new')], true);
    expect(sent).toEqual([]);
    pulls.startMain(false);
    pulls.synced(1, 60, true);
    expect(sent[1]).toEqual({ t: 'pull', requestId: 2, cursor: 0, scopeId: 'new', flags: 0 });
    pulls.scopes([scope('new')], true);
    expect(sent).toHaveLength(2);
    pulls.synced(2, 0, true);
    expect(local.scopeSeen('new')).toBe(true);
  });

  it('merges the pages of a scope list before acting on it', () => {
    expect(pulls.scopesPage([scope('a')], true)).toBeUndefined();
    expect(pulls.scopesPage([scope('b')], false)?.map((s) => s.scopeId)).toEqual(['a', 'b']);
    expect(pulls.scopesPage([scope('c')])?.map((s) => s.scopeId)).toEqual(['c']);
  });

  it('refetches the scope of a missing number once per connection', () => {
    const gap = { docId: 'doc', author: 2, from: 3, to: 4 };
    pulls.refetch([gap, { ...gap, docId: 'unknown' }]);
    pulls.refetch([gap]);
    expect(sent.map((p) => p.scopeId)).toEqual(['case-1']);
    pulls.reset();
    pulls.refetch([gap]);
    expect(sent.map((p) => p.scopeId)).toEqual(['case-1', 'case-1']);
  });
});
