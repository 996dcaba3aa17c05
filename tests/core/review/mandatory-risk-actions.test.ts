import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SessionDocument } from '../../../electron/core/records/session-document';
import { startCore, type CoreHarness } from '../support/core-harness';
import { relayForTests, sessionWithNote, tamper } from './support';

/**
 * Mandatory actions are enforced (issue #13, item 9): a session whose risk screen requires
 * actions is not sent for review nor signed off until each is recorded or an override is given
 * with a reason; signing also waits for kept values to be chosen (item 8).
 */
const relay = relayForTests();
const HIGH = { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q4Intent: 'yes' } as const;
const REASON = 'Klien menolak dirujuk; dihubungi lagi besok pagi oleh konselor.';

async function referral(h: CoreHarness, caseId: string, toWhom = 'Poli Jiwa RSUD') {
  const detail = await h.call('referrals.create', {
    caseId,
    target: 'hospital',
    toWhom,
    reason: 'Asesmen tatap muka',
    consent: { given: true, scope: 'ringkasan masalah', method: 'verbal' },
    followUpDate: '2026-01-08',
  });
  return detail.referrals.find((r) => r.toWhom === toWhom)?.id ?? '';
}

async function recordAll(h: CoreHarness, sessionId: string, referralId: string) {
  for (const kind of ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'] as const) {
    await h.call('sessions.recordRiskAction', { sessionId, kind, note: '', referralId });
  }
}

describe('mandatory risk actions, through the core', () => {
  it('refuses to submit a high-risk session and names the missing actions', async () => {
    const h = await startCore();
    const { session, caseId } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    await h.call('sessions.answerRisk', { sessionId, answers: HIGH });
    await expect(h.call('review.submit', { sessionId })).rejects.toMatchObject({
      code: 'risk_actions_missing',
      message: expect.stringContaining('faceToFaceReferral, emergencyContact, safetyPlan'),
    });
    await h.call('sessions.recordRiskAction', { sessionId, kind: 'safetyPlan', note: '' });
    await expect(h.call('review.submit', { sessionId })).rejects.toMatchObject({
      code: 'risk_actions_missing',
      message: expect.stringMatching(/: faceToFaceReferral, emergencyContact$/),
    });
    await recordAll(h, sessionId, await referral(h, caseId));
    expect((await h.call('review.submit', { sessionId })).review.status).toBe('submitted');
    h.core.close();
  });

  it('accepts an override with a reason, keeps who and when, and audits it', async () => {
    const h = await startCore();
    const { session, caseId } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    await h.call('sessions.answerRisk', { sessionId, answers: HIGH });
    await expect(
      h.call('review.overrideRiskActions', { sessionId, reason: 'terlalu pendek' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    const overridden = await h.call('review.overrideRiskActions', { sessionId, reason: REASON });
    expect(overridden.review.riskOverrides).toEqual([
      {
        reason: REASON,
        missing: ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'],
        by: expect.stringMatching(/^u-/),
        at: expect.any(String),
      },
    ]);
    expect((await h.call('review.submit', { sessionId })).review.status).toBe('submitted');
    const audit = await h.call('audit.list', { caseId, filters: {} });
    expect(audit.entries.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['riskOverride', 'submitted']),
    );
    expect(audit.entries.find((e) => e.kind === 'riskOverride')?.sessionId).toBe(sessionId);
    expect(audit.verification.valid).toBe(true);
    h.core.close();
  });

  it('refuses an override when nothing is missing', async () => {
    const h = await startCore();
    const { session } = await sessionWithNote(h);
    await expect(
      h.call('review.overrideRiskActions', { sessionId: session.meta.id, reason: REASON }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    h.core.close();
  });

  it('refuses sign-off while actions are missing, and signs once they are recorded', async () => {
    const h = await startCore();
    const { session, caseId } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await h.call('review.submit', { sessionId });
    // The screen turns high after the session went to review (a later answer, or one by sync).
    await h.call('sessions.answerRisk', { sessionId, answers: HIGH });
    await expect(h.call('review.sign', { sessionId })).rejects.toMatchObject({
      code: 'risk_actions_missing',
    });
    await recordAll(h, sessionId, await referral(h, caseId));
    expect((await h.call('review.sign', { sessionId })).review.status).toBe('signed');
    h.core.close();
  });

  it('refuses sign-off while a kept value is still to be chosen', async () => {
    let h = await startCore();
    const { session, itemId } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    const by = (await h.call('sessions.get', { sessionId })).checklist.ticks[itemId]?.by ?? '';
    // This laptop unticks the item; the other, apart, kept it ticked; its update arrives.
    let before: Uint8Array = new Uint8Array();
    h = await tamper(h, `session-${sessionId}`, (doc) => {
      before = Y.encodeStateAsUpdate(doc);
    });
    const apart = new Y.Doc();
    Y.applyUpdate(apart, before);
    new SessionDocument(apart).setTick(itemId, { checked: false, by, at: '2026-01-05T10:00:00Z' });
    new SessionDocument(apart).setTick(itemId, { checked: true, by, at: '2026-01-05T11:00:00Z' });
    await h.call('sessions.tick', { sessionId, itemId, checked: false });
    h = await tamper(h, `session-${sessionId}`, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart)),
    );
    const detail = await h.call('review.submit', { sessionId });
    expect(detail.conflicts).toHaveLength(1);
    await expect(h.call('review.sign', { sessionId })).rejects.toMatchObject({
      code: 'conflict_open',
    });
    await h.call('sessions.resolveConflict', {
      sessionId,
      kind: 'tick',
      key: itemId,
      value: true,
    });
    expect((await h.call('review.sign', { sessionId })).review.status).toBe('signed');
    h.core.close();
  });

  it('needs a referral of the same case for the face-to-face referral action, and the referral shows the session', async () => {
    const h = await startCore();
    const { session, caseId } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    await h.call('sessions.answerRisk', { sessionId, answers: HIGH });
    await expect(
      h.call('sessions.recordRiskAction', { sessionId, kind: 'faceToFaceReferral', note: 'x' }),
    ).rejects.toMatchObject({ code: 'bad_request' });
    const other = await h.call('cases.create', { alias: 'Anggrek' });
    const elsewhere = await referral(h, other.meta.id);
    await expect(
      h.call('sessions.recordRiskAction', {
        sessionId,
        kind: 'faceToFaceReferral',
        note: '',
        referralId: elsewhere,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const referralId = await referral(h, caseId);
    const acted = await h.call('sessions.recordRiskAction', {
      sessionId,
      kind: 'faceToFaceReferral',
      note: '',
      referralId,
    });
    expect(acted.risk.actions).toMatchObject([{ kind: 'faceToFaceReferral', referralId }]);
    const detail = await h.call('cases.get', { caseId });
    expect(detail.referralSources).toEqual([
      { referralId, sessionId, startsAt: session.meta.startsAt },
    ]);
    h.core.close();
  });
});
