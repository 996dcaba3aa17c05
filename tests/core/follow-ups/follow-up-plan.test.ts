import { describe, expect, it } from 'vitest';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';

const today = '2026-12-10';

async function caseWithASession() {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const created = await h.call('cases.create', { alias: 'Kenanga' });
  const caseId = created.meta.id;
  const session = await h.call('sessions.create', {
    caseId,
    startsAt: '2026-12-10T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'faceToFace',
  });
  return { ...h, caseId, sessionId: session.meta.id };
}

describe('a case follow-up plan, through the core', () => {
  it('plans meetings at growing intervals and suggests the next one further out', async () => {
    const { call, caseId } = await caseWithASession();
    expect((await call('followUps.ofCase', { caseId, today })).items).toEqual([]);
    const plan = await call('followUps.plan', {
      caseId,
      today,
      from: today,
      intervals: [7, 14, 30, 90],
    });
    expect(plan.items.map((f) => f.dueDate)).toEqual([
      '2026-12-17',
      '2026-12-31',
      '2027-01-30',
      '2027-04-30',
    ]);
    expect(plan.items.every((f) => f.createdBy && !f.doneAt)).toBe(true);
    expect(plan.suggestedNext).toBe('2027-10-27');
  });

  it('changes a date and a note, removes a meeting, and keeps the rest in date order', async () => {
    const { call, caseId } = await caseWithASession();
    const plan = await call('followUps.plan', { caseId, today, from: today, intervals: [7, 14] });
    const [first, second] = plan.items;
    if (!first || !second) throw new Error('two follow-ups expected');
    const moved = await call('followUps.update', {
      caseId,
      followUpId: second.id,
      today,
      dueDate: '2026-12-12',
      note: 'Cek surat KIP',
    });
    expect(moved.items.map((f) => [f.id, f.dueDate, f.note])).toEqual([
      [second.id, '2026-12-12', 'Cek surat KIP'],
      [first.id, '2026-12-17', undefined],
    ]);
    const cleared = await call('followUps.update', {
      caseId,
      followUpId: second.id,
      today,
      note: '  ',
    });
    expect(cleared.items[0]?.note).toBeUndefined();
    const removed = await call('followUps.remove', { caseId, followUpId: first.id, today });
    expect(removed.items.map((f) => f.id)).toEqual([second.id]);
    await expect(call('followUps.remove', { caseId, followUpId: first.id, today })).rejects.toThrow(
      /not_found/,
    );
  });

  it('marks a follow-up done by the session that was it, and can take that back', async () => {
    const { call, caseId, sessionId } = await caseWithASession();
    const added = await call('followUps.add', { caseId, today, dueDate: today });
    const id = added.items[0]?.id ?? '';
    const done = await call('followUps.setDone', {
      caseId,
      followUpId: id,
      today,
      done: true,
      sessionId,
    });
    expect(done.items[0]).toMatchObject({ sessionId });
    expect(done.items[0]?.doneAt).toBeTruthy();
    const undone = await call('followUps.setDone', { caseId, followUpId: id, today, done: false });
    expect(undone.items[0]?.doneAt).toBeUndefined();
    expect(undone.items[0]?.sessionId).toBeUndefined();
  });

  it('refuses a session of another case, and a session named for a follow-up not done', async () => {
    const { call, sessionId } = await caseWithASession();
    const other = (await call('cases.create', { alias: 'Mawar' })).meta.id;
    const added = await call('followUps.add', { caseId: other, today, dueDate: today });
    const id = added.items[0]?.id ?? '';
    await expect(
      call('followUps.setDone', { caseId: other, followUpId: id, today, done: true, sessionId }),
    ).rejects.toThrow(/not_found/);
    await expect(
      call('followUps.setDone', { caseId: other, followUpId: id, today, done: false, sessionId }),
    ).rejects.toThrow(/bad_request|invalid/);
    expect((await call('followUps.ofCase', { caseId: other, today })).items[0]?.doneAt).toBe(
      undefined,
    );
  });

  it("lists Home's overdue and coming follow-ups with the case's alias, leaving out done and later ones", async () => {
    const { call, caseId, sessionId } = await caseWithASession();
    const other = (await call('cases.create', { alias: 'Mawar' })).meta.id;
    await call('followUps.add', { caseId, today, dueDate: '2026-12-01' });
    await call('followUps.add', { caseId: other, today, dueDate: '2026-12-12' });
    await call('followUps.add', { caseId: other, today, dueDate: '2027-02-01' });
    const held = await call('followUps.add', { caseId, today, dueDate: '2026-12-05' });
    const heldId = held.items.find((f) => f.dueDate === '2026-12-05')?.id ?? '';
    await call('followUps.setDone', { caseId, followUpId: heldId, today, done: true, sessionId });
    const due = await call('followUps.due', { today });
    expect(due.overdue.map((f) => [f.alias, f.dueDate, f.caseId])).toEqual([
      ['Kenanga', '2026-12-01', caseId],
    ]);
    expect(due.upcoming.map((f) => [f.alias, f.dueDate])).toEqual([['Mawar', '2026-12-12']]);
  });

  it('finds a follow-up note in search, under the case', async () => {
    const { call, caseId } = await caseWithASession();
    await call('followUps.add', { caseId, today, dueDate: today, note: 'Cek surat keterangan' });
    const { hits } = await call('search.query', { text: 'keterangan' });
    expect(hits.map((h) => [h.kind, h.caseId])).toEqual([['goal', caseId]]);
  });

  it('goes into the backup: a new laptop restores the plan and lists it on Home', async () => {
    const h = await caseWithASession();
    await h.call('followUps.add', { caseId: h.caseId, today, dueDate: '2026-12-01', note: 'KIP' });
    const file = await downloadBackup(h);
    h.core.close();
    const restored = await restoreOnNewDevice(file);
    const plan = await restored.call('followUps.ofCase', { caseId: h.caseId, today });
    expect(plan.items.map((f) => [f.dueDate, f.note])).toEqual([['2026-12-01', 'KIP']]);
    // Backups leave the index out: the restored notebook rebuilds Home's entries from the case.
    expect((await restored.call('followUps.due', { today })).overdue).toHaveLength(1);
    restored.core.close();
  }, 60_000);
});
