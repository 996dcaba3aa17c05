import { DomainError } from '../errors';
import type { Goal, GoalArea, GoalKind, GoalPriority, GoalStatus, ProgressMark } from './goal';

export interface NewGoal {
  id: string;
  kind: GoalKind;
  area: GoalArea;
  text: string;
  priority: GoalPriority;
}

/** A goal or need starts open, set by whoever wrote it, now. */
export function createGoal(input: NewGoal, by: string, at: string): Goal {
  return { ...input, text: input.text.trim(), status: 'open', setBy: by, setAt: at };
}

const MOVES: Record<GoalStatus, readonly GoalStatus[]> = {
  open: ['achieved', 'dropped'],
  achieved: ['open'],
  dropped: ['open'],
};

export function canMoveGoal(from: GoalStatus, to: GoalStatus): boolean {
  return MOVES[from].includes(to);
}

/** Achieve, drop or reopen a goal; throws on a move the lifecycle does not allow. */
export function moveGoal(goal: Goal, to: GoalStatus, by: string, at: string, note?: string): Goal {
  if (!canMoveGoal(goal.status, to)) {
    throw new DomainError('invalid_transition', `goal cannot go ${goal.status} → ${to}`);
  }
  const rest: Goal = { ...goal };
  delete rest.statusNote;
  const trimmed = note?.trim();
  return {
    ...rest,
    status: to,
    changedBy: by,
    changedAt: at,
    ...(trimmed ? { statusNote: trimmed } : {}),
  };
}

/** Rewording or reprioritising keeps who set the goal and records who changed it. */
export function editGoal(
  goal: Goal,
  change: { text?: string | undefined; priority?: GoalPriority | undefined },
  by: string,
  at: string,
): Goal {
  return {
    ...goal,
    ...(change.text !== undefined ? { text: change.text.trim() } : {}),
    ...(change.priority !== undefined ? { priority: change.priority } : {}),
    changedBy: by,
    changedAt: at,
  };
}

/**
 * Progress is marked on open goals only: a closed goal's line ends where it was closed (reopen it
 * to continue). The session must belong to the goal's case (the caller checks that).
 */
export function markProgress(
  goal: Goal,
  mark: Omit<ProgressMark, 'goalId' | 'by' | 'at'>,
  by: string,
  at: string,
): ProgressMark {
  if (goal.status !== 'open') {
    throw new DomainError('invalid_transition', `progress on a ${goal.status} goal`);
  }
  const note = mark.note?.trim();
  const rest = { ...mark };
  delete rest.note;
  return {
    ...rest,
    goalId: goal.id,
    ...(note ? { note } : {}),
    by,
    at,
  };
}
