import { FollowUpReminder } from '../../../shared/api/follow-ups';
import { catalogs } from '../../../shared/i18n';
import { reminderText } from '../../../shared/i18n/follow-ups/reminder-text';
import type { Core } from '../index';

/** What the desktop host tells electron/main, which shows it as the system's notification. */
export interface ReminderMessage {
  type: 'reminder';
  title: string;
  body: string;
}

/**
 * Forwards each follow-up reminder to electron/main in the person's language (issue #13, item 6).
 * The words are made from the counts alone, so nothing about a client leaves the core: the
 * operating system may show them on a lock screen.
 */
export function forwardReminders(
  core: Pick<Core, 'events' | 'handlers'>,
  post: (message: ReminderMessage) => void,
): () => void {
  return core.events.subscribe((frame) => {
    if (frame.event !== 'followUps.reminder') return;
    const counts = FollowUpReminder.parse(frame.payload);
    void core.handlers['settings.get']({}).then(({ language }) => {
      post({ type: 'reminder', ...reminderText(catalogs[language].followUps.reminder, counts) });
    });
  });
}
