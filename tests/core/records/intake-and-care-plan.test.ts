import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';

async function caseWithTwoSessions() {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const created = await h.call('cases.create', { alias: 'Kenanga' });
  const caseId = created.meta.id;
  const first = await h.call('sessions.create', {
    caseId,
    startsAt: '2026-11-02T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  const second = await h.call('sessions.create', {
    caseId,
    startsAt: '2026-11-09T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'voiceCall',
  });
  return { ...h, caseId, first: first.meta.id, second: second.meta.id, created };
}

describe('the intake and the care plan, through the core', () => {
  it('a new case has no intake and an empty plan', async () => {
    const { created } = await caseWithTwoSessions();
    expect(created.intake).toBeNull();
    expect(created.carePlan).toEqual({ goals: [], openCount: 0, conflicts: [] });
  });

  it('pins the intake to the version it was first filled with, and keeps who recorded it first', async () => {
    const { call, caseId } = await caseWithTwoSessions();
    const filled = await call('intake.save', {
      caseId,
      firstContactDate: '2026-11-02',
      answers: {
        'intake.concern.what': 'Sulit tidur sejak suami dirawat',
        'intake.health.sleep': '',
      },
    });
    expect(filled.intake?.record).toMatchObject({ templateId: 'intake', templateVersion: 1 });
    expect(filled.intake?.answers).toEqual({
      'intake.concern.what': 'Sulit tidur sejak suami dirawat',
    });
    expect(filled.intake?.answered).toBe(1);
    const changed = await call('intake.save', {
      caseId,
      firstContactDate: '2026-11-02',
      answers: { 'intake.support.family': 'Kakak perempuan' },
    });
    expect(changed.intake?.answers).toEqual({ 'intake.support.family': 'Kakak perempuan' });
    expect(changed.intake?.record.recordedAt).toBe(filled.intake?.record.recordedAt);
    await expect(
      call('intake.save', {
        caseId,
        firstContactDate: '2026-11-02',
        answers: { 'intake.nope': 'x' },
      }),
    ).rejects.toThrow(/unknown_item|bad_request/);
  });

  it('keeps goals with priority and author, marks progress per session and lists the open goals', async () => {
    const { call, caseId, first, second } = await caseWithTwoSessions();
    await call('carePlan.addGoal', {
      caseId,
      kind: 'goal',
      area: 'health',
      text: 'Tidur cukup tujuh jam',
      priority: 'medium',
    });
    const withTwo = await call('carePlan.addGoal', {
      caseId,
      kind: 'need',
      area: 'dailyNeeds',
      text: 'Bantuan sembako dari kelurahan',
      priority: 'high',
    });
    const [need, sleep] = withTwo.carePlan?.goals ?? [];
    if (!need || !sleep) throw new Error('two goals expected');
    expect(need.goal).toMatchObject({ kind: 'need', priority: 'high', status: 'open' });
    expect(need.goal.setBy).toBeTruthy();

    await call('carePlan.markProgress', {
      caseId,
      sessionId: first,
      marks: [
        { goalId: need.goal.id, level: 1, note: 'Surat pengantar RT sudah ada' },
        { goalId: sleep.goal.id, level: 0 },
      ],
    });
    // Marking the same session again replaces its mark.
    await call('carePlan.markProgress', {
      caseId,
      sessionId: first,
      marks: [{ goalId: sleep.goal.id, level: 1 }],
    });
    const marked = await call('carePlan.markProgress', {
      caseId,
      sessionId: second,
      marks: [{ goalId: need.goal.id, level: 4 }],
    });
    const needNow = marked.carePlan?.goals.find((g) => g.goal.id === need.goal.id);
    expect(needNow?.marks.map((m) => [m.sessionId, m.level])).toEqual([
      [first, 1],
      [second, 4],
    ]);
    expect(marked.carePlan?.goals.find((g) => g.goal.id === sleep.goal.id)?.marks).toHaveLength(1);

    const achieved = await call('carePlan.updateGoal', {
      caseId,
      goalId: need.goal.id,
      status: 'achieved',
      note: 'Sembako diterima',
    });
    expect(achieved.carePlan?.openCount).toBe(1);
    expect(achieved.carePlan?.goals[0]?.goal.id).toBe(sleep.goal.id);
    await expect(
      call('carePlan.markProgress', {
        caseId,
        sessionId: second,
        marks: [{ goalId: need.goal.id, level: 3 }],
      }),
    ).rejects.toThrow(/invalid_transition|bad_request/);
  });

  it('reopening a goal clears the reason it was closed with', async () => {
    const { call, caseId } = await caseWithTwoSessions();
    const plan = await call('carePlan.addGoal', {
      caseId,
      kind: 'goal',
      area: 'safety',
      text: 'Tempat aman bila suami marah',
      priority: 'high',
    });
    const goalId = plan.carePlan?.goals[0]?.goal.id ?? '';
    const dropped = await call('carePlan.updateGoal', {
      caseId,
      goalId,
      status: 'dropped',
      note: 'Klien pindah ke rumah kakak',
    });
    expect(dropped.carePlan?.goals[0]?.goal.statusNote).toBe('Klien pindah ke rumah kakak');
    const reopened = await call('carePlan.updateGoal', { caseId, goalId, status: 'open' });
    expect(reopened.carePlan?.goals[0]?.goal).toMatchObject({ status: 'open' });
    expect(reopened.carePlan?.goals[0]?.goal.statusNote).toBeUndefined();
    expect(reopened.carePlan?.openCount).toBe(1);
  });

  it('refuses to mark progress with a session of another case', async () => {
    const { call, caseId } = await caseWithTwoSessions();
    const other = await call('cases.create', { alias: 'Dahlia' });
    const elsewhere = await call('sessions.create', {
      caseId: other.meta.id,
      startsAt: '2026-11-03T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'chat',
    });
    const plan = await call('carePlan.addGoal', {
      caseId,
      kind: 'goal',
      area: 'other',
      text: 'Tujuan',
      priority: 'low',
    });
    const goalId = plan.carePlan?.goals[0]?.goal.id ?? '';
    await expect(
      call('carePlan.markProgress', {
        caseId,
        sessionId: elsewhere.meta.id,
        marks: [{ goalId, level: 2 }],
      }),
    ).rejects.toThrow(/not_found/);
  });

  it("search finds a goal's text, a progress note and an intake answer, after a restart too", async () => {
    const h = await caseWithTwoSessions();
    const plan = await h.call('carePlan.addGoal', {
      caseId: h.caseId,
      kind: 'goal',
      area: 'family',
      text: 'Berdamai dengan mertua',
      priority: 'high',
    });
    await h.call('carePlan.markProgress', {
      caseId: h.caseId,
      sessionId: h.first,
      marks: [
        { goalId: plan.carePlan?.goals[0]?.goal.id ?? '', level: 2, note: 'Arisan keluarga' },
      ],
    });
    await h.call('intake.save', {
      caseId: h.caseId,
      firstContactDate: '2026-11-02',
      answers: { 'intake.general.source': 'Dirujuk puskesmas Cengkareng' },
    });
    const kinds = async (text: string) =>
      (await h.call('search.query', { text })).hits.map((hit) => [hit.kind, hit.caseId]);
    expect(await kinds('mertua')).toEqual([['goal', h.caseId]]);
    expect(await kinds('arisan')).toEqual([['goal', h.caseId]]);
    expect(await kinds('cengkareng')).toEqual([['intake', h.caseId]]);

    h.core.close();
    const again = await startCore(h.dataDir);
    await again.call('vault.unlock', { passphrase: PASSPHRASE });
    for (let i = 0; i < 50; i++) {
      if ((await again.call('search.query', { text: 'mertua' })).hits.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await again.call('search.query', { text: 'mertua' })).hits).toHaveLength(1);
    const detail = await again.call('cases.get', { caseId: h.caseId });
    expect(detail.carePlan?.goals[0]?.goal.text).toBe('Berdamai dengan mertua');
    expect(detail.intake?.answers['intake.general.source']).toBe('Dirujuk puskesmas Cengkareng');
  });
});
