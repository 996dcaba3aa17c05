export {
  Goal,
  GOAL_TEXT_MAX,
  GoalArea,
  GoalKind,
  GoalPriority,
  GoalStatus,
  PROGRESS_SCALE,
  ProgressLevel,
  ProgressMark,
  progressKey,
} from './goal';
export {
  canMoveGoal,
  createGoal,
  editGoal,
  markProgress,
  moveGoal,
  type NewGoal,
} from './lifecycle';
export {
  carePlan,
  compareGoals,
  openGoals,
  progressSeries,
  type GoalWithProgress,
  type ProgressPoint,
} from './views';
