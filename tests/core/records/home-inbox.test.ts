import { describe, expect, it } from 'vitest';
import { INDEX_DOCUMENT, INDEX_DOCUMENTS } from '../../../electron/core/records/document-ids';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { tamper } from '../review/support';

const TODAY = '2026-03-10';

async function counselorWithSession() {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const created = await h.call('cases.create', { alias: 'Mawar' });
  const session = await h.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-03-05T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'whatsapp',
  });
  return { h, caseId: created.meta.id, sessionId: session.meta.id };
}

/** The face-to-face referral a high screen's action names (issue #13, item 9). */
async function referralOf(h: Awaited<ReturnType<typeof startCore>>, caseId: string) {
  const referred = await h.call('referrals.create', {
    caseId,
    target: 'hospital',
    toWhom: 'Poli Jiwa RSUD',
    reason: 'Asesmen tatap muka',
    consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
    followUpDate: '2026-03-12',
  });
  return referred.referrals[0]?.id ?? '';
}

describe('Home’s inbox, through the core', () => {
  it('lists a returned session with its reason, and counts it in the navigation', async () => {
    const { h, sessionId } = await counselorWithSession();
    await h.call('review.submit', { sessionId });
    await h.call('review.return', { sessionId, text: 'Tahap 2 belum diisi.' });
    const { inbox } = await h.call('home.summary', { today: TODAY });
    expect(inbox.counselor).toEqual([
      expect.objectContaining({ kind: 'returned', sessionId, text: 'Tahap 2 belum diisi.' }),
    ]);
    expect(inbox.supervisor).toBeNull();
    expect(await h.call('home.counts', { today: TODAY })).toEqual({ home: 1, review: 0 });
    h.core.close();
  });

  it('clears the case flag and Home’s unhandled risk once the required actions are recorded', async () => {
    const { h, caseId, sessionId } = await counselorWithSession();
    const referralId = await referralOf(h, caseId);
    await h.call('sessions.answerRisk', {
      sessionId,
      answers: { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q4Intent: 'yes' },
    });
    let home = await h.call('home.summary', { today: TODAY });
    expect(home.highRisk.map((c) => c.id)).toEqual([caseId]);
    expect(home.inbox.counselor[0]).toMatchObject({ kind: 'risk', sessionId });
    expect((await h.call('cases.get', { caseId })).risk.unhandled[0]?.missing).toEqual([
      'faceToFaceReferral',
      'emergencyContact',
      'safetyPlan',
    ]);

    for (const kind of ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'] as const) {
      await h.call('sessions.recordRiskAction', { sessionId, kind, note: '', referralId });
    }
    home = await h.call('home.summary', { today: TODAY });
    expect(home.highRisk).toEqual([]);
    expect(home.inbox.counselor).toEqual([]);
    const detail = await h.call('cases.get', { caseId });
    expect(detail.risk.flagged).toBe(false);
    const cases = await h.call('cases.list', { flaggedOnly: true });
    expect(cases.cases).toEqual([]);
    h.core.close();
  });

  it('clears a case flagged by an index entry written before handling was kept, on the next opening', async () => {
    const { h, caseId, sessionId } = await counselorWithSession();
    const referralId = await referralOf(h, caseId);
    await h.call('sessions.answerRisk', {
      sessionId,
      answers: { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q4Intent: 'yes' },
    });
    for (const kind of ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'] as const) {
      await h.call('sessions.recordRiskAction', { sessionId, kind, note: '', referralId });
    }
    // As an older version left it: every list in one index document, entries as objects, no
    // handling on the session, the case still flagged.
    let old: Record<string, unknown> = {};
    const moved = await tamper(h, INDEX_DOCUMENTS.sessions, (doc) => {
      const sessions = doc.getMap<string>('sessions');
      old = JSON.parse(sessions.get(sessionId) ?? '{}') as Record<string, unknown>;
      sessions.delete(sessionId);
    });
    delete old.riskMissing;
    const reopened = await tamper(moved, INDEX_DOCUMENT, (doc) => {
      doc.getMap('sessions').set(sessionId, old);
      const cases = doc.getMap<string>('cases');
      cases.set(caseId, {
        ...(JSON.parse(cases.get(caseId) ?? '{}') as object),
        riskFlagged: true,
        riskLevel: 'high',
      } as never);
    });
    const home = await reopened.call('home.summary', { today: TODAY });
    expect(home.highRisk).toEqual([]);
    expect(home.inbox.counselor).toEqual([]);
    reopened.core.close();
  });
});
