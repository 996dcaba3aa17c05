import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';

describe('choosing between kept intake answers or goal marks, through the core', () => {
  it('refuses a choice where nothing is kept, and a mark the scale cannot hold, changing nothing', async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    const created = await h.call('cases.create', { alias: 'Kenanga' });
    const caseId = created.meta.id;
    const session = await h.call('sessions.create', {
      caseId,
      startsAt: '2026-11-02T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'faceToFace',
    });
    const filled = await h.call('intake.save', {
      caseId,
      firstContactDate: '2026-11-02',
      answers: {},
    });
    const itemId = filled.intake?.template?.stages[0]?.items[0]?.itemId ?? '';
    await h.call('intake.save', {
      caseId,
      firstContactDate: '2026-11-02',
      answers: { [itemId]: 'tinggal bersama paman' },
    });
    const planned = await h.call('carePlan.addGoal', {
      caseId,
      kind: 'goal',
      area: 'work',
      text: 'Bekerja kembali',
      priority: 'high',
    });
    const goalId = planned.carePlan?.goals[0]?.goal.id ?? '';
    await h.call('carePlan.markProgress', {
      caseId,
      sessionId: session.meta.id,
      marks: [{ goalId, level: 2 }],
    });

    await expect(
      h.call('intake.resolveConflict', { caseId, itemId, value: 'lain' }),
    ).rejects.toThrow(/no kept answers/);
    await expect(
      h.call('carePlan.resolveProgressConflict', {
        caseId,
        goalId,
        sessionId: session.meta.id,
        value: { level: 2 },
      }),
    ).rejects.toThrow(/no kept marks/);
    await expect(
      h.call('carePlan.resolveProgressConflict', {
        caseId,
        goalId,
        sessionId: session.meta.id,
        value: { level: 9 },
      }),
    ).rejects.toThrow();

    const after = await h.call('cases.get', { caseId });
    expect(after.intake?.answers[itemId]).toBe('tinggal bersama paman');
    expect(after.intake?.conflicts).toEqual([]);
    expect(after.carePlan?.goals[0]?.latest?.level).toBe(2);
    // Marking the same session again with the same level writes nothing new to choose between.
    const again = await h.call('carePlan.markProgress', {
      caseId,
      sessionId: session.meta.id,
      marks: [{ goalId, level: 2 }],
    });
    expect(again.carePlan?.conflicts).toEqual([]);
    h.core.close();
  });
});
