import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MultiValueRegister } from '../../../electron/core/review';

/** Two devices holding one case document, edited apart and then synced both ways. */
function twoDevices(): { one: Y.Doc; two: Y.Doc; sync: () => void } {
  const one = new Y.Doc();
  const two = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one, Y.encodeStateVector(two)));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two, Y.encodeStateVector(one)));
  };
  return { one, two, sync };
}

const reg = (doc: Y.Doc) => new MultiValueRegister(doc, 'caseStatus');

describe('a multi-value register for fields a person must reconcile', () => {
  it('keeps a single value when edits follow one another', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('open', 'u-counselor', '2026-01-01T09:00:00Z');
    sync();
    reg(two).set('referred', 'u-supervisor', '2026-01-02T09:00:00Z');
    sync();
    for (const doc of [one, two]) {
      expect(reg(doc).state()).toMatchObject({ value: 'referred', conflict: false });
      expect(reg(doc).values()).toHaveLength(1);
    }
  });

  it('keeps both values, with who and when, when two people set it apart', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('open', 'u-counselor', '2026-01-01T09:00:00Z');
    sync();
    reg(one).set('closed', 'u-counselor', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-supervisor', '2026-01-02T09:00:00Z');
    sync();
    for (const doc of [one, two]) {
      const state = reg(doc).state();
      expect(state.conflict).toBe(true);
      expect(state.value).toBeUndefined();
      expect(state.values).toEqual([
        { value: 'closed', by: 'u-counselor', at: '2026-01-03T09:00:00Z' },
        { value: 'referred', by: 'u-supervisor', at: '2026-01-02T09:00:00Z' },
      ]);
    }
  });

  it('keeps both values when the register was empty on both sides', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('closed', 'u-a', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-b', '2026-01-02T09:00:00Z');
    sync();
    expect(
      reg(one)
        .state()
        .values.map((v) => v.value),
    ).toEqual(['closed', 'referred']);
  });

  it('counts the same person on two devices as two writers', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('closed', 'u-a', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-a', '2026-01-02T09:00:00Z');
    sync();
    expect(reg(one).state().conflict).toBe(true);
  });

  it('resolves when someone chooses, and logs what the choice replaced', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('closed', 'u-a', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-b', '2026-01-02T09:00:00Z');
    sync();
    reg(two).choose('referred', 'u-b', '2026-01-04T09:00:00Z');
    sync();
    for (const doc of [one, two]) {
      expect(reg(doc).state()).toMatchObject({ value: 'referred', conflict: false });
      const [choice] = reg(doc).choices();
      expect(choice?.replaced.map((v) => v.value).sort()).toEqual(['closed', 'referred']);
    }
  });

  it('keeps a value set apart while someone else was choosing', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('closed', 'u-a', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-b', '2026-01-02T09:00:00Z');
    sync();
    reg(two).choose('referred', 'u-b', '2026-01-04T09:00:00Z');
    reg(one).choose('open', 'u-a', '2026-01-04T10:00:00Z');
    sync();
    expect(reg(one).state().conflict).toBe(true);
    expect(
      reg(one)
        .state()
        .values.map((v) => v.value),
    ).toEqual(['open', 'referred']);
  });

  it('treats a plain set during a conflict as a logged choice', () => {
    const { one, two, sync } = twoDevices();
    reg(one).set('closed', 'u-a', '2026-01-03T09:00:00Z');
    reg(two).set('referred', 'u-b', '2026-01-02T09:00:00Z');
    sync();
    reg(one).set('open', 'u-a', '2026-01-05T09:00:00Z');
    expect(reg(one).state()).toMatchObject({ value: 'open', conflict: false });
    expect(reg(one).choices()).toHaveLength(1);
  });
});
