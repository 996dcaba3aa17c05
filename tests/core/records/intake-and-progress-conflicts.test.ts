import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  putProgress,
  readIntake,
  readIntakeConflicts,
  readProgress,
  readProgressConflicts,
  resolveIntakeAnswer,
  resolveProgress,
  writeIntake,
} from '../../../electron/core/records/care-plan-document';
import { CaseDocument } from '../../../electron/core/records/case-document';
import type { IntakeAnswers, IntakeRecord, ProgressMark } from '../../../shared/domain';

/**
 * Property tests for intake answers and goal progress as conflict-keeping fields (issue #13, item
 * 8), with a seeded generator as in field-register.test.ts (fast-check is not installed):
 * replicas of one case write while apart, their updates arrive in random orders, and every
 * replica must end with the same answers, marks and kept values; two values set apart stay kept,
 * with who and when, until a person chooses.
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

interface Replica {
  c: CaseDocument;
  own: Uint8Array[];
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 5, 9, minute)).toISOString();

const RECORD: IntakeRecord = {
  templateId: 'intake-basic',
  templateVersion: 1,
  firstContactDate: '2026-11-05',
  recordedBy: 'u-rina',
  recordedAt: at(0),
  updatedBy: 'u-rina',
  updatedAt: at(0),
};

const mark = (
  sessionId: string,
  level: number,
  by: string,
  minute: number,
  note?: string,
): ProgressMark => ({
  goalId: 'g1',
  sessionId,
  sessionAt: at(0),
  level,
  ...(note ? { note } : {}),
  by,
  at: at(minute),
});

/** Replicas of a case that holds an intake with one answer and one mark, from before they parted. */
function replicas(count: number): Replica[] {
  const origin = new CaseDocument(new Y.Doc());
  origin.doc.transact(() => {
    writeIntake(origin, RECORD, { q1: 'tinggal bersama paman' }, { by: 'u-rina', at: at(0) });
    putProgress(origin, mark('s1', 1, 'u-rina', 0));
  });
  const state = Y.encodeStateAsUpdate(origin.doc);
  return Array.from({ length: count }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const replica: Replica = { c: new CaseDocument(doc), own: [] };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') replica.own.push(update);
    });
    return replica;
  });
}

function deliverAll(rnd: () => number, all: readonly Replica[]): void {
  const sent = all.map((r) => [...r.own]);
  all.forEach((to, i) => {
    const others = sent.flatMap((updates, j) => (j === i ? [] : updates));
    for (const update of shuffle(rnd, others)) Y.applyUpdate(to.c.doc, update, 'remote');
  });
}

const seen = (r: Replica) => ({
  answers: readIntake(r.c)?.answers,
  intakeConflicts: readIntakeConflicts(r.c),
  marks: readProgress(r.c).sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1)),
  progressConflicts: readProgressConflicts(r.c),
});

const QUESTIONS = ['q1', 'q2', 'q3'];
const ANSWERS = ['tinggal bersama paman', 'tinggal sendiri', 'di rumah singgah', ''];
const PEOPLE = ['u-rina', 'u-budi', 'u-sari'];

/** One random edit as its writer sees the case now: an answer changed, or a session marked. */
function randomEdit(rnd: () => number, r: Replica, by: string, minute: number): void {
  if (rnd() < 0.5) {
    const text = pick(rnd, ANSWERS);
    const question = pick(rnd, QUESTIONS);
    const answers: IntakeAnswers = Object.fromEntries(
      Object.entries({ ...(readIntake(r.c)?.answers ?? {}), [question]: text }).filter(
        ([, v]) => v,
      ),
    );
    r.c.doc.transact(() => writeIntake(r.c, RECORD, answers, { by, at: at(minute) }));
  } else {
    const level = Math.floor(rnd() * 5);
    const note = rnd() < 0.3 ? 'melamar ke warung' : undefined;
    r.c.doc.transact(() =>
      putProgress(r.c, mark(pick(rnd, ['s1', 's2']), level, by, minute, note)),
    );
  }
}

describe('intake answers and goal progress under any order of delivery', () => {
  it('end the same on every replica, whatever order the updates arrive in', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed);
      const all = replicas(2 + Math.floor(rnd() * 2));
      all.forEach((r, i) => {
        const edits = 1 + Math.floor(rnd() * 4);
        for (let e = 0; e < edits; e++) randomEdit(rnd, r, PEOPLE[i] ?? 'u-x', 1 + i * 10 + e);
      });
      deliverAll(rnd, all);
      const first = seen(all[0] as Replica);
      for (const r of all) expect(seen(r), `seed ${seed}`).toEqual(first);
    }
  });

  it('keep both answers to one question, with who and when, until someone chooses; the choice resolves it everywhere', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(1000 + seed);
      const [rina, budi] = replicas(2) as [Replica, Replica];
      rina.c.doc.transact(() =>
        writeIntake(rina.c, RECORD, { q1: 'tinggal sendiri' }, { by: 'u-rina', at: at(5) }),
      );
      budi.c.doc.transact(() =>
        writeIntake(budi.c, RECORD, { q1: 'di rumah singgah' }, { by: 'u-budi', at: at(6) }),
      );
      deliverAll(rnd, [rina, budi]);
      for (const r of [rina, budi]) {
        const [conflict] = readIntakeConflicts(r.c);
        expect(conflict?.itemId, `seed ${seed}`).toBe('q1');
        expect(conflict?.versions, `seed ${seed}`).toEqual([
          { value: 'di rumah singgah', by: 'u-budi', at: at(6) },
          { value: 'tinggal sendiri', by: 'u-rina', at: at(5) },
        ]);
        // Saving the form again with the shown answer does not choose for the person.
        const shown = readIntake(r.c)?.answers ?? {};
        r.c.doc.transact(() =>
          writeIntake(r.c, RECORD, { ...shown, q2: 'x' }, { by: 'u-rina', at: at(7) }),
        );
        expect(readIntakeConflicts(r.c), `seed ${seed}`).toHaveLength(1);
      }
      deliverAll(rnd, [rina, budi]);
      rina.own.length = 0;
      budi.own.length = 0;
      const chooser = pick(rnd, [rina, budi]);
      chooser.c.doc.transact(() =>
        resolveIntakeAnswer(chooser.c, 'q1', 'tinggal sendiri', { by: 'u-sari', at: at(9) }),
      );
      deliverAll(rnd, [rina, budi]);
      for (const r of [rina, budi]) {
        expect(readIntakeConflicts(r.c), `seed ${seed}`).toEqual([]);
        expect(readIntake(r.c)?.answers.q1, `seed ${seed}`).toBe('tinggal sendiri');
      }
    }
  });

  it('keep both marks of one goal in one session until someone chooses', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(2000 + seed);
      const [rina, budi] = replicas(2) as [Replica, Replica];
      rina.c.doc.transact(() => putProgress(rina.c, mark('s1', 3, 'u-rina', 5, 'melamar')));
      budi.c.doc.transact(() => putProgress(budi.c, mark('s1', 2, 'u-budi', 6)));
      deliverAll(rnd, [rina, budi]);
      for (const r of [rina, budi]) {
        expect(readProgressConflicts(r.c), `seed ${seed}`).toEqual([
          {
            goalId: 'g1',
            sessionId: 's1',
            versions: [
              { value: { level: 2 }, by: 'u-budi', at: at(6) },
              { value: { level: 3, note: 'melamar' }, by: 'u-rina', at: at(5) },
            ],
          },
        ]);
        // The mark shown is the newest, with its writer; the chart and the case read it.
        expect(readProgress(r.c)).toMatchObject([{ sessionId: 's1', level: 2, by: 'u-budi' }]);
      }
      rina.own.length = 0;
      budi.own.length = 0;
      const chooser = pick(rnd, [rina, budi]);
      chooser.c.doc.transact(() =>
        resolveProgress(chooser.c, mark('s1', 3, 'u-sari', 9, 'melamar'), {
          by: 'u-sari',
          at: at(9),
        }),
      );
      deliverAll(rnd, [rina, budi]);
      for (const r of [rina, budi]) {
        expect(readProgressConflicts(r.c), `seed ${seed}`).toEqual([]);
        expect(readProgress(r.c), `seed ${seed}`).toMatchObject([
          { sessionId: 's1', level: 3, note: 'melamar', by: 'u-sari' },
        ]);
      }
    }
  });

  it('never show a conflict when each write saw the one before it', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const rnd = random(3000 + seed);
      const all = replicas(3);
      for (let e = 0; e < 8; e++) {
        const i = Math.floor(rnd() * all.length);
        randomEdit(rnd, all[i] as Replica, PEOPLE[i] ?? 'u-x', 1 + e);
        deliverAll(rnd, all);
        for (const r of all) r.own.length = 0;
      }
      for (const r of all) {
        expect(readIntakeConflicts(r.c), `seed ${seed}`).toEqual([]);
        expect(readProgressConflicts(r.c), `seed ${seed}`).toEqual([]);
      }
    }
  });

  it('read an intake and marks written before the registers as they were, and the same answer twice is no conflict', () => {
    const c = new CaseDocument(new Y.Doc());
    c.doc.getMap('intake').set('templateId', RECORD.templateId);
    for (const [k, v] of Object.entries(RECORD)) c.doc.getMap('intake').set(k, v);
    c.doc.getMap('intakeAnswers').set('q1', 'tinggal bersama paman');
    expect(readIntake(c)?.answers).toEqual({ q1: 'tinggal bersama paman' });
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    const state = Y.encodeStateAsUpdate(c.doc);
    Y.applyUpdate(a, state);
    Y.applyUpdate(b, state);
    const [ca, cb] = [new CaseDocument(a), new CaseDocument(b)];
    writeIntake(ca, RECORD, { q1: 'tinggal sendiri' }, { by: 'u-rina', at: at(3) });
    writeIntake(cb, RECORD, { q1: 'tinggal sendiri' }, { by: 'u-budi', at: at(4) });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readIntakeConflicts(ca)).toEqual([]);
    expect(readIntake(cb)?.answers).toEqual({ q1: 'tinggal sendiri' });
  });
});
