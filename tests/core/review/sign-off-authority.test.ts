import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { until } from '../support/until';
import { accountSigner, forgeSignOff, relayForTests, sessionWithNote, tamper } from './support';

const relay = relayForTests();

async function team(): Promise<{ supervisor: CoreHarness; counselor: CoreHarness }> {
  const supervisor = await startCore();
  await supervisor.call('vault.create', { passphrase: PASSPHRASE });
  await supervisor.call('sync.createTeam', { serverUrl: relay() });
  const counselor = await startCore();
  await counselor.call('vault.create', { passphrase: PASSPHRASE });
  const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
  await counselor.call('sync.join', { code });
  return { supervisor, counselor };
}

async function submittedSession(counselor: CoreHarness): Promise<string> {
  const created = await counselor.call('cases.create', { alias: 'Kamboja' });
  const session = await counselor.call('sessions.create', {
    caseId: created.meta.id,
    startsAt: '2026-11-23T09:00:00+07:00',
    durationMinutes: 40,
    channel: 'faceToFace',
  });
  await counselor.call('review.submit', { sessionId: session.meta.id });
  return session.meta.id;
}

describe('only a supervisor of the team signs a session off', () => {
  it("refuses a counselor's sign-off and offers signing to the supervisor only", async () => {
    const { supervisor, counselor } = await team();
    const sessionId = await submittedSession(counselor);

    await expect(counselor.call('review.sign', { sessionId })).rejects.toMatchObject({
      code: 'bad_request',
    });
    const mine = await counselor.call('sessions.get', { sessionId });
    expect(mine.review).toMatchObject({ status: 'submitted', locked: false, canSign: false });
    expect(mine.review.signature.status).toBe('unsigned');

    const theirs = await until('the session at the supervisor', async () => {
      const detail = await supervisor.call('sessions.get', { sessionId });
      return detail.review.status === 'submitted' ? detail : undefined;
    });
    expect(theirs.review.canSign).toBe(true);
    for (const h of [supervisor, counselor]) h.core.close();
  });

  it('refuses a sign-off from someone in no team', async () => {
    const h = await startCore();
    const { session } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    await h.call('review.submit', { sessionId });
    await expect(h.call('review.sign', { sessionId })).rejects.toMatchObject({
      code: 'bad_request',
    });
    const detail = await h.call('sessions.get', { sessionId });
    expect(detail.review).toMatchObject({ status: 'submitted', locked: false, canSign: false });
    h.core.close();
  });

  it("does not lock a session on a sign-off forged with a counselor's key, shows it refused, and locks on the supervisor's", async () => {
    const enrolled = await team();
    const { supervisor } = enrolled;
    let { counselor } = enrolled;
    const sessionId = await submittedSession(counselor);

    // A modified client writes a genuine signature by the counselor's own key into the document.
    const before = await counselor.call('sessions.get', { sessionId });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(before.documentState, 'base64'));
    const vector = Y.encodeStateVector(doc);
    forgeSignOff(doc, sessionId, accountSigner(counselor.dataDir), '2026-11-23T10:00:00.000Z');
    await counselor.call('documents.update', {
      documentId: before.documentId,
      update: Buffer.from(Y.encodeStateAsUpdate(doc, vector)).toString('base64'),
    });
    const forged = await counselor.call('sessions.get', { sessionId });
    expect(forged.review).toMatchObject({ status: 'submitted', locked: false });
    expect(forged.review.signature).toMatchObject({ status: 'valid', authority: 'refused' });
    // Not locked: the counselor can still correct the session.
    await counselor.call('sessions.update', { sessionId, durationMinutes: 45 });

    // At the supervisor it arrives by sync, is shown as refused and is not counted as signed.
    const arrived = await until('the forged sign-off at the supervisor', async () => {
      const detail = await supervisor.call('sessions.get', { sessionId });
      const done = detail.review.signature.status !== 'unsigned' && detail.meta.durationMinutes;
      return done === 45 ? detail : undefined;
    });
    expect(arrived.review).toMatchObject({ status: 'submitted', locked: false });
    expect(arrived.review.signature.authority).toBe('refused');
    const queue = await supervisor.call('review.queue', {});
    expect(queue.items).toMatchObject([{ sessionId, status: 'submitted', signatureRefused: true }]);
    expect((await supervisor.call('review.queue', { status: ['signed'] })).total).toBe(0);
    expect((await supervisor.call('review.dashboard', { today: '2026-11-24' })).waiting).toBe(1);

    // The supervisor's own sign-off replaces it, locks the session and counts.
    const signed = await supervisor.call('review.sign', { sessionId });
    expect(signed.review).toMatchObject({ status: 'signed', locked: true });
    expect(signed.review.signature).toMatchObject({ status: 'valid', authority: 'supervisor' });
    expect((await supervisor.call('review.queue', { status: ['signed'] })).total).toBe(1);
    await until('the supervisor sign-off at the counselor', async () => {
      const detail = await counselor.call('sessions.get', { sessionId });
      return detail.review.signature.authority === 'supervisor' ? true : undefined;
    });
    await expect(
      counselor.call('sessions.update', { sessionId, durationMinutes: 50 }),
    ).rejects.toMatchObject({ code: 'signed' });

    // Offline after a restart the signed roster kept on the device still checks the signer: the
    // sign-off stays valid and the session locked, without asking the relay anything.
    counselor = await tamper(counselor, 'team', (team) =>
      team.getMap('enrollment').set('serverUrl', 'ws://127.0.0.1:9'),
    );
    const offline = await counselor.call('sessions.get', { sessionId });
    expect(offline.review).toMatchObject({ status: 'signed', locked: true });
    expect(offline.review.signature.authority).toBe('supervisor');
    await expect(
      counselor.call('sessions.update', { sessionId, durationMinutes: 50 }),
    ).rejects.toMatchObject({ code: 'signed' });
    for (const h of [supervisor, counselor]) h.core.close();
  });
});
