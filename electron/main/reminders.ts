import { Notification } from 'electron';

export interface ReminderWords {
  title: string;
  body: string;
}

/** The core's reminder message (electron/core/hosts/reminder-forwarding.ts), or undefined. */
export function reminderFrom(message: unknown): ReminderWords | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, title, body } = message as Record<string, unknown>;
  if (type !== 'reminder' || typeof title !== 'string' || typeof body !== 'string')
    return undefined;
  return { title: title.slice(0, 200), body: body.slice(0, 500) };
}

/** Shown notifications are kept until clicked or closed: Electron drops one collected early. */
const showing = new Set<Notification>();

/**
 * A follow-up reminder as the operating system's notification (issue #13, item 6). The words are
 * counts only, made by the core; clicking brings the window forward on Home.
 */
export function showReminder(words: ReminderWords, openHome: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: words.title, body: words.body });
  showing.add(notification);
  notification.on('click', () => {
    showing.delete(notification);
    openHome();
  });
  notification.on('close', () => showing.delete(notification));
  notification.show();
}
