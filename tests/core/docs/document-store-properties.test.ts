import fc from 'fast-check';
import { join } from 'node:path';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../../electron/core/crypto';
import { DocumentStore } from '../../../electron/core/docs';
import { Store } from '../../../electron/core/store';
import { TestKeys } from '../store/support/keys';
import { tempDir } from '../store/support/temp';

/*
 * Issue #15, item 6: the encrypted document store, with compaction folding its log at any moment,
 * reaches the same document whatever order updates arrive in and however often they repeat (sync
 * delivers late, twice, or out of order; a device restarts in between).
 */

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'set'; key: string; value: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom('a', 'b', 'c'),
    value: fc.nat(),
  }),
);

/** Several devices, each editing its own copy after seeing some of the others' updates. */
function updatesOf(devices: Edit[][]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const docs = devices.map((_, i) => {
    const doc = new Y.Doc();
    doc.clientID = i + 1;
    return doc;
  });
  const longest = Math.max(...devices.map((d) => d.length));
  for (let step = 0; step < longest; step++) {
    devices.forEach((edits, i) => {
      const e = edits[step];
      const doc = docs[i] as Y.Doc;
      if (!e) return;
      // Now and then a device catches up with everything written so far before editing.
      if (step % 3 === i % 3) for (const u of updates) Y.applyUpdate(doc, u);
      const before = Y.encodeStateVector(doc);
      const text = doc.getText('note');
      if (e.kind === 'insert') text.insert(e.at % (text.length + 1), e.text);
      else if (e.kind === 'delete' && text.length > 0) {
        const at = e.at % text.length;
        text.delete(at, Math.min(e.length, text.length - at));
      } else if (e.kind === 'set') doc.getMap('details').set(e.key, e.value);
      const update = Y.encodeStateAsUpdate(doc, before);
      if (update.length > 2) updates.push(update);
    });
  }
  return updates;
}

type Step = { kind: 'deliver'; which: number } | { kind: 'compact' } | { kind: 'reopen' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.nat().map((which) => ({ kind: 'deliver' as const, which })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'compact' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
);

const state = (doc: Y.Doc): unknown => ({
  note: doc.getText('note').toString(),
  details: doc.getMap('details').toJSON(),
});

describe('the document store under any delivery', () => {
  beforeAll(initSodium);

  it('reaches the same document in any order, with duplicates, compactions and restarts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        fc.array(step, { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (devices, steps, maxUpdates) => {
          const updates = updatesOf(devices);
          const expected = new Y.Doc();
          for (const u of updates) Y.applyUpdate(expected, u);

          const tmp = tempDir();
          const keys = new TestKeys();
          const file = join(tmp.dir, 'notebook.sqlite');
          const compaction = { maxUpdates, onCloseMinUpdates: maxUpdates };
          let store = Store.open(file, keys);
          let docs = new DocumentStore(store, { compaction });
          const reopen = (): void => {
            docs.closeAll();
            store.close();
            store = Store.open(file, keys);
            docs = new DocumentStore(store, { compaction });
          };
          try {
            for (const s of steps) {
              if (s.kind === 'deliver' && updates.length > 0) {
                docs.applyUpdate('sesi', updates[s.which % updates.length] as Uint8Array);
              } else if (s.kind === 'compact') docs.compact('sesi');
              else if (s.kind === 'reopen') reopen();
            }
            // Then everything, in reverse: whatever arrived already arrives again.
            for (const u of [...updates].reverse()) docs.applyUpdate('sesi', u);
            expect(state(docs.open('sesi'))).toEqual(state(expected));
            reopen();
            expect(state(docs.open('sesi'))).toEqual(state(expected));
          } finally {
            docs.closeAll();
            store.close();
            tmp.cleanup();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
