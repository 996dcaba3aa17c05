import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { app, dialog, forks, shell } from './support/fake-electron';
import { launch, settle } from './support/launch';

vi.mock('electron', () => import('./support/fake-electron'));

async function logOnceItHolds(file: string, text: string, ms = 5000): Promise<string> {
  const deadline = Date.now() + ms;
  for (;;) {
    const log = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (log.includes(text) || Date.now() > deadline) return log;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the core utility process', () => {
  it('starts with the data folder and version, off the UI thread', async () => {
    const { core } = await launch();
    expect(core.entry).toMatch(/out[/\\]main[/\\]core\.js$/);
    expect(core.messagesOfType('init')).toEqual([
      { type: 'init', dataDir: app.getPath('userData'), version: '0.1.0-test' },
    ]);
  });

  it('restarts once after a crash, and the window reloads to reach the new core', async () => {
    const { core, window } = await launch();
    core.exit(1);
    expect(forks).toHaveLength(2);
    expect(forks[1]?.messagesOfType('init')).toHaveLength(1);
    expect(window.reloads).toBe(1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('after a second crash tells the person the app must close and where the log is, then closes', async () => {
    const { core, logFile } = await launch();
    let answer: (value: { response: number }) => void = () => undefined;
    dialog.showMessageBox.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    core.exit(1);
    forks[1]?.exit(134);
    await settle();

    expect(forks).toHaveLength(2);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [options] = dialog.showMessageBox.mock.calls[0] as [{ message: string; detail: string }];
    expect(options.message).toContain('Pendamping stopped');
    expect(options.detail).toContain(logFile);
    // Never a silent quit: the app waits for the person to read the message.
    expect(app.quit).not.toHaveBeenCalled();

    answer({ response: 1 });
    await settle();
    expect(app.quit).toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('shows the log in its folder when the person asks', async () => {
    const { core, logFile } = await launch();
    dialog.showMessageBox.mockResolvedValue({ response: 0 });
    core.exit(1);
    forks[1]?.exit(1);
    await settle();
    expect(shell.showItemInFolder).toHaveBeenCalledWith(logFile);
    expect(app.quit).toHaveBeenCalled();
  });

  it('falls back to a plain error box naming the log when the message box cannot show', async () => {
    const { core, logFile } = await launch();
    dialog.showMessageBox.mockRejectedValue(new Error('no display'));
    core.exit(1);
    forks[1]?.exit(1);
    await settle();
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Pendamping',
      expect.stringContaining(logFile),
    );
    expect(app.quit).toHaveBeenCalled();
  });

  it("keeps the core's output and each exit in the log file", async () => {
    const { core, logFile } = await launch();
    core.stderr.write('{"level":40,"msg":"store slow","ms":52}\n');
    core.exit(9);
    // The log is a write stream: its bytes reach the file a few ticks later, more on a busy machine.
    const log = await logOnceItHolds(logFile, 'core exited with code 9');
    expect(log).toContain('store slow');
    expect(log).toContain('core exited with code 9');
  });

  it('moves a log grown past a few megabytes aside at start, so it never fills the disk', async () => {
    const { logFile } = await launch({
      beforeStart: () => {
        mkdirSync(app.getPath('logs'), { recursive: true });
        writeFileSync(join(app.getPath('logs'), 'core.log'), Buffer.alloc(5 * 1024 * 1024));
      },
    });
    expect(existsSync(`${logFile}.1`)).toBe(true);
    expect(existsSync(logFile) ? statSync(logFile).size : 0).toBe(0);
  });

  it('does not count a shutdown on quit as a crash', async () => {
    const { core } = await launch();
    app.emit('before-quit');
    expect(core.messagesOfType('shutdown')).toHaveLength(1);
    core.exit(0);
    await settle();
    expect(forks).toHaveLength(1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
