import type { followUpsId } from './id';

type ReminderWords = (typeof followUpsId)['reminder'];

/**
 * A reminder's words from its counts alone (issue #13, item 6): the same text for the operating
 * system's notification (electron/main, no i18next there) and the in-app notice. It can hold
 * nothing about a client because it is given nothing but counts.
 */
export function reminderText(
  words: ReminderWords,
  counts: { dueToday: number; overdue: number },
): { title: string; body: string } {
  const part = (key: 'dueToday' | 'overdue', count: number) =>
    words[count === 1 ? (`${key}_one` as const) : (`${key}_other` as const)].replace(
      '{{count}}',
      String(count),
    );
  const parts = [
    ...(counts.dueToday > 0 ? [part('dueToday', counts.dueToday)] : []),
    ...(counts.overdue > 0 ? [part('overdue', counts.overdue)] : []),
  ];
  return { title: words.title, body: parts.join(' · ') };
}
