import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FieldRegisters } from '../../../electron/core/records/field-register';

/**
 * Property tests for the conflict-keeping fields (issue #13, item 8), with a seeded generator
 * (fast-check is not installed): replicas write while apart, the updates are delivered in random
 * orders (each replica's own updates interleaved with the others', out of order too: Yjs holds
 * what it cannot apply yet), and every replica must end with the same versions kept.
 */

/** mulberry32: small, seeded, good enough to shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(rnd() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};

function shuffle<T>(rnd: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function permutations<T>(list: readonly T[]): T[][] {
  if (list.length <= 1) return [[...list]];
  return list.flatMap((item, i) =>
    permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

interface Replica {
  doc: Y.Doc;
  /** Every update this replica made itself, in order. */
  own: Uint8Array[];
}

/** Replicas of one document, each starting from the same base state. */
function replicas(count: number, base?: (doc: Y.Doc) => void): Replica[] {
  const origin = new Y.Doc();
  base?.(origin);
  const state = Y.encodeStateAsUpdate(origin);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const replica: Replica = { doc, own: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') replica.own.push(update);
    });
    return replica;
  });
}

const deliver = (to: Replica, updates: readonly Uint8Array[]): void => {
  for (const update of updates) Y.applyUpdate(to.doc, update, 'remote');
};

/** Every replica gets every other replica's updates, in an order the generator chooses. */
function deliverAll(rnd: () => number, all: readonly Replica[]): void {
  const sent = all.map((r) => [...r.own]);
  all.forEach((to, i) => {
    const others = sent.flatMap((updates, j) => (j === i ? [] : updates));
    deliver(to, shuffle(rnd, others));
  });
}

/** What a replica keeps, in a form two replicas can be compared by. */
const kept = (doc: Y.Doc) => ({
  fields: [...new FieldRegisters(doc).all()].sort(([a], [b]) => (a < b ? -1 : 1)),
  choices: new FieldRegisters(doc).choices(),
});

const FIELDS = ['tick:1.1', 'risk:q1WishDead', 'detail:channel'] as const;
const VALUES: Record<(typeof FIELDS)[number], unknown[]> = {
  'tick:1.1': [true, false],
  'risk:q1WishDead': ['yes', 'no', null],
  'detail:channel': ['chat', 'videoCall', 'faceToFace'],
};
const PEOPLE = ['u-rina', 'u-budi', 'u-sari'];

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();

describe('conflict-keeping fields under any order of delivery', () => {
  it('end with the same versions on every replica, whatever order the updates arrive in', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed);
      const count = 2 + Math.floor(rnd() * 2);
      const all = replicas(count, (doc) => {
        if (rnd() < 0.5) new FieldRegisters(doc).write('tick:1.1', false, 'u-rina', at(0));
      });
      // Writes while apart: the last value each replica wrote per field is what it holds.
      const last = new Map<string, Map<number, unknown>>();
      let minute = 1;
      all.forEach((replica, i) => {
        const writes = Math.floor(rnd() * 4);
        for (let w = 0; w < writes; w++) {
          const field = pick(rnd, FIELDS);
          const value = pick(rnd, VALUES[field]);
          // Setting the one value it holds is no change: it writes nothing and replaces nothing.
          const held = new FieldRegisters(replica.doc).versions(field);
          if (held.length === 1 && JSON.stringify(held[0]?.value) === JSON.stringify(value)) {
            continue;
          }
          replica.doc.transact(() =>
            new FieldRegisters(replica.doc).write(field, value, pick(rnd, PEOPLE), at(minute++)),
          );
          const byReplica = last.get(field) ?? new Map<number, unknown>();
          byReplica.set(i, value);
          last.set(field, byReplica);
        }
      });
      deliverAll(rnd, all);

      const first = kept(all[0]?.doc ?? new Y.Doc());
      for (const replica of all) expect(kept(replica.doc), `seed ${seed}`).toEqual(first);
      // Each replica that wrote a field apart keeps its last value there; nothing else is kept.
      for (const [field, byReplica] of last) {
        const values = new FieldRegisters(all[0]?.doc ?? new Y.Doc())
          .versions(field)
          .map((v) => JSON.stringify(v.value))
          .sort();
        const expected = [...byReplica.values()].map((v) => JSON.stringify(v)).sort();
        expect(values, `seed ${seed}, ${field}`).toEqual(expected);
      }
    }
  });

  it('converges under every permutation of three replicas’ updates', () => {
    const all = replicas(3);
    all.forEach((replica, i) => {
      for (let w = 0; w < 2; w++) {
        new FieldRegisters(replica.doc).write(
          'tick:1.1',
          (i + w) % 2 === 0,
          PEOPLE[i] ?? 'u-x',
          at(i * 2 + w),
        );
      }
    });
    const states: unknown[] = [];
    for (const order of permutations(all.flatMap((r) => r.own))) {
      const doc = new Y.Doc();
      for (const update of order) Y.applyUpdate(doc, update, 'remote');
      states.push(kept(doc));
    }
    expect(new Set(states.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(states[0]).toMatchObject({
      fields: [['tick:1.1', expect.arrayContaining([expect.anything()])]],
    });
    const [[, versions = []] = []] = (states[0] as ReturnType<typeof kept>).fields;
    expect(versions.map((v) => v.by).sort()).toEqual(['u-budi', 'u-rina', 'u-sari']);
  });

  it('keeps both values until someone chooses, and a choice on one replica resolves it everywhere', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(1000 + seed);
      const all = replicas(2 + Math.floor(rnd() * 2));
      const field = pick(rnd, FIELDS);
      const values = shuffle(rnd, VALUES[field]);
      all.forEach((replica, i) =>
        new FieldRegisters(replica.doc).write(
          field,
          values[i % values.length],
          pick(rnd, PEOPLE),
          at(i),
        ),
      );
      deliverAll(rnd, all);
      for (const replica of all) {
        const state = new FieldRegisters(replica.doc).state(field);
        expect(state.conflict, `seed ${seed}`).toBe(true);
        expect(state.versions).toHaveLength(all.length);
      }

      const chooser = pick(rnd, all);
      const chosen = pick(rnd, new FieldRegisters(chooser.doc).versions(field)).value;
      for (const r of all) r.own.length = 0;
      new FieldRegisters(chooser.doc).choose(field, chosen, 'u-sari', at(30));
      deliverAll(rnd, all);
      for (const replica of all) {
        const registers = new FieldRegisters(replica.doc);
        expect(registers.state(field), `seed ${seed}`).toEqual({
          conflict: false,
          versions: [{ value: chosen, by: 'u-sari', at: at(30) }],
        });
        const [choice] = registers.choices();
        expect(choice?.replaced).toHaveLength(all.length);
      }
    }
  });

  it('never shows a conflict when each write saw the one before it', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(2000 + seed);
      const all = replicas(3);
      let lastValue: unknown;
      for (let step = 0; step < 8; step++) {
        const writer = pick(rnd, all);
        lastValue = pick(rnd, VALUES['detail:channel']);
        new FieldRegisters(writer.doc).write(
          'detail:channel',
          lastValue,
          pick(rnd, PEOPLE),
          at(step),
        );
        deliverAll(rnd, all);
        for (const r of all) r.own.length = 0;
      }
      for (const replica of all) {
        const state = new FieldRegisters(replica.doc).state('detail:channel');
        expect(state.conflict, `seed ${seed}`).toBe(false);
        expect(state.versions).toHaveLength(1);
        expect(state.versions[0]?.value).toEqual(lastValue);
        expect(new FieldRegisters(replica.doc).choices()).toEqual([]);
      }
    }
  });

  it('keeps what a later write saw replaced, and a concurrent one beside it', () => {
    const [one, two] = replicas(2);
    if (!one || !two) throw new Error('two replicas');
    new FieldRegisters(one.doc).write('tick:1.1', true, 'u-rina', at(1));
    deliver(two, one.own);
    new FieldRegisters(two.doc).write('tick:1.1', false, 'u-rina', at(2));
    new FieldRegisters(one.doc).write('detail:channel', 'chat', 'u-rina', at(3));
    deliver(one, two.own);
    deliver(two, one.own);
    expect(new FieldRegisters(one.doc).state('tick:1.1')).toEqual({
      conflict: false,
      versions: [{ value: false, by: 'u-rina', at: at(2) }],
    });
    expect(kept(one.doc)).toEqual(kept(two.doc));
  });
});
