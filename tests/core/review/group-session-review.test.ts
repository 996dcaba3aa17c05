import { describe, expect, it } from 'vitest';
import { noteEdit, PASSPHRASE, startCore } from '../support/core-harness';
import { relayForTests } from './support';

const relay = relayForTests();

describe('a group session in review', () => {
  it("lists each participant's part in the queue, returned or signed one by one, and the shared note locks once one is signed", async () => {
    const h = await startCore();
    await h.call('vault.create', { passphrase: PASSPHRASE });
    // Only a supervisor signs: the founder of a team of one.
    await h.call('sync.createTeam', { serverUrl: relay() });
    const a = (await h.call('cases.create', { alias: 'Mawar' })).meta.id;
    const b = (await h.call('cases.create', { alias: 'Melati' })).meta.id;
    const group = await h.call('groups.create', {
      caseIds: [a, b],
      startsAt: '2026-12-01T09:00:00+07:00',
      durationMinutes: 60,
      channel: 'faceToFace',
    });
    const [partA, partB] = group.participants.map((p) => p.sessionId) as [string, string];
    await h.call('groups.submit', { groupId: group.meta.id });

    const queue = await h.call('review.queue', {});
    expect(queue.items.map((i) => i.sessionId).sort()).toEqual([partA, partB].sort());

    await h.call('review.return', { sessionId: partA, text: 'Lengkapi bagian Mawar.' });
    await h.call('review.sign', { sessionId: partB });
    const after = await h.call('groups.get', { groupId: group.meta.id });
    expect(after.participants.map((p) => p.reviewStatus)).toEqual(['returned', 'signed']);
    expect(after.readOnly).toBe('signed');
    await expect(
      h.call('groups.updateNote', {
        groupId: group.meta.id,
        update: noteEdit(after.documentState, 'Tambahan setelah tanda tangan'),
      }),
    ).rejects.toMatchObject({ code: 'signed' });

    // Sending the group again sends the returned part; the signed one stays signed.
    const again = await h.call('groups.submit', { groupId: group.meta.id, text: 'Sudah.' });
    expect(again.participants.map((p) => p.reviewStatus)).toEqual(['submitted', 'signed']);
    h.core.close();
  }, 60_000);
});
