import { describe, expect, it } from 'vitest';
import { noteEdit, noteOf, PASSPHRASE, startCore } from '../support/core-harness';

const waitFor = async (check: () => Promise<boolean>): Promise<void> => {
  for (let i = 0; i < 50; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met');
};

describe('the records API, end to end through the core', () => {
  it('refuses every records call while the vault is locked', async () => {
    const { call } = await startCore();
    await expect(call('cases.list', {})).rejects.toMatchObject({ code: 'locked' });
  });

  it('keeps a case, a session with its note, ticks, risk and a referral across a restart', async () => {
    const first = await startCore();
    await first.call('vault.create', { passphrase: PASSPHRASE });
    const created = await first.call('cases.create', { alias: 'Mawar' });
    expect(created.meta.alias).toBe('Mawar');
    const other = await first.call('cases.create', { alias: 'Anggrek' });

    const session = await first.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-11-20T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'whatsapp',
    });
    expect(session.template.templateId).toBe('who2004');
    await first.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Klien bercerita tentang tekanan kerja di puskesmas'),
    });
    const firstItem = session.template.stages[0]?.items[0]?.itemId ?? '';
    await first.call('sessions.tick', {
      sessionId: session.meta.id,
      itemId: firstItem,
      checked: true,
    });
    const screened = await first.call('sessions.answerRisk', {
      sessionId: session.meta.id,
      answers: {
        q1WishDead: 'yes',
        q2SuicidalThoughts: 'yes',
        q3Method: 'yes',
        q4Intent: 'no',
        q5Plan: 'no',
        q6Behaviour: 'no',
      },
    });
    expect(screened.risk.level).toBe('moderate');
    expect(screened.risk.onlineCounselingSuitable).toBe(false);
    expect(screened.risk.missingActions).toContain('faceToFaceReferral');
    const referred = await first.call('referrals.create', {
      caseId: created.meta.id,
      target: 'hospital',
      toWhom: 'Poli Jiwa RSUD',
      reason: 'Pikiran bunuh diri dengan metode',
      consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
      followUpDate: '2026-11-01',
    });
    const acted = await first.call('sessions.recordRiskAction', {
      sessionId: session.meta.id,
      kind: 'faceToFaceReferral',
      note: 'Dirujuk ke poli jiwa',
      referralId: referred.referrals[0]?.id,
    });
    expect(acted.risk.missingActions).not.toContain('faceToFaceReferral');

    const list = await first.call('cases.list', {});
    expect(list.cases.map((c) => c.alias)).toEqual(['Mawar', 'Anggrek']);
    expect(list.cases[0]).toMatchObject({ riskFlagged: true, riskLevel: 'moderate' });
    expect(list.cases[0]?.overdueFollowUps).toBe(1);
    expect(other.meta.id).not.toBe(created.meta.id);

    await waitFor(async () => {
      const hits = await first.call('search.query', { text: 'puskesmas' });
      return hits.hits.some((h) => h.kind === 'session' && h.match.toLowerCase() === 'puskesmas');
    });
    first.core.close();

    const second = await startCore(first.dataDir);
    await second.call('vault.unlock', { passphrase: PASSPHRASE });
    const again = await second.call('sessions.get', { sessionId: session.meta.id });
    expect(noteOf(again.documentState)).toContain('tekanan kerja di puskesmas');
    expect(again.checklist.ticks[firstItem]?.checked).toBe(true);
    expect(again.risk.level).toBe('moderate');
    const home = await second.call('home.summary', { today: '2026-11-20' });
    expect(home.today.map((s) => s.id)).toEqual([session.meta.id]);
    expect(home.highRisk.map((c) => c.alias)).toEqual(['Mawar']);
    expect(home.overdue[0]?.daysOverdue).toBe(19);
    await waitFor(async () => {
      const hits = await second.call('search.query', { text: 'poli jiwa' });
      return hits.hits.some((h) => h.kind === 'referral');
    });

    const resolved = await second.call('cases.resolveRisk', {
      caseId: created.meta.id,
      note: 'Sudah bertemu psikiater, rencana keselamatan dibuat',
    });
    expect(resolved.risk.flagged).toBe(false);
    second.core.close();
  });

  it('refuses a renderer edit to a document that is not a note', async () => {
    const { call } = await startCore();
    await call('vault.create', { passphrase: PASSPHRASE });
    await expect(
      call('documents.update', { documentId: 'index', update: 'AAA=' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });
});
