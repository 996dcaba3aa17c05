import { describe, expect, it } from 'vitest';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';
import { until } from '../support/until';

const STARTS = '2026-12-01T09:00:00+07:00';
const HIGH = {
  q1WishDead: 'yes',
  q2SuicidalThoughts: 'yes',
  q3Method: 'yes',
  q4Intent: 'yes',
} as const;

async function notebook(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

/** Three cases and one group session across them. */
async function groupOfThree(h: CoreHarness) {
  const ids: string[] = [];
  for (const alias of ['Mawar', 'Melati', 'Kenanga']) {
    ids.push((await h.call('cases.create', { alias })).meta.id);
  }
  const group = await h.call('groups.create', {
    caseIds: ids,
    startsAt: STARTS,
    durationMinutes: 90,
    channel: 'faceToFace',
  });
  const partOf = (caseId: string): string => {
    const p = group.participants.find((x) => x.caseId === caseId);
    if (!p) throw new Error('no part for the case');
    return p.sessionId;
  };
  return { ids, group, partOf };
}

describe('a group session across several cases', () => {
  it('has a part in each case, and each case lists it as a group session', async () => {
    const h = await notebook();
    const { ids, group, partOf } = await groupOfThree(h);
    expect(group.participants.map((p) => p.alias)).toEqual(['Mawar', 'Melati', 'Kenanga']);
    expect(group.mayWrite).toBe(true);
    for (const caseId of ids) {
      const detail = await h.call('cases.get', { caseId });
      expect(detail.sessions).toHaveLength(1);
      expect(detail.sessions[0]).toMatchObject({ id: partOf(caseId), groupId: group.meta.id });
      const part = await h.call('sessions.get', { sessionId: partOf(caseId) });
      expect(part.meta).toMatchObject({ caseId, groupId: group.meta.id, startsAt: STARTS });
    }
    h.core.close();
  });

  it("keeps the shared note in the group's document, each participant's note and risk screen in their part", async () => {
    const h = await notebook();
    const { ids, group, partOf } = await groupOfThree(h);
    const [a, b, c] = ids as [string, string, string];
    await h.call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(group.documentState, 'Kelompok membahas cara tidur yang baik'),
    });
    const partA = await h.call('sessions.get', { sessionId: partOf(a) });
    await h.call('documents.update', {
      documentId: partA.documentId,
      update: noteEdit(partA.documentState, 'Mawar bercerita tentang ibunya'),
    });
    await h.call('sessions.answerRisk', { sessionId: partOf(b), answers: HIGH });

    const shared = await h.call('groups.get', { groupId: group.meta.id });
    expect(noteOf(shared.documentState)).toContain('cara tidur');
    expect(noteOf(shared.documentState)).not.toContain('ibunya');
    const byCase = new Map(shared.participants.map((p) => [p.caseId, p]));
    expect(byCase.get(a)?.riskLevel).toBe('none');
    expect(byCase.get(b)).toMatchObject({ riskLevel: 'high', readable: true });
    expect(byCase.get(b)?.missingActions.length).toBeGreaterThan(0);
    expect(byCase.get(c)?.riskLevel).toBe('none');
    const partB = await h.call('sessions.get', { sessionId: partOf(b) });
    expect(noteOf(partB.documentState)).not.toContain('ibunya');
    expect(noteOf(partB.documentState)).not.toContain('cara tidur');
    // The high screen flags participant B's case, not the others'.
    expect((await h.call('cases.get', { caseId: b })).risk.flagged).toBe(true);
    expect((await h.call('cases.get', { caseId: a })).risk.flagged).toBe(false);
    h.core.close();
  });

  it('is not sent for review while one participant lacks risk actions, then sends every part', async () => {
    const h = await notebook();
    const { ids, group, partOf } = await groupOfThree(h);
    const b = ids[1] as string;
    await h.call('sessions.answerRisk', { sessionId: partOf(b), answers: HIGH });
    const refused = h.call('groups.submit', { groupId: group.meta.id });
    await expect(refused).rejects.toMatchObject({ code: 'risk_actions_missing' });
    await expect(refused).rejects.toThrow(new RegExp(`${partOf(b)}: faceToFaceReferral`));
    // Nothing was sent: the refusal is for the whole group.
    for (const p of (await h.call('groups.get', { groupId: group.meta.id })).participants) {
      expect(p.reviewStatus).toBe('draft');
    }
    await h.call('review.overrideRiskActions', {
      sessionId: partOf(b),
      reason: 'Klien sudah dirujuk oleh puskesmas pagi ini, dicatat di sesi berikutnya',
    });
    const sent = await h.call('groups.submit', { groupId: group.meta.id, text: 'Mohon ditinjau' });
    expect(sent.participants.map((p) => p.reviewStatus)).toEqual([
      'submitted',
      'submitted',
      'submitted',
    ]);
    h.core.close();
  });

  it('takes another participant, and refuses a case twice or a group of one', async () => {
    const h = await notebook();
    const { ids, group } = await groupOfThree(h);
    const fourth = (await h.call('cases.create', { alias: 'Anggrek' })).meta.id;
    const joined = await h.call('groups.addParticipant', {
      groupId: group.meta.id,
      caseId: fourth,
    });
    expect(joined.participants.map((p) => p.alias)).toContain('Anggrek');
    await expect(
      h.call('groups.addParticipant', { groupId: group.meta.id, caseId: fourth }),
    ).rejects.toMatchObject({ code: 'exists' });
    const base = { startsAt: STARTS, durationMinutes: 60, channel: 'faceToFace' as const };
    await expect(
      h.call('groups.create', { ...base, caseIds: [ids[0] as string] }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(
      h.call('groups.create', { ...base, caseIds: [ids[0] as string, ids[0] as string] }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    h.core.close();
  });

  it('finds the shared note by search, as each participant’s session', async () => {
    const h = await notebook();
    const { group, partOf, ids } = await groupOfThree(h);
    await h.call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(group.documentState, 'Latihan pernapasan bersama'),
    });
    const { hits } = await h.call('search.query', { text: 'pernapasan' });
    expect(hits.map((x) => x.sessionId).sort()).toEqual(ids.map(partOf).sort());
    h.core.close();
  });

  it("erasing one participant's case removes their part and takes them out; the others stay", async () => {
    const h = await notebook();
    const { ids, group, partOf } = await groupOfThree(h);
    const [a, b] = ids as [string, string];
    await h.call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(group.documentState, 'Catatan bersama kelompok'),
    });
    const partB = await h.call('sessions.get', { sessionId: partOf(b) });
    await h.call('documents.update', {
      documentId: partB.documentId,
      update: noteEdit(partB.documentState, 'Bagian Melati sendiri'),
    });
    await h.call('cases.update', { caseId: a, status: 'closed' });
    await h.call('erasure.setPolicy', { retentionDays: 0 });
    const outcome = await h.call('erasure.erase', { caseId: a, confirmAlias: 'Mawar' });
    expect(outcome.outcome).toBe('erased');
    const after = await h.call('groups.get', { groupId: group.meta.id });
    expect(after.participants.map((p) => p.alias)).toEqual(['Melati', 'Kenanga']);
    expect(noteOf(after.documentState)).toContain('Catatan bersama');
    await expect(h.call('sessions.get', { sessionId: partOf(a) })).rejects.toMatchObject({
      code: 'not_found',
    });
    const stillB = await h.call('sessions.get', { sessionId: partOf(b) });
    expect(noteOf(stillB.documentState)).toContain('Bagian Melati');
    h.core.close();
  });

  it('goes into the backup and comes back on a new laptop, shared note and parts', async () => {
    const h = await notebook();
    const { ids, group, partOf } = await groupOfThree(h);
    await h.call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(group.documentState, 'Kesepakatan kelompok dibaca ulang'),
    });
    const file = await downloadBackup(h);
    h.core.close();
    const restored = await restoreOnNewDevice(file);
    const back = await until('the group on the new laptop', async () =>
      restored.call('groups.get', { groupId: group.meta.id }).catch(() => undefined),
    );
    expect(noteOf(back.documentState)).toContain('Kesepakatan kelompok');
    const listed = await restored.call('cases.get', { caseId: ids[2] as string });
    expect(listed.sessions[0]).toMatchObject({
      id: partOf(ids[2] as string),
      groupId: group.meta.id,
    });
    restored.core.close();
  });
});
