import { instantOf } from '../primitives';
import type { Goal, GoalPriority, ProgressLevel, ProgressMark } from './goal';

const PRIORITY_RANK: Record<GoalPriority, number> = { high: 0, medium: 1, low: 2 };

export interface GoalWithProgress {
  goal: Goal;
  /** Oldest session first. */
  marks: ProgressMark[];
  latest: ProgressMark | null;
}

/** Highest priority first, then the oldest goal first (it has waited longest). */
export function compareGoals(a: Goal, b: Goal): number {
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    instantOf(a.setAt) - instantOf(b.setAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const bySession = (a: ProgressMark, b: ProgressMark): number =>
  instantOf(a.sessionAt) - instantOf(b.sessionAt) || instantOf(a.at) - instantOf(b.at);

/** Every goal with its marks, in plan order (open goals first, then closed ones). */
export function carePlan(
  goals: readonly Goal[],
  marks: readonly ProgressMark[],
): GoalWithProgress[] {
  const byGoal = new Map<string, ProgressMark[]>();
  for (const mark of marks) {
    const list = byGoal.get(mark.goalId) ?? [];
    list.push(mark);
    byGoal.set(mark.goalId, list);
  }
  return [...goals]
    .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || compareGoals(a, b))
    .map((goal) => {
      const list = (byGoal.get(goal.id) ?? []).sort(bySession);
      return { goal, marks: list, latest: list[list.length - 1] ?? null };
    });
}

/** The goals still being worked on, highest priority first: what the case shows at a glance. */
export function openGoals(
  goals: readonly Goal[],
  marks: readonly ProgressMark[],
): GoalWithProgress[] {
  return carePlan(
    goals.filter((g) => g.status === 'open'),
    marks,
  );
}

export interface ProgressPoint {
  sessionId: string;
  sessionAt: string;
  /** The level per goal id marked in this session; a goal not marked is absent. */
  levels: Record<string, ProgressLevel>;
}

/** One point per session that marked any goal, oldest first: the chart's rows. */
export function progressSeries(marks: readonly ProgressMark[]): ProgressPoint[] {
  const points = new Map<string, ProgressPoint>();
  for (const mark of [...marks].sort(bySession)) {
    const point = points.get(mark.sessionId) ?? {
      sessionId: mark.sessionId,
      sessionAt: mark.sessionAt,
      levels: {},
    };
    point.levels[mark.goalId] = mark.level;
    points.set(mark.sessionId, point);
  }
  return [...points.values()].sort((a, b) => instantOf(a.sessionAt) - instantOf(b.sessionAt));
}
