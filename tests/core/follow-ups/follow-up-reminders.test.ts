import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventFrame } from '../../../shared/api/wire';
import { createCore } from '../../../electron/core';
import { silentLogger } from '../../../electron/core/log';
import { FIRST_CHECK_MS, localDay } from '../../../electron/core/reminders';
import { TEST_KDF_COST } from '../../../electron/core/vault';
import { PASSPHRASE } from '../support/core-harness';

/** A core whose clock the test moves, and the reminders it emitted. */
async function coreAt(dataDir: string, clock: { at: number }) {
  const core = await createCore({
    dataDir,
    version: 'test',
    host: 'web',
    log: silentLogger(),
    kdfCost: TEST_KDF_COST,
    clock: { now: () => clock.at },
  });
  const reminders: unknown[] = [];
  core.events.subscribe((frame: EventFrame) => {
    if (frame.event === 'followUps.reminder') reminders.push(frame.payload);
  });
  let id = 0;
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const response = await core.dispatch({ kind: 'request', id: ++id, method, input });
    if (!response?.result.ok) throw new Error(JSON.stringify(response?.result));
    return response.result.value;
  };
  return { core, call, reminders };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('follow-up reminders', () => {
  it('reminds in counts only of what is due, once, and not again after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-reminders-'));
    const clock = { at: new Date(2026, 11, 10, 9, 0).getTime() };
    const today = localDay(new Date(clock.at));
    const first = await coreAt(dataDir, clock);
    await first.call('vault.create', { passphrase: PASSPHRASE });
    const created = (await first.call('cases.create', { alias: 'Kenanga Rahasia' })) as {
      meta: { id: string };
    };
    const caseId = created.meta.id;
    await first.call('followUps.add', { caseId, today, dueDate: today, note: 'Cek KIP' });
    expect(first.reminders).toEqual([{ dueToday: 1, overdue: 0 }]);
    // A second one due: the reminder counts both.
    await first.call('followUps.add', { caseId, today, dueDate: '2026-12-01' });
    expect(first.reminders).toEqual([
      { dueToday: 1, overdue: 0 },
      { dueToday: 1, overdue: 1 },
    ]);
    // Nothing new is due: a later meeting does not remind again of the two.
    await first.call('followUps.add', { caseId, today, dueDate: '2027-01-01' });
    expect(first.reminders).toHaveLength(2);
    // No alias, no note: only counts (the operating system may show it on a lock screen).
    expect(JSON.stringify(first.reminders)).not.toMatch(/Kenanga|KIP/);
    first.core.close();

    const again = await coreAt(dataDir, clock);
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    await wait(FIRST_CHECK_MS + 500);
    expect(again.reminders).toEqual([]);

    // The next day the meeting due today is overdue: reminded of once more, on the next look.
    clock.at += 24 * 3600_000;
    await again.call('followUps.add', { caseId, today, dueDate: '2027-02-01' });
    expect(again.reminders).toEqual([{ dueToday: 0, overdue: 2 }]);
    again.core.close();
  }, 60_000);

  it('reminds on unlock of what became due while locked, and looks no more once locked', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-reminders-'));
    const clock = { at: new Date(2026, 11, 10, 9, 0).getTime() };
    const h = await coreAt(dataDir, clock);
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const created = (await h.call('cases.create', { alias: 'Mawar' })) as { meta: { id: string } };
    await h.call('followUps.add', {
      caseId: created.meta.id,
      today: '2026-12-10',
      dueDate: '2026-12-12',
    });
    expect(h.reminders).toEqual([]);
    await h.call('vault.lock', {});
    clock.at += 2 * 24 * 3600_000;
    await wait(FIRST_CHECK_MS + 500);
    expect(h.reminders).toEqual([]);
    await h.call('vault.unlock', { passphrase: PASSPHRASE });
    await wait(FIRST_CHECK_MS + 500);
    expect(h.reminders).toEqual([{ dueToday: 1, overdue: 0 }]);
    h.core.close();
  }, 60_000);
});
