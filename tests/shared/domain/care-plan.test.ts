import { describe, expect, it } from 'vitest';
import {
  carePlan,
  createGoal,
  editGoal,
  markProgress,
  moveGoal,
  openGoals,
  PROGRESS_SCALE,
  progressSeries,
  type Goal,
  type ProgressMark,
} from '../../../shared/domain';
import { thrownCode } from './support';

const goal = (id: string, priority: Goal['priority'], setAt: string, text = `tujuan ${id}`) =>
  createGoal({ id, kind: 'goal', area: 'psychosocial', text, priority }, 'konselor-1', setAt);

const mark = (g: Goal, sessionId: string, sessionAt: string, level: number, note?: string) =>
  markProgress(
    g,
    { sessionId, sessionAt, level, ...(note !== undefined ? { note } : {}) },
    'konselor-1',
    sessionAt,
  );

describe('a goal in the care plan', () => {
  it('starts open, set by its author at the time given, its text trimmed', () => {
    const g = createGoal(
      { id: 'g1', kind: 'need', area: 'dailyNeeds', text: '  sembako  ', priority: 'high' },
      'konselor-1',
      '2026-11-01T09:00:00+07:00',
    );
    expect(g).toMatchObject({
      status: 'open',
      text: 'sembako',
      setBy: 'konselor-1',
      setAt: '2026-11-01T09:00:00+07:00',
    });
  });

  it('is achieved or dropped from open, reopened from either, and never moved to where it is', () => {
    const g = goal('g1', 'high', '2026-11-01T09:00:00+07:00');
    const achieved = moveGoal(
      g,
      'achieved',
      'supervisor-1',
      '2026-11-10T09:00:00+07:00',
      'Selesai',
    );
    expect(achieved).toMatchObject({
      status: 'achieved',
      changedBy: 'supervisor-1',
      statusNote: 'Selesai',
      setBy: 'konselor-1',
    });
    const reopened = moveGoal(achieved, 'open', 'konselor-1', '2026-11-11T09:00:00+07:00');
    expect(reopened.status).toBe('open');
    expect(reopened.statusNote).toBeUndefined();
    expect(thrownCode(() => moveGoal(g, 'open', 'x', '2026-11-11T09:00:00+07:00'))).toBe(
      'invalid_transition',
    );
    const dropped = moveGoal(g, 'dropped', 'x', '2026-11-11T09:00:00+07:00');
    expect(thrownCode(() => moveGoal(dropped, 'achieved', 'x', '2026-11-12T09:00:00+07:00'))).toBe(
      'invalid_transition',
    );
  });

  it('keeps who set it when it is reworded or reprioritised', () => {
    const g = goal('g1', 'low', '2026-11-01T09:00:00+07:00');
    const edited = editGoal(g, { priority: 'high' }, 'supervisor-1', '2026-11-02T09:00:00+07:00');
    expect(edited).toMatchObject({
      priority: 'high',
      setBy: 'konselor-1',
      changedBy: 'supervisor-1',
    });
  });

  it('takes progress marks only while open, on the 0–4 scale with a word per step', () => {
    expect(PROGRESS_SCALE.map((s) => s.level)).toEqual([0, 1, 2, 3, 4]);
    const g = goal('g1', 'high', '2026-11-01T09:00:00+07:00');
    const m = mark(g, 's1', '2026-11-03T09:00:00+07:00', 2, '  mulai tidur teratur ');
    expect(m).toMatchObject({
      goalId: 'g1',
      sessionId: 's1',
      level: 2,
      note: 'mulai tidur teratur',
    });
    expect(mark(g, 's1', '2026-11-03T09:00:00+07:00', 1, '   ').note).toBeUndefined();
    const closed = moveGoal(g, 'achieved', 'x', '2026-11-04T09:00:00+07:00');
    expect(thrownCode(() => mark(closed, 's2', '2026-11-05T09:00:00+07:00', 4))).toBe(
      'invalid_transition',
    );
  });
});

describe('the open goals and the progress over time', () => {
  const a = goal('a', 'low', '2026-11-01T09:00:00+07:00');
  const b = goal('b', 'high', '2026-11-02T09:00:00+07:00');
  const c = goal('c', 'high', '2026-11-01T10:00:00+07:00');
  const done = moveGoal(
    goal('d', 'high', '2026-10-01T09:00:00+07:00'),
    'achieved',
    'x',
    '2026-11-01T09:00:00+07:00',
  );
  const marks: ProgressMark[] = [
    mark(b, 's2', '2026-11-09T09:00:00+07:00', 3),
    mark(b, 's1', '2026-11-02T09:00:00+07:00', 1),
    mark(a, 's1', '2026-11-02T09:00:00+07:00', 0),
  ];

  it('lists only open goals, highest priority first and the longest waiting first within it', () => {
    expect(openGoals([a, b, c, done], marks).map((x) => x.goal.id)).toEqual(['c', 'b', 'a']);
  });

  it('gives each goal its marks oldest session first and its latest mark', () => {
    const plan = carePlan([a, b, c, done], marks);
    expect(plan.map((x) => x.goal.id)).toEqual(['c', 'b', 'a', 'd']);
    const forB = plan.find((x) => x.goal.id === 'b');
    expect(forB?.marks.map((m) => m.sessionId)).toEqual(['s1', 's2']);
    expect(forB?.latest?.level).toBe(3);
    expect(plan.find((x) => x.goal.id === 'c')?.latest).toBeNull();
  });

  it('puts one chart point per marked session, in session order, with each goal marked in it', () => {
    expect(progressSeries(marks)).toEqual([
      { sessionId: 's1', sessionAt: '2026-11-02T09:00:00+07:00', levels: { a: 0, b: 1 } },
      { sessionId: 's2', sessionAt: '2026-11-09T09:00:00+07:00', levels: { b: 3 } },
    ]);
  });
});
