import { describe, expect, it, vi } from 'vitest';
import { Notification } from './support/fake-electron';
import { launch } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

const reminder = {
  type: 'reminder',
  title: 'Pendamping: pengingat tindak lanjut',
  body: '2 tindak lanjut jatuh tempo hari ini',
};

describe("follow-up reminders as the system's notifications", () => {
  it("shows the core's reminder with the core's words, and nothing else", async () => {
    const { core } = await launch();
    core.emit('message', reminder);
    expect(Notification.shown.map((n) => n.options)).toEqual([
      { title: reminder.title, body: reminder.body },
    ]);
  });

  it('brings the window forward on Home when the notification is clicked', async () => {
    const { core, window } = await launch();
    window.minimized = true;
    core.emit('message', reminder);
    Notification.shown[0]?.emit('click');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toEqual([{ channel: 'app:open-home', args: [] }]);
  });

  it('ignores other messages from the core and shows nothing where notifications are not supported', async () => {
    const { core } = await launch();
    core.emit('message', { type: 'reminder', title: 'x' });
    core.emit('message', 'reminder');
    core.emit('message', null);
    expect(Notification.shown).toEqual([]);
    Notification.supported = false;
    core.emit('message', reminder);
    expect(Notification.shown).toEqual([]);
  });
});
