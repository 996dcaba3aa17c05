import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CaseDocument } from '../../../electron/core/records/case-document';
import {
  addMemberRecord,
  chooseMemberField,
  readHousehold,
  writeMemberFields,
  type MemberPatch,
} from '../../../electron/core/records/household-document';

/**
 * Two laptops change the same household member while apart (issue #13, items 3 and 8): both
 * values are kept with who and when until a person chooses, whatever order the updates arrive
 * in, and a removal made apart from an edit loses neither.
 */
const MEMBER = 'm1';
const ADDED = '2026-11-01T09:00:00.000Z';

function makeBase(): Uint8Array {
  const doc = new Y.Doc();
  const c = new CaseDocument(doc);
  doc.transact(() => {
    addMemberRecord(c, { id: MEMBER, addedBy: 'counselor', addedAt: ADDED });
    writeMemberFields(
      c,
      MEMBER,
      { alias: 'Adik', relation: 'child', needs: ['schooling'] },
      'counselor',
      ADDED,
    );
  });
  return Y.encodeStateAsUpdate(doc);
}
/** One base every laptop starts from (made once: each making is a new writer). */
const BASE = makeBase();

/** A laptop from the shared base that makes one change and records its update. */
function laptop(change: (c: CaseDocument) => void): { doc: Y.Doc; update: Uint8Array } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, BASE);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(new CaseDocument(doc)));
  return { doc, update: Y.encodeStateAsUpdate(doc, before) };
}

const write = (patch: MemberPatch, by: string, at: string) => (c: CaseDocument) =>
  writeMemberFields(c, MEMBER, patch, by, at);

function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((item, i) =>
    permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A fresh replica given the base and then the updates in this order. */
function deliver(updates: readonly Uint8Array[]): CaseDocument {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, BASE);
  for (const update of updates) Y.applyUpdate(doc, update);
  return new CaseDocument(doc);
}

const only = (c: CaseDocument) => {
  const [view] = readHousehold(c);
  if (!view) throw new Error('one member expected');
  return view;
};

describe('a household member changed on two laptops while apart', () => {
  it('keeps both aliases with who and when, in every order of delivery, until a person chooses', () => {
    const a = laptop(write({ alias: 'Adik Rina' }, 'counselor', '2026-11-02T08:00:00.000Z'));
    const b = laptop(write({ alias: 'Si Kecil' }, 'supervisor', '2026-11-02T09:00:00.000Z'));
    const c = laptop(
      write({ needs: ['schooling', 'health'] }, 'counselor', '2026-11-02T10:00:00.000Z'),
    );
    const seen = new Set<string>();
    for (const order of permutations([a.update, b.update, c.update])) {
      const view = only(deliver(order));
      expect(view.conflicts.map((x) => x.field)).toEqual(['alias']);
      expect(view.conflicts[0]?.versions).toEqual([
        { value: 'Si Kecil', by: 'supervisor', at: '2026-11-02T09:00:00.000Z' },
        { value: 'Adik Rina', by: 'counselor', at: '2026-11-02T08:00:00.000Z' },
      ]);
      // A change to another field merges without a conflict.
      expect(view.member.needs).toEqual(['schooling', 'health']);
      seen.add(JSON.stringify(view));
    }
    expect(seen.size).toBe(1);

    const merged = deliver([a.update, b.update]);
    const unchanged = Y.encodeStateVector(merged.doc);
    // Saving a form as shown resolves nothing (and writes nothing).
    merged.doc.transact(() =>
      writeMemberFields(
        merged,
        MEMBER,
        { alias: 'Si Kecil' },
        'counselor',
        '2026-11-03T00:00:00.000Z',
      ),
    );
    expect(Y.encodeStateVector(merged.doc)).toEqual(unchanged);
    merged.doc.transact(() =>
      chooseMemberField(
        merged,
        MEMBER,
        'alias',
        'Adik Rina',
        'counselor',
        '2026-11-03T00:00:00.000Z',
      ),
    );
    const chosen = only(merged);
    expect(chosen.conflicts).toEqual([]);
    expect(chosen.member.alias).toBe('Adik Rina');
  });

  it('a removal apart from an edit keeps the edit, shows the member as removed and changed since', () => {
    const removal = laptop(
      write(
        { removed: { by: 'supervisor', at: '2026-11-02T08:00:00.000Z' } },
        'supervisor',
        '2026-11-02T08:00:00.000Z',
      ),
    );
    const edit = laptop(
      write(
        { needsNote: 'Perlu kartu BPJS', needs: ['health'] },
        'counselor',
        '2026-11-02T09:00:00.000Z',
      ),
    );
    for (const order of permutations([removal.update, edit.update])) {
      const view = only(deliver(order));
      expect(view.member.removed).toEqual({ by: 'supervisor', at: '2026-11-02T08:00:00.000Z' });
      expect(view.member).toMatchObject({ needsNote: 'Perlu kartu BPJS', needs: ['health'] });
      expect(view.changedAfterRemoval).toBe(true);
    }
  });

  it('two removals apart are one removal, the earlier; a restore apart from a removal is kept as a conflict', () => {
    const first = laptop(
      write(
        { removed: { by: 'a', at: '2026-11-02T08:00:00.000Z' } },
        'a',
        '2026-11-02T08:00:00.000Z',
      ),
    );
    const second = laptop(
      write(
        { removed: { by: 'b', at: '2026-11-02T09:00:00.000Z' } },
        'b',
        '2026-11-02T09:00:00.000Z',
      ),
    );
    const both = only(deliver([second.update, first.update]));
    expect(both.conflicts).toEqual([]);
    expect(both.member.removed).toEqual({ by: 'a', at: '2026-11-02T08:00:00.000Z' });

    // Removed on one laptop, then restored there; removed again apart on the other.
    const removedThenRestored = laptop((c) => {
      writeMemberFields(
        c,
        MEMBER,
        { removed: { by: 'a', at: '2026-11-02T08:00:00.000Z' } },
        'a',
        '2026-11-02T08:00:00.000Z',
      );
      writeMemberFields(c, MEMBER, { removed: null }, 'a', '2026-11-02T10:00:00.000Z');
    });
    const view = only(deliver([removedThenRestored.update, second.update]));
    expect(view.conflicts.map((x) => x.field)).toEqual(['removed']);
  });
});
