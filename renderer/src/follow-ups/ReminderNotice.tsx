import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpReminder } from '../../../shared/api/follow-ups';
import type { Catalog } from '../../../shared/i18n';
import { reminderText } from '../../../shared/i18n/follow-ups/reminder-text';
import { useApi } from '../api/api-context';
import './follow-ups.css';

interface DesktopReminders {
  onOpenHome?: (listener: () => void) => () => void;
}

/**
 * The in-app notice of a follow-up reminder (issue #13, item 6), in both hosts: the core decides
 * when (electron/core/reminders); the notice says how many, opens Home, and can be closed. On the
 * desktop, clicking the system's notification opens Home too.
 */
export function ReminderNotice({ onOpenHome }: { onOpenHome: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [reminder, setReminder] = useState<FollowUpReminder | null>(null);

  useEffect(() => api.on('followUps.reminder', setReminder), [api]);
  useEffect(() => {
    const desktop = (window as { pendampingDesktop?: DesktopReminders }).pendampingDesktop;
    return desktop?.onOpenHome?.(onOpenHome);
  }, [onOpenHome]);

  if (!reminder) return <></>;
  // The chosen language's words, as i18next holds them (the other catalog is not loaded).
  const words = t('followUps.reminder', {
    returnObjects: true,
  }) as Catalog['followUps']['reminder'];
  const { title, body } = reminderText(words, reminder);
  return (
    <div className="reminder-notice" role="status" aria-label={title}>
      <p>
        <strong>{title}</strong> {body}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setReminder(null);
          onOpenHome();
        }}
      >
        {t('followUps.reminder.open')}
      </button>
      <button type="button" onClick={() => setReminder(null)}>
        {t('followUps.reminder.dismiss')}
      </button>
    </div>
  );
}
