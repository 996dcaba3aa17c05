import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorInText } from '../../../electron/core/review';
import { startCore } from '../support/core-harness';
import { firstText, relayForTests, sessionWithNote, tamper } from './support';

const sessionDoc = (id: string): string => `session-${id}`;
const relay = relayForTests();

describe('supervision through the core: review, comments, sign-off', () => {
  it('returns a session for revision, keeps the thread, and signs it after resubmission', async () => {
    const h = await startCore();
    const { session } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await expect(h.call('review.return', { sessionId, text: 'x' })).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect((await h.call('review.submit', { sessionId })).review.status).toBe('submitted');
    const returned = await h.call('review.return', {
      sessionId,
      text: 'Tambahkan rencana keselamatan.',
    });
    expect(returned.review.status).toBe('returned');
    await h.call('review.answer', { sessionId, text: 'Sudah ditambahkan.' });
    await h.call('review.resubmit', { sessionId });
    const signed = await h.call('review.sign', { sessionId });
    expect(signed.review.thread.map((e) => e.kind)).toEqual([
      'submit',
      'return',
      'answer',
      'resubmit',
      'sign',
    ]);
    expect(signed.review.thread[1]?.text).toBe('Tambahkan rencana keselamatan.');
    expect(signed.review).toMatchObject({ status: 'signed', locked: true });
    expect(signed.readOnly).toBe('signed');
    expect(signed.review.signature.status).toBe('valid');
    expect((await h.call('review.verify', { sessionId })).status).toBe('valid');
  });

  it('refuses every edit of a signed session, takes an addendum instead', async () => {
    const h = await startCore();
    const { session, itemId } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await h.call('review.submit', { sessionId });
    const signed = await h.call('review.sign', { sessionId });
    const { doc, text } = firstText(signed.documentState);
    const before = Y.encodeStateVector(doc);
    text.insert(0, 'Diubah: ');
    const update = Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64');
    const refused = [
      h.call('documents.update', { documentId: session.documentId, update }),
      h.call('sessions.tick', { sessionId, itemId, checked: false }),
      h.call('sessions.update', { sessionId, durationMinutes: 60 }),
      h.call('sessions.answerRisk', { sessionId, answers: { q1WishDead: 'yes' } }),
      h.call('sessions.recordRiskAction', { sessionId, kind: 'safetyPlan', note: 'x' }),
    ];
    for (const call of refused) await expect(call).rejects.toMatchObject({ code: 'signed' });
    // The private note is the counselor's own and not part of what was signed.
    await h.call('documents.update', {
      documentId: session.privateDocumentId,
      update: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64'),
    });
    const withAddendum = await h.call('review.addendum', {
      sessionId,
      text: 'Koreksi: durasi sebenarnya 60 menit.',
    });
    expect(withAddendum.review.addenda).toMatchObject([
      { text: 'Koreksi: durasi sebenarnya 60 menit.' },
    ]);
    expect(withAddendum.review.signature.status).toBe('valid');
  });

  it('shows a signed record altered in its document as altered, and a forged one as invalid', async () => {
    let h = await startCore();
    const { session, itemId } = await sessionWithNote(h, relay());
    const sessionId = session.meta.id;
    await h.call('review.submit', { sessionId });
    await h.call('review.sign', { sessionId });

    h = await tamper(h, sessionDoc(sessionId), (doc) => {
      const text = (doc.getXmlFragment('note').get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(0, 'Tidak ');
    });
    expect((await h.call('review.verify', { sessionId })).status).toBe('altered');
    expect((await h.call('sessions.get', { sessionId })).review.signature.status).toBe('altered');

    h = await tamper(h, sessionDoc(sessionId), (doc) => {
      const text = (doc.getXmlFragment('note').get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.delete(0, 'Tidak '.length);
    });
    expect((await h.call('review.verify', { sessionId })).status).toBe('valid');

    h = await tamper(h, sessionDoc(sessionId), (doc) => doc.getMap('ticks').delete(itemId));
    expect((await h.call('review.verify', { sessionId })).status).toBe('altered');

    h = await tamper(h, sessionDoc(sessionId), (doc) => {
      const review = doc.getMap<Record<string, unknown>>('review');
      const signOff = review.get('signOff') ?? {};
      review.set('signOff', { ...signOff, signature: 'ab'.repeat(64) });
    });
    expect((await h.call('review.verify', { sessionId })).status).toBe('invalid');
  });

  it('anchors a comment to a sentence that follows later edits; replies and resolves', async () => {
    const h = await startCore();
    const { session } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    const loaded = await h.call('sessions.get', { sessionId });
    const { doc, text } = firstText(loaded.documentState);
    const anchor = anchorInText(
      text,
      'Klien cemas soal hutang. '.length,
      'Rencana: bertemu lagi.'.length,
    );
    const commented = await h.call('comments.add', {
      sessionId,
      anchor: { kind: 'note', ...anchor },
      text: 'Kapan tepatnya?',
    });
    const comment = commented.review.comments[0];
    expect(comment?.current?.quote).toBe('Rencana: bertemu lagi.');

    const before = Y.encodeStateVector(doc);
    text.insert(0, 'Senin pagi. ');
    await h.call('documents.update', {
      documentId: session.documentId,
      update: Buffer.from(Y.encodeStateAsUpdate(doc, before)).toString('base64'),
    });
    const moved = await h.call('sessions.get', { sessionId });
    expect(moved.review.comments[0]?.current).toMatchObject({
      quote: 'Rencana: bertemu lagi.',
      from: 'Senin pagi. Klien cemas soal hutang. '.length,
    });

    const commentId = comment?.id ?? '';
    await h.call('comments.reply', { sessionId, commentId, text: 'Kamis depan.' });
    await h.call('comments.add', {
      sessionId,
      anchor: { kind: 'risk', questionId: 'q1WishDead' },
      text: 'Tanyakan lagi.',
    });
    const resolved = await h.call('comments.resolve', { sessionId, commentId });
    expect(resolved.review.comments[0]).toMatchObject({
      replies: [{ text: 'Kamis depan.' }],
      resolved: { by: expect.any(String) },
    });
    expect(resolved.review.comments[1]?.anchor).toEqual({ kind: 'risk', questionId: 'q1WishDead' });
  });
});
