import { followUpState } from './schedule';

/**
 * Reminders (issue #13, item 6): the core decides what to remind of, once per follow-up per due
 * state, so a reminder is not repeated at every start. A reminder carries counts only: the
 * operating system may show it on a lock screen, so it never names a client.
 */
export interface ReminderSource {
  id: string;
  dueDate: string;
  done: boolean;
}

export interface Reminder {
  dueToday: number;
  overdue: number;
}

/**
 * What a follow-up was reminded of: its date is in the key, so moving it to another day reminds
 * again on that day, and "today" and "overdue" are reminded of once each.
 */
export const reminderKey = (id: string, dueDate: string, state: 'today' | 'overdue'): string =>
  `${id}:${dueDate}:${state}`;

export interface ReminderDecision {
  /** Null when nothing new is due: no reminder is shown. */
  reminder: Reminder | null;
  /** The keys to remember from now on: the current ones only, so the set never grows. */
  remembered: string[];
}

export function decideReminder(
  items: readonly ReminderSource[],
  today: string,
  alreadyShown: ReadonlySet<string>,
): ReminderDecision {
  let dueToday = 0;
  let overdue = 0;
  let fresh = false;
  const remembered: string[] = [];
  for (const item of items) {
    if (item.done) continue;
    const state = followUpState({ dueDate: item.dueDate }, today);
    if (state !== 'today' && state !== 'overdue') continue;
    if (state === 'today') dueToday += 1;
    else overdue += 1;
    const key = reminderKey(item.id, item.dueDate, state);
    if (!alreadyShown.has(key)) fresh = true;
    remembered.push(key);
  }
  return { reminder: fresh ? { dueToday, overdue } : null, remembered: remembered.sort() };
}
