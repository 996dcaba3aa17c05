import { describe, expect, it } from 'vitest';
import { noteChanges } from '../../../renderer/src/session/note-changes';
import { noteEdit, startCore } from '../support/core-harness';
import { sessionWithNote } from './support';

describe('what changed between a submission and a resubmission', () => {
  it('keeps the note as each submission sent it, and answers the last two', async () => {
    const h = await startCore();
    const { session } = await sessionWithNote(h);
    const sessionId = session.meta.id;
    await h.call('review.submit', { sessionId });
    expect(await h.call('review.changes', { sessionId })).toEqual({
      latest: expect.objectContaining({ text: expect.stringContaining('Klien cemas') }),
    });
    await h.call('review.return', { sessionId, text: 'Tambahkan rencana tindak lanjut.' });
    const current = await h.call('sessions.get', { sessionId });
    await h.call('documents.update', {
      documentId: current.documentId,
      update: noteEdit(current.documentState, 'Tindak lanjut: rujuk ke Puskesmas.'),
    });
    await h.call('review.resubmit', { sessionId });
    const changes = await h.call('review.changes', { sessionId });
    expect(changes.previous?.text).not.toContain('Puskesmas');
    expect(changes.latest?.text).toContain('Tindak lanjut: rujuk ke Puskesmas.');
    h.core.close();
  });

  it('marks the words added and removed, and counts them', () => {
    const changes = noteChanges('Klien cemas soal hutang.', 'Klien tenang soal hutang kontrakan.');
    expect(changes.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual([
      'cemas',
    ]);
    expect(changes.added).toBe(2);
    expect(changes.removed).toBe(1);
  });

  it('says nothing changed when the note is the same', () => {
    const same = noteChanges('Klien cemas.', 'Klien cemas.');
    expect(same.added + same.removed).toBe(0);
  });
});
