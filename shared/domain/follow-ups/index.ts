export { FOLLOW_UP_NOTE_MAX, FollowUp, type FollowUpState } from './follow-up';
export {
  addDays,
  DEFAULT_FOLLOW_UP_INTERVALS,
  dueFollowUps,
  FOLLOW_UP_HORIZON_DAYS,
  followUpState,
  MAX_FOLLOW_UP_INTERVAL,
  nextInterval,
  orderFollowUps,
  planDates,
  suggestNextDate,
} from './schedule';
export {
  decideReminder,
  reminderKey,
  type Reminder,
  type ReminderDecision,
  type ReminderSource,
} from './reminders';
