import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import { EntryKind } from '../../../shared/sync';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';
import { sqliteRelayForSuite } from '../support/relay-files';

/** The key ids of the team-wide scope a notebook holds (ids only; the keys are sealed). */
function teamKeyIds(h: CoreHarness): string[] {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const rows = db
      .prepare("SELECT key_id FROM scope_keys WHERE scope_id LIKE 'team-%' ORDER BY id")
      .all() as Array<{ key_id: string }>;
    return rows.map((r) => r.key_id);
  } finally {
    db.close();
  }
}

/** The key ids the relay's entries of the team's directory were sealed under, oldest first. */
function directoryKeyIdsOnRelay(relayDir: string): string[] {
  const db = new Database(join(relayDir, 'relay.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT key_id FROM entries WHERE doc_id LIKE 'directory-%' AND kind = ? ORDER BY seq",
      )
      .all(EntryKind.Update) as Array<{ key_id: string }>;
    return rows.map((r) => r.key_id);
  } finally {
    db.close();
  }
}

const noteAt = async (h: CoreHarness, sessionId: string): Promise<string> =>
  noteOf((await h.call('sessions.get', { sessionId })).documentState);

describe('a case changes hands and a member leaves the team', () => {
  const relay = sqliteRelayForSuite();

  it('gives the new counselor the history, and the removed one nothing written after', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const leaving = await joinAsCounselor(supervisor);
    const taking = await joinAsCounselor(supervisor);

    const created = await leaving.call('cases.create', { alias: 'Dahlia' });
    const session = await leaving.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-11-24T10:00:00+07:00',
      durationMinutes: 30,
      channel: 'chat',
    });
    await leaving.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Riwayat dari konselor pertama'),
    });
    // Before the handover the other counselor cannot see the case at all.
    await until('the supervisor to have it', async () =>
      (await noteAt(supervisor, session.meta.id)).includes('konselor pertama') ? true : undefined,
    );
    expect((await taking.call('cases.list', {})).cases).toEqual([]);

    const takingNo = (await taking.call('sync.status', {})).memberNo ?? 0;
    // A counselor hands over to a colleague their laptop lists, i.e. one it has verified in the
    // signed roster: on a slow machine that can come after the colleague joined.
    await until('the leaving counselor to list the new one', async () =>
      (await leaving.call('sync.status', {})).members.some((m) => m.memberNo === takingNo)
        ? true
        : undefined,
    );
    await leaving.call('cases.handOver', { caseId: created.meta.id, toMemberNo: takingNo });
    const history = await until('the history at the new counselor', async () => {
      const text = await noteAt(taking, session.meta.id);
      return text.includes('konselor pertama') ? text : undefined;
    });
    expect(history).toContain('Riwayat dari konselor pertama');
    const afterHandover = await until('the new owner in the case', async () => {
      const detail = await taking.call('cases.get', { caseId: created.meta.id });
      return detail.meta.counselorId !== created.meta.counselorId ? detail : undefined;
    });
    expect(afterHandover.meta.counselorId).not.toBe(created.meta.counselorId);

    // The supervisor removes the first counselor; what is written next never reaches them.
    const leavingNo = (await leaving.call('sync.status', {})).memberNo ?? 0;
    await supervisor.call('sync.removeMember', { memberNo: leavingNo });
    // The relay announces the new member list to everyone; the supervisor's view follows it.
    await until('the member shown as removed', async () => {
      const { members } = await supervisor.call('sync.status', {});
      return members.find((m) => m.memberNo === leavingNo)?.removed ? true : undefined;
    });
    const current = await taking.call('sessions.get', { sessionId: session.meta.id });
    await taking.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(current.documentState, 'Ditulis setelah rotasi kunci'),
    });
    await until('the supervisor to read the new text', async () =>
      (await noteAt(supervisor, session.meta.id)).includes('setelah rotasi') ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(await noteAt(leaving, session.meta.id)).not.toContain('setelah rotasi');
    // The removed device is told so, in words its person can act on.
    const refused = await until('the removed device to be told', async () => {
      const { state } = await leaving.call('sync.status', {});
      return state.kind === 'error' ? state : undefined;
    });
    expect(refused).toMatchObject({ kind: 'error', problem: 'notMember' });
    for (const h of [supervisor, leaving, taking]) h.core.close();
  });

  it("rotates the team-wide key too: the team's directory written after is sealed under a key the removed member never had", async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const leaving = await joinAsCounselor(supervisor);
    const staying = await joinAsCounselor(supervisor);
    await supervisor.call('directory.save', { kind: 'healthFacility', name: 'Puskesmas Cempaka' });
    for (const h of [leaving, staying]) {
      await until('the team directory at each counselor', async () => {
        const { contacts, sharing } = await h.call('directory.list', {});
        return sharing === 'team' && contacts.some((c) => c.name === 'Puskesmas Cempaka')
          ? true
          : undefined;
      });
    }
    const before = teamKeyIds(leaving);
    expect(before).toHaveLength(1);

    const leavingNo = (await leaving.call('sync.status', {})).memberNo ?? 0;
    await supervisor.call('sync.removeMember', { memberNo: leavingNo });
    const rotated = teamKeyIds(supervisor);
    expect(rotated).toHaveLength(2);
    const newKey = rotated.at(-1) as string;
    expect(before).not.toContain(newKey);
    await until('the new team key at the counselor who stays', async () =>
      teamKeyIds(staying).includes(newKey) ? true : undefined,
    );

    await staying.call('directory.save', { kind: 'legalAid', name: 'LBH Kenari' });
    await until('the new contact at the supervisor', async () =>
      (await supervisor.call('directory.list', {})).contacts.some((c) => c.name === 'LBH Kenari')
        ? true
        : undefined,
    );
    // On the relay, what was written after the removal is under the new key only.
    expect(directoryKeyIdsOnRelay(relay.dir).at(-1)).toBe(newKey);
    await new Promise((r) => setTimeout(r, 500));
    expect(teamKeyIds(leaving)).toEqual(before);
    expect((await leaving.call('directory.list', {})).contacts.map((c) => c.name)).not.toContain(
      'LBH Kenari',
    );
    for (const h of [supervisor, leaving, staying]) h.core.close();
  });

  it('lets a supervisor hand over a case whose counselor cannot', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const away = await joinAsCounselor(supervisor);
    const cover = await joinAsCounselor(supervisor);
    const created = await away.call('cases.create', { alias: 'Kamboja' });
    await until('the supervisor to hold the case', async () =>
      (await supervisor.call('cases.list', {})).cases.length === 1 ? true : undefined,
    );
    // A counselor cannot hand over a case that is not theirs: they do not even hold it.
    const coverNo = (await cover.call('sync.status', {})).memberNo ?? 0;
    await expect(
      cover.call('cases.handOver', { caseId: created.meta.id, toMemberNo: coverNo }),
    ).rejects.toMatchObject({ code: 'not_found' });

    await supervisor.call('cases.handOver', { caseId: created.meta.id, toMemberNo: coverNo });
    const received = await until('the case at the covering counselor', async () => {
      const { cases } = await cover.call('cases.list', {});
      return cases.find((c) => c.alias === 'Kamboja');
    });
    expect(received.id).toBe(created.meta.id);
    for (const h of [supervisor, away, cover]) h.core.close();
  });
});
