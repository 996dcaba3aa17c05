import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MultiValueRegister } from '../../../electron/core/review';
import { PASSPHRASE, startCore } from '../support/core-harness';
import { relayForTests, sessionWithNote, tamper } from './support';

const relay = relayForTests();

describe('the audit trail of a case, through the core', () => {
  it('records opening, submission, return and signing, signed and chained', async () => {
    const h = await startCore();
    const { caseId, session } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await h.call('sessions.get', { sessionId });
    await h.call('sessions.get', { sessionId });
    await h.call('review.submit', { sessionId });
    await h.call('review.return', { sessionId, text: 'Lengkapi.' });
    await h.call('review.resubmit', { sessionId });
    await h.call('review.sign', { sessionId });
    const trail = await h.call('audit.list', { caseId, filters: {} });
    expect(trail.entries.map((e) => e.kind).reverse()).toEqual([
      'opened',
      'submitted',
      'returned',
      'submitted',
      'signed',
    ]);
    expect(trail.verification).toMatchObject({ valid: true, entries: 5, problems: [] });
    expect(trail.entries.map((e) => e.seq).reverse()).toEqual([0, 1, 2, 3, 4]);
    const opened = await h.call('audit.list', { caseId, filters: { kind: 'opened' } });
    expect(opened.entries).toHaveLength(1);
    expect(opened.people).toEqual([trail.entries[0]?.by]);

    // Once per session per unlock: a new unlock opens it again.
    await h.call('vault.lock', {});
    await h.call('vault.unlock', { passphrase: PASSPHRASE });
    await h.call('sessions.get', { sessionId });
    expect(
      (await h.call('audit.list', { caseId, filters: { kind: 'opened' } })).entries,
    ).toHaveLength(2);
  });

  it('detects an entry removed from the trail and an entry altered in it', async () => {
    let h = await startCore();
    const { caseId, session } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await h.call('sessions.get', { sessionId });
    await h.call('review.submit', { sessionId });
    await h.call('review.sign', { sessionId });

    h = await tamper(h, `case-${caseId}`, (doc) => doc.getArray('audit').delete(1, 1));
    const removed = await h.call('audit.list', { caseId, filters: {} });
    expect(removed.verification.valid).toBe(false);
    expect(removed.verification.problems).toContainEqual(
      expect.objectContaining({ kind: 'gap', seq: 2, missing: 1 }),
    );

    h = await tamper(h, `case-${caseId}`, (doc) => {
      const audit = doc.getArray<Record<string, unknown>>('audit');
      const first = audit.get(0);
      audit.delete(0, 1);
      audit.insert(0, [{ ...first, at: '2020-01-01T00:00:00.000Z' }]);
    });
    const altered = await h.call('audit.list', { caseId, filters: {} });
    expect(altered.verification.problems).toContainEqual(
      expect.objectContaining({ kind: 'altered', seq: 0 }),
    );
  });

  it('finds the last entry removed, because this device remembers its head', async () => {
    let h = await startCore();
    const { caseId, session } = await sessionWithNote(h);
    await h.call('review.submit', { sessionId: session.meta.id });
    h = await tamper(h, `case-${caseId}`, (doc) => {
      const audit = doc.getArray('audit');
      audit.delete(audit.length - 1, 1);
    });
    const trail = await h.call('audit.list', { caseId, filters: {} });
    expect(trail.verification.problems).toContainEqual(expect.objectContaining({ kind: 'gap' }));
  });

  it('audits a backup export in every case', async () => {
    const h = await startCore();
    const { caseId } = await sessionWithNote(h);
    await h.call('backup.export', {});
    const trail = await h.call('audit.list', { caseId, filters: { kind: 'exported' } });
    expect(trail.entries).toHaveLength(1);
    expect(trail.verification.valid).toBe(true);
  });
});

describe('the review queue and dashboard, through the core', () => {
  it('lists submitted sessions risk first, then the longest waiting, with counts', async () => {
    const h = await startCore();
    const { caseId, session } = await sessionWithNote(h, relay());
    const other = await h.call('sessions.create', {
      caseId,
      startsAt: '2026-01-06T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'voiceCall',
    });
    const draft = await h.call('sessions.create', {
      caseId,
      startsAt: '2026-01-07T09:00:00+07:00',
      durationMinutes: 30,
      channel: 'voiceCall',
    });
    await h.call('review.submit', { sessionId: session.meta.id });
    await h.call('review.submit', { sessionId: other.meta.id });
    await h.call('sessions.answerRisk', {
      sessionId: other.meta.id,
      answers: { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q3Method: 'yes', q4Intent: 'yes' },
    });
    const queue = await h.call('review.queue', {});
    expect(queue.items.map((i) => i.sessionId)).toEqual([other.meta.id, session.meta.id]);
    expect(queue.items[0]).toMatchObject({
      riskLevel: 'high',
      alias: 'Mawar',
      status: 'submitted',
    });
    expect(queue.items.some((i) => i.sessionId === draft.meta.id)).toBe(false);
    const counselor = queue.items[0]?.counselorId ?? '';
    expect(queue.counts).toEqual([{ counselorId: counselor, count: 2 }]);
    expect((await h.call('review.queue', { counselorId: 'u-nobody' })).items).toEqual([]);

    // Signed without the actions its screen requires, with a reason (issue #13, item 9).
    await h.call('review.overrideRiskActions', {
      sessionId: other.meta.id,
      reason: 'Klien dirujuk lewat telepon; dicatat lengkap di sesi berikutnya.',
    });
    await h.call('review.sign', { sessionId: other.meta.id });
    expect((await h.call('review.queue', {})).items.map((i) => i.sessionId)).toEqual([
      session.meta.id,
    ]);
    expect((await h.call('review.queue', { status: ['signed'] })).total).toBe(1);

    const dashboard = await h.call('review.dashboard', { today: '2026-01-08' });
    expect(dashboard.waiting).toBe(1);
    expect(dashboard.highRisk).toMatchObject([{ caseId, riskLevel: 'high' }]);
    expect(dashboard.perWeek.at(-1)).toEqual({ week: '2026-01-05', counts: { [counselor]: 3 } });
  });
});

describe('a case status set differently on two devices', () => {
  it('shows both values, with who and when, until someone chooses', async () => {
    let h = await startCore();
    const { caseId } = await sessionWithNote(h);
    // The other device's copy of the case, taken before this device's change.
    let before: Uint8Array = new Uint8Array();
    h = await tamper(h, `case-${caseId}`, (doc) => {
      before = Y.encodeStateAsUpdate(doc);
    });
    await h.call('cases.update', { caseId, status: 'referred' });
    expect((await h.call('conflicts.list', { caseId })).conflicts).toEqual([]);

    // Apart, a supervisor closed the case; their update arrives (as sync will deliver it).
    const apart = new Y.Doc();
    Y.applyUpdate(apart, before);
    new MultiValueRegister(apart, 'caseStatus').set(
      'closed',
      'u-supervisor',
      '2026-01-09T10:00:00.000Z',
    );
    apart.getMap('meta').set('status', 'closed');
    h = await tamper(h, `case-${caseId}`, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart)),
    );

    const [conflict] = (await h.call('conflicts.list', { caseId })).conflicts;
    expect(conflict?.values.map((v) => [v.value, v.by]).sort()).toEqual([
      ['closed', 'u-supervisor'],
      ['referred', expect.stringMatching(/^u-/)],
    ]);
    // Saving the identity form with the status it showed does not resolve anything.
    const shown = (await h.call('cases.get', { caseId })).meta.status;
    await h.call('cases.update', { caseId, alias: 'Mawar M.', status: shown });
    expect((await h.call('conflicts.list', { caseId })).conflicts).toHaveLength(1);

    const resolved = await h.call('conflicts.resolve', {
      caseId,
      field: 'status',
      value: 'closed',
    });
    expect(resolved.meta.status).toBe('closed');
    expect((await h.call('conflicts.list', { caseId })).conflicts).toEqual([]);
    expect((await h.call('cases.list', {})).cases[0]?.status).toBe('closed');
  });
});

describe('a referral moved to different statuses on two devices', () => {
  it('keeps both, shows them on the case, and follows the choice', async () => {
    let h = await startCore();
    const { caseId } = await sessionWithNote(h);
    const created = await h.call('referrals.create', {
      caseId,
      target: 'healthFacility',
      toWhom: 'Puskesmas Tambora',
      reason: 'Sulit tidur berminggu-minggu',
      consent: { given: true, scope: 'ringkasan', method: 'verbal' },
      followUpDate: '2026-12-01',
    });
    const referralId = created.referrals[0]?.id ?? '';
    let before: Uint8Array = new Uint8Array();
    h = await tamper(h, `case-${caseId}`, (doc) => {
      before = Y.encodeStateAsUpdate(doc);
    });
    await h.call('referrals.transition', { caseId, referralId, to: 'made' });

    // Apart, the supervisor's device recorded the referral as declined.
    const apart = new Y.Doc();
    Y.applyUpdate(apart, before);
    new MultiValueRegister(apart, `referralStatus:${referralId}`).set(
      'declined',
      'u-supervisor',
      '2026-11-30T10:00:00.000Z',
    );
    h = await tamper(h, `case-${caseId}`, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(apart)),
    );

    const conflicts = (await h.call('conflicts.list', { caseId })).conflicts;
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'referralStatus', referralId });
    expect(conflicts[0]?.values.map((v) => v.value).sort()).toEqual(['declined', 'made']);

    const resolved = await h.call('conflicts.resolve', {
      caseId,
      field: 'referralStatus',
      referralId,
      value: 'declined',
    });
    expect(resolved.referrals[0]?.status).toBe('declined');
    expect(resolved.referrals[0]?.history.at(-1)?.status).toBe('declined');
    expect((await h.call('conflicts.list', { caseId })).conflicts).toEqual([]);
  });
});
