import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ClientFrame, type OutEntry } from '../../shared/sync';
import { initSodium, randomBytes } from '../../electron/core/crypto';
import { AuthorSequences } from '../../electron/core/sync/author-sequences';
import { openPayload } from '../../electron/core/sync/envelope';
import type { LocalSyncState } from '../../electron/core/sync/local-state';
import type { InFlight } from '../../electron/core/sync/push';
import { Snapshots } from '../../electron/core/sync/snapshots';
import { generateSecrets } from '../../electron/core/vault/secrets';
import type { AccountSecrets } from '../../electron/core/vault';
import { oneCaseKey, syncNotebook } from './support/notebook';

const teamId = new Uint8Array(16).fill(5);
let me: AccountSecrets;
beforeAll(async () => {
  await initSodium();
  me = generateSecrets();
});

describe('writing snapshots', () => {
  let notebook: ReturnType<typeof syncNotebook>;
  let local: LocalSyncState;
  let keys: ReturnType<typeof oneCaseKey>;
  let sequences: AuthorSequences;
  let inflight: Map<string, InFlight>;
  let sent: OutEntry[];
  let state: Uint8Array;
  const snapshots = (): Snapshots =>
    new Snapshots(
      {
        local,
        keys,
        teamId,
        signKey: me.signKeyPair.privateKey,
        sequences,
        inflight: () => inflight,
        send: (frame: ClientFrame) => {
          if (frame.t === 'push') sent.push(...frame.entries);
        },
        frameBytes: 4000,
      },
      { snapshotOf: () => state, snapshotAfter: { entries: 3, bytes: 1 << 20 }, pad: false },
    );
  /** `n` entries of `docId` seen from member 2, numbered 1..n. */
  const seen = (docId: string, n: number): void => {
    for (let i = 1; i <= n; i++) {
      local.noteEntry(docId, i, 10, false);
      sequences.observe(docId, 2, i, new Uint8Array(16).fill(i));
    }
  };

  beforeEach(() => {
    notebook = syncNotebook();
    local = notebook.local;
    keys = oneCaseKey();
    sequences = new AuthorSequences(notebook.db);
    inflight = new Map();
    sent = [];
    state = new Uint8Array([9, 9, 9]);
  });
  afterEach(() => notebook.close());

  it('writes one when enough entries of a document were seen, covering the cursor', () => {
    seen('doc-a', 2);
    snapshots().write(40, 1);
    expect(sent).toEqual([]);
    seen('doc-a', 3);
    snapshots().write(40, 1);
    expect(sent).toHaveLength(1);
    const entry = sent[0] as OutEntry;
    expect(entry).toMatchObject({ docId: 'doc-a', aux: 40 });
    expect(openPayload(entry.body, entry, keys.key)).toEqual({
      data: state,
      sequence: { frontier: [[2, 3]] },
    });
    expect([...inflight.values()]).toEqual([{ snapshotOf: 'doc-a' }]);
  });

  it('writes none while one of the document is in flight', () => {
    seen('doc-a', 3);
    const s = snapshots();
    s.write(40, 1);
    s.write(40, 1);
    expect(sent).toHaveLength(1);
  });

  it('writes none while an author number is missing, which it would hide', () => {
    seen('doc-a', 3);
    sequences.observe('doc-a', 2, 5, new Uint8Array(16).fill(5));
    snapshots().write(40, 1);
    expect(sent).toEqual([]);
  });

  it('writes none before the cursor has moved, or without a case key', () => {
    seen('doc-a', 3);
    seen('other', 3);
    snapshots().write(0, 1);
    expect(sent).toEqual([]);
    snapshots().write(7, 1);
    expect(sent.map((e) => e.docId)).toEqual(['doc-a']);
  });

  it('gives up on a snapshot too large for a frame until many more entries arrive', () => {
    seen('doc-a', 3);
    state = randomBytes(5000);
    snapshots().write(40, 1);
    expect(sent).toEqual([]);
    expect(local.snapshotDue(3, 1 << 20)).toEqual([]);
  });
});
