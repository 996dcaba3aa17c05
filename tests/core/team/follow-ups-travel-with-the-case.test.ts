import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { inspectCase, relayEntriesOf } from '../support/erasure-steps';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

const today = '2026-12-10';

/**
 * The follow-up plan lives in the case's document (issue #13, item 6): it syncs to the
 * supervisor (whose Home lists it from its own index), goes with the case when it is handed
 * over, and is erased with it from every device, their Home lists, their search and the relay.
 */
describe('a case with follow-up meetings, across a team', () => {
  const relay = sqliteRelayForSuite();

  it('syncs the plan, hands it over with the case and erases it with it', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const leaving = await joinAsCounselor(supervisor);
    const taking = await joinAsCounselor(supervisor);
    const reminded = { supervisor: 0, leaving: 0 };
    for (const [who, h] of [
      ['supervisor', supervisor],
      ['leaving', leaving],
    ] as const) {
      h.core.events.subscribe((frame) => {
        if (frame.event === 'followUps.reminder') reminded[who] += 1;
      });
    }

    const caseId = (await leaving.call('cases.create', { alias: 'Teratai' })).meta.id;
    await leaving.call('followUps.add', {
      caseId,
      today,
      dueDate: '2026-12-01',
      note: 'Tanyakan surat PKH',
    });
    await leaving.call('followUps.plan', { caseId, today, from: today, intervals: [3, 14] });

    // The supervisor's device reads the plan, and its Home lists the late and coming meetings.
    const due = await until("the plan on the supervisor's Home", async () => {
      const lists = await supervisor.call('followUps.due', { today });
      return lists.overdue.length && lists.upcoming.length ? lists : undefined;
    });
    expect(due.overdue.map((f) => [f.alias, f.dueDate])).toEqual([['Teratai', '2026-12-01']]);
    expect(due.upcoming.map((f) => f.dueDate)).toEqual(['2026-12-13']);
    await until('the supervisor to find the note', async () => {
      const { hits } = await supervisor.call('search.query', { text: 'PKH' });
      return hits.length ? true : undefined;
    });
    // Only the case's counselor is reminded; the supervisor's Home lists it all the same.
    expect(reminded).toEqual({ supervisor: 0, leaving: 1 });

    // Handed over: the new counselor has the plan, and marks the late meeting held.
    const takingNo = (await taking.call('sync.status', {})).memberNo ?? 0;
    await leaving.call('cases.handOver', { caseId, toMemberNo: takingNo });
    const handed = await until('the plan at the new counselor', async () => {
      const plan = await taking.call('followUps.ofCase', { caseId, today }).catch(() => undefined);
      return plan?.items.length === 3 ? plan : undefined;
    });
    const late = handed.items.find((f) => f.dueDate === '2026-12-01');
    expect(late?.note).toBe('Tanyakan surat PKH');
    await taking.call('followUps.setDone', {
      caseId,
      followUpId: late?.id ?? '',
      today,
      done: true,
    });
    await until("the held meeting off the supervisor's late list", async () =>
      (await supervisor.call('followUps.due', { today })).overdue.length === 0 ? true : undefined,
    );

    await taking.call('cases.update', { caseId, status: 'closed' });
    await until('the supervisor to see the case closed', async () => {
      const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
      return check?.state === 'eligible' ? true : undefined;
    });
    await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Teratai' });
    for (const h of [leaving, taking]) {
      await until('each counselor to shred the case', async () =>
        (await h.call('cases.list', {})).cases.length === 0 ? true : undefined,
      );
    }
    for (const h of [supervisor, leaving, taking]) {
      expect(await h.call('followUps.due', { today }), h.dataDir).toEqual({
        overdue: [],
        upcoming: [],
      });
      expect((await h.call('search.query', { text: 'PKH' })).hits, h.dataDir).toEqual([]);
      expect(inspectCase(h, caseId, [`case-${caseId}`])).toMatchObject({ keys: 0, rows: 0 });
    }
    expect(relayEntriesOf(relay.dir, caseId)).toBe(0);
    for (const h of [supervisor, leaving, taking]) h.core.close();
  }, 120_000);
});
