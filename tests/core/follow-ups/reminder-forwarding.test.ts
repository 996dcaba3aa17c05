import { describe, expect, it } from 'vitest';
import {
  forwardReminders,
  type ReminderMessage,
} from '../../../electron/core/hosts/reminder-forwarding';
import { reminderText } from '../../../shared/i18n/follow-ups/reminder-text';
import { catalogs } from '../../../shared/i18n';
import { startCore } from '../support/core-harness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a reminder on its way to the desktop notification', () => {
  it("goes to main in the person's language, made from the counts alone", async () => {
    const { core, call } = await startCore();
    const sent: ReminderMessage[] = [];
    forwardReminders(core, (m) => sent.push(m));
    core.events.emit('followUps.reminder', { dueToday: 2, overdue: 0 });
    await settle();
    await call('settings.update', { language: 'en' });
    core.events.emit('followUps.reminder', { dueToday: 1, overdue: 3 });
    await settle();
    expect(sent).toEqual([
      {
        type: 'reminder',
        title: 'Pendamping: pengingat tindak lanjut',
        body: '2 tindak lanjut jatuh tempo hari ini',
      },
      {
        type: 'reminder',
        title: 'Pendamping: follow-up reminder',
        body: '1 follow-up due today · 3 follow-ups overdue',
      },
    ]);
  });

  it('refuses a reminder event carrying anything but counts', async () => {
    const { core } = await startCore();
    expect(() =>
      core.events.emit('followUps.reminder', {
        dueToday: 1,
        overdue: 0,
        alias: 'Kenanga',
      } as never),
    ).toThrow();
  });

  it('says each count in Bahasa Indonesia and English with the singular where it is one', () => {
    expect(reminderText(catalogs.id.followUps.reminder, { dueToday: 0, overdue: 1 }).body).toBe(
      '1 tindak lanjut terlambat',
    );
    expect(reminderText(catalogs.en.followUps.reminder, { dueToday: 0, overdue: 1 }).body).toBe(
      '1 follow-up overdue',
    );
  });
});
