import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { inspectCase, relayEntriesOf } from '../support/erasure-steps';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

describe('erasing a case with an intake and a care plan', () => {
  const relay = sqliteRelayForSuite();

  it('removes its goals, progress notes and intake answers from both devices, their search and the relay', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const counselor = await joinAsCounselor(supervisor);

    const created = await counselor.call('cases.create', { alias: 'Kamboja' });
    const caseId = created.meta.id;
    const session = await counselor.call('sessions.create', {
      caseId,
      startsAt: '2026-11-25T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'chat',
    });
    await counselor.call('intake.save', {
      caseId,
      firstContactDate: '2026-11-25',
      answers: { 'intake.concern.what': 'Kehilangan pekerjaan di konveksi' },
    });
    const plan = await counselor.call('carePlan.addGoal', {
      caseId,
      kind: 'need',
      area: 'work',
      text: 'Pelatihan menjahit lanjutan',
      priority: 'high',
    });
    await counselor.call('carePlan.markProgress', {
      caseId,
      sessionId: session.meta.id,
      marks: [{ goalId: plan.carePlan?.goals[0]?.goal.id ?? '', level: 1, note: 'Daftar di BLK' }],
    });
    await counselor.call('cases.update', { caseId, status: 'closed' });
    await until('the supervisor to find the goal', async () => {
      const { hits } = await supervisor.call('search.query', { text: 'menjahit' });
      return hits.length > 0 ? true : undefined;
    });
    await until('the supervisor to see the case closed', async () => {
      const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
      return check?.state === 'eligible' ? true : undefined;
    });

    await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Kamboja' });
    await until('the counselor to shred the case', async () =>
      (await counselor.call('cases.list', {})).cases.length === 0 ? true : undefined,
    );
    for (const h of [supervisor, counselor]) {
      for (const text of ['menjahit', 'BLK', 'konveksi']) {
        expect((await h.call('search.query', { text })).hits).toEqual([]);
      }
      expect(inspectCase(h, caseId, [`case-${caseId}`])).toMatchObject({ keys: 0, rows: 0 });
    }
    expect(relayEntriesOf(relay.dir, caseId)).toBe(0);
    for (const h of [supervisor, counselor]) h.core.close();
  }, 60_000);
});
