import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import { noteEdit, noteOf, PASSPHRASE, startCore } from '../support/core-harness';
import { downloadBackup, restoreOnNewDevice } from '../support/backup-steps';
import { closedCaseSeenBy, inspectCase as inspect, relayEntriesOf } from '../support/erasure-steps';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';
import { sqliteRelayForSuite } from '../support/relay-files';

describe('erasing a closed case after its retention period', () => {
  const relay = sqliteRelayForSuite();

  it('destroys its keys and rows on every device, drops it from the relay and keeps only the register entry', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    const counselor = await joinAsCounselor(supervisor);

    const created = await counselor.call('cases.create', { alias: 'Melati' });
    const caseId = created.meta.id;
    const session = await counselor.call('sessions.create', {
      caseId,
      startsAt: '2026-11-24T10:00:00+07:00',
      durationMinutes: 45,
      channel: 'voiceCall',
    });
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Klien bercerita tentang sekolahnya'),
    });
    await counselor.call('documents.update', {
      documentId: session.privateDocumentId,
      update: noteEdit(session.privateDocumentState, 'Catatan pribadi konselor'),
    });
    await until('the supervisor to read the session', async () => {
      const detail = await supervisor.call('sessions.get', { sessionId: session.meta.id });
      return noteOf(detail.documentState).includes('sekolahnya') ? true : undefined;
    });

    // An open case is never erased; a closed one waits for the retention period (5 years).
    expect(await supervisor.call('erasure.check', { caseId })).toEqual({ state: 'notClosed' });
    await counselor.call('cases.update', { caseId, status: 'closed' });
    const retained = await until('the closed status at the supervisor', async () => {
      const check = await supervisor.call('erasure.check', { caseId });
      return check.state === 'retained' ? check : undefined;
    });
    if (retained.state !== 'retained') throw new Error('unreachable');
    const years = (Date.parse(retained.eligibleAt) - Date.parse(retained.closedAt)) / 86_400_000;
    expect(years).toBe(5 * 365);
    await expect(
      supervisor.call('erasure.erase', { caseId, confirmAlias: 'Melati' }),
    ).rejects.toThrow(/bad_request/);

    // Only a supervisor sets the team's retention period; it reaches the counselor signed.
    await expect(counselor.call('erasure.setPolicy', { retentionDays: 0 })).rejects.toThrow(
      /bad_request/,
    );
    const policy = await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    expect(policy).toMatchObject({ retentionDays: 0, canChange: true });
    await until('the policy at the counselor', async () =>
      (await counselor.call('erasure.policy', {})).retentionDays === 0 ? true : undefined,
    );
    const counselorCheck = await counselor.call('erasure.check', { caseId });
    expect(counselorCheck).toMatchObject({ state: 'eligible', canErase: false });
    await expect(
      counselor.call('erasure.erase', { caseId, confirmAlias: 'Melati' }),
    ).rejects.toThrow(/bad_request/);

    const check = await supervisor.call('erasure.check', { caseId });
    expect(check).toMatchObject({ state: 'eligible', canErase: true, needsConnection: true });
    await expect(
      supervisor.call('erasure.erase', { caseId, confirmAlias: 'Mawar' }),
    ).rejects.toThrow(/alias/);
    const outcome = await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Melati' });
    if (outcome.outcome !== 'erased') throw new Error('online, the erasure is carried out at once');
    const { record } = outcome;
    expect(record).toMatchObject({
      caseId,
      openedOn: created.meta.createdAt.slice(0, 10),
      verified: true,
    });
    expect(JSON.stringify(record)).not.toContain('Melati');

    const docIds = [`case-${caseId}`, `session-${session.meta.id}`, `private-${session.meta.id}`];
    // The supervisor's copy is gone at once.
    expect((await supervisor.call('cases.list', {})).cases).toEqual([]);
    await expect(supervisor.call('cases.get', { caseId })).rejects.toThrow(/not_found/);
    expect(inspect(supervisor, caseId, docIds)).toMatchObject({
      keys: 0,
      filed: 0,
      rows: 0,
      erased: 1,
    });

    // The counselor's device carries out the supervisor's signed entry when it arrives.
    await until('the counselor to shred the case', async () =>
      (await counselor.call('cases.list', {})).cases.length === 0 ? true : undefined,
    );
    expect(inspect(counselor, caseId, docIds)).toEqual({
      keys: 0,
      filed: 0,
      rows: 0,
      outbox: 0,
      erased: 1,
      // The index was rewritten as one snapshot without the case.
      indexUpdates: 0,
    });
    expect((await counselor.call('search.query', { text: 'sekolahnya' })).hits).toEqual([]);
    const counselorList = await counselor.call('erasure.list', {});
    expect(counselorList).toEqual([record]);

    // The relay holds nothing of the case any more.
    expect(relayEntriesOf(relay.dir, caseId)).toBe(0);
  });

  it('a counselor who was offline during the erasure shreds the case on return, and their pending edit never reaches the relay', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const counselor = await joinAsCounselor(supervisor);
    const { caseId, session } = await closedCaseSeenBy(supervisor, counselor, 'Teratai');

    // The counselor writes once more and closes the laptop before it is sent.
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Tambahan yang belum terkirim'),
    });
    await counselor.call('vault.lock', {});
    expect(
      await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Teratai' }),
    ).toMatchObject({ outcome: 'erased' });

    await counselor.call('vault.unlock', { passphrase: PASSPHRASE });
    await until('the counselor to shred the case', async () =>
      (await counselor.call('cases.list', {})).cases.length === 0 ? true : undefined,
    );
    expect(
      inspect(counselor, caseId, [`case-${caseId}`, `session-${session.meta.id}`]),
    ).toMatchObject({ keys: 0, rows: 0, outbox: 0, erased: 1 });
    expect(relayEntriesOf(relay.dir, caseId)).toBe(0);
  });

  it('a backup made before the erasure can no longer open the case once it is restored', async () => {
    const supervisor = await startCore();
    await supervisor.call('vault.create', { passphrase: PASSPHRASE });
    await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
    const counselor = await joinAsCounselor(supervisor);
    const created = await counselor.call('cases.create', { alias: 'Cempaka' });
    const caseId = created.meta.id;
    const kept = await counselor.call('cases.create', { alias: 'Seroja' });
    await counselor.call('cases.update', { caseId, status: 'closed' });
    // The backup is made once the relay holds the case keys for the counselor.
    await until('the relay to hold the keys', async () => {
      const db = new Database(join(counselor.dataDir, DATABASE_FILE), { readonly: true });
      try {
        const held = db
          .prepare('SELECT COUNT(*) AS n FROM key_custody WHERE scope_id IN (?, ?)')
          .get(caseId, kept.meta.id) as { n: number };
        return held.n >= 2 ? true : undefined;
      } finally {
        db.close();
      }
    });
    const file = await downloadBackup(counselor);
    await until('the supervisor to see it closed', async () => {
      const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
      return check?.state === 'eligible' ? true : undefined;
    });
    await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Cempaka' });
    counselor.core.close();

    // The laptop is lost; the backup is restored on a new one and syncs with the team.
    const restored = await restoreOnNewDevice(file);
    const list = await until('the other case back from the team', async () => {
      const { cases } = await restored.call('cases.list', {});
      return cases.some((c) => c.alias === 'Seroja') ? cases : undefined;
    });
    expect(list.map((c) => c.alias)).toEqual(['Seroja']);
    await expect(restored.call('cases.get', { caseId })).rejects.toThrow(/not_found/);
    // No key for it exists anywhere; once the register arrives, its leftover rows go too.
    expect(inspect(restored, caseId, [`case-${caseId}`]).keys).toBe(0);
    await until('the restored notebook to shred the leftover rows', async () => {
      const left = inspect(restored, caseId, [`case-${caseId}`]);
      return left.rows === 0 && left.erased === 1 ? true : undefined;
    });
    for (const h of [supervisor, restored]) h.core.close();
  }, 60_000);

  it('a deleted index entry leaves no trace of its text in the rewritten document', () => {
    const doc = new Y.Doc();
    doc.getMap('cases').set('c1', { id: 'c1', alias: 'Melati' });
    doc.getMap('cases').set('c2', { id: 'c2', alias: 'Kenanga' });
    doc.getMap('cases').delete('c1');
    const bytes = Buffer.from(Y.encodeStateAsUpdate(doc));
    expect(bytes.includes('Melati')).toBe(false);
    expect(bytes.includes('Kenanga')).toBe(true);
  });

  it('someone working alone erases their own closed case, and it leaves their notebook', async () => {
    const alone = await startCore();
    await alone.call('vault.create', { passphrase: PASSPHRASE });
    const created = await alone.call('cases.create', { alias: 'Anggrek' });
    const caseId = created.meta.id;
    await alone.call('cases.update', { caseId, status: 'closed' });
    expect((await alone.call('erasure.check', { caseId })).state).toBe('retained');
    await alone.call('erasure.setPolicy', { retentionDays: 0 });
    expect(await alone.call('erasure.check', { caseId })).toMatchObject({
      state: 'eligible',
      canErase: true,
      needsConnection: false,
      // Alone, the case key is only in this notebook: backups made earlier still hold it.
      backupsMayHoldKey: true,
    });
    const outcome = await alone.call('erasure.erase', { caseId, confirmAlias: 'Anggrek' });
    // Alone there is no relay to wait for: it is erased at once.
    if (outcome.outcome !== 'erased') throw new Error('alone, the erasure is carried out at once');
    const { record } = outcome;
    expect(record.verified).toBe(true);
    expect((await alone.call('cases.list', {})).cases).toEqual([]);
    expect(await alone.call('erasure.list', {})).toEqual([record]);
    expect(inspect(alone, caseId, [`case-${caseId}`])).toMatchObject({
      keys: 0,
      rows: 0,
      erased: 1,
    });
  });
});
