import { describe, expect, it } from 'vitest';
import { noteEdit, noteOf, PASSPHRASE, startCore } from '../support/core-harness';
import { inspectCase, relayEntriesOf } from '../support/erasure-steps';
import { sqliteRelayForSuite } from '../support/relay-files';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

describe('erasing the case of one participant in a group session', () => {
  const relay = sqliteRelayForSuite();

  it('shreds their part everywhere and takes them out of the group; the shared note and the other parts stay', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const counselor = await joinAsCounselor(supervisor);

    const ids: string[] = [];
    for (const alias of ['Mawar', 'Melati', 'Kenanga']) {
      ids.push((await counselor.call('cases.create', { alias })).meta.id);
    }
    const [a, b] = ids as [string, string];
    const group = await counselor.call('groups.create', {
      caseIds: ids,
      startsAt: '2026-11-25T09:00:00+07:00',
      durationMinutes: 90,
      channel: 'faceToFace',
    });
    const groupId = group.meta.id;
    const partOf = (caseId: string): string =>
      group.participants.find((p) => p.caseId === caseId)?.sessionId ?? '';
    await counselor.call('groups.updateNote', {
      groupId,
      update: noteEdit(group.documentState, 'Catatan bersama kelompok'),
    });
    for (const [caseId, text] of [
      [a, 'Bagian Mawar yang dihapus'],
      [b, 'Bagian Melati yang tinggal'],
    ] as const) {
      const part = await counselor.call('sessions.get', { sessionId: partOf(caseId) });
      await counselor.call('documents.update', {
        documentId: part.documentId,
        update: noteEdit(part.documentState, text),
      });
    }
    await counselor.call('cases.update', { caseId: a, status: 'closed' });
    await until('the supervisor to see the case closed and the group', async () => {
      const check = await supervisor.call('erasure.check', { caseId: a }).catch(() => undefined);
      const shared = await supervisor.call('groups.get', { groupId }).catch(() => undefined);
      return check?.state === 'eligible' && shared?.participants.length === 3 ? true : undefined;
    });

    await supervisor.call('erasure.erase', { caseId: a, confirmAlias: 'Mawar' });
    for (const h of [supervisor, counselor]) {
      const shared = await until('the participant out of the group', async () => {
        const g = await h.call('groups.get', { groupId });
        return g.participants.length === 2 ? g : undefined;
      });
      expect(shared.participants.map((p) => p.caseId)).not.toContain(a);
      expect(noteOf(shared.documentState)).toContain('Catatan bersama');
      await until('the part to be shredded', async () =>
        (await h.call('sessions.get', { sessionId: partOf(a) }).catch(() => undefined)) ===
        undefined
          ? true
          : undefined,
      );
      const kept = await h.call('sessions.get', { sessionId: partOf(b) });
      expect(noteOf(kept.documentState)).toContain('Bagian Melati');
      expect(inspectCase(h, a, [`case-${a}`, `session-${partOf(a)}`])).toMatchObject({
        keys: 0,
        rows: 0,
      });
      expect((await h.call('search.query', { text: 'dihapus' })).hits).toEqual([]);
    }
    expect(relayEntriesOf(relay.dir, a)).toBe(0);
    expect(relayEntriesOf(relay.dir, groupId)).toBeGreaterThan(0);
    for (const h of [supervisor, counselor]) h.core.close();
  }, 90_000);
});
