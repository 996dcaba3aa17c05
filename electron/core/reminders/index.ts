export {
  FIRST_CHECK_MS,
  FollowUpReminders,
  localDay,
  REMINDER_CHECK_MS,
} from './follow-up-reminders';
export { REMINDERS_DOCUMENT, REMINDERS_KIND } from './reminder-memory';
