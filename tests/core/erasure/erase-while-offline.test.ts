import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { noteEdit, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { inspectCase, relayEntriesOf } from '../support/erasure-steps';
import { joinAsCounselor } from '../support/team-steps';
import { until } from '../support/until';

/**
 * A supervisor asks to erase a closed case while the team's relay cannot be reached: the request
 * waits, and is carried out (or refused, with its reason) when the connection comes back.
 * Each test runs its own relay, since it stops and starts it again on the same port.
 */

/** SQLite, even when the run also has a PostgreSQL: these tests look into the relay's file. */
const RELAY_ENV = { DATABASE_URL: '' };
/** A device that retried while the relay was down waits out its backoff before it returns. */
const RECONNECT_MS = 45_000;

interface Team {
  relayDir: string;
  supervisor: CoreHarness;
  counselor: CoreHarness;
  caseId: string;
  sessionId: string;
  docIds: string[];
  noteState: string;
}

let relay: ChildServer | undefined;
const cores: CoreHarness[] = [];

afterEach(() => {
  for (const h of cores.splice(0)) h.core.close();
  relay?.proc.kill('SIGTERM');
  relay = undefined;
});

/** A team whose counselor closed a case with a session; the retention period is 0 days. */
async function teamWithClosedCase(alias: string): Promise<Team> {
  const relayDir = mkdtempSync(join(tmpdir(), 'pd-relay-'));
  relay = await spawnServer({ dataDir: relayDir, env: RELAY_ENV, allowTeamCreation: true });
  const supervisor = await startCore();
  cores.push(supervisor);
  await supervisor.call('vault.create', { passphrase: PASSPHRASE });
  await supervisor.call('sync.createTeam', { serverUrl: relay.url });
  await supervisor.call('erasure.setPolicy', { retentionDays: 0 });
  const counselor = await joinAsCounselor(supervisor);
  cores.push(counselor);
  const created = await counselor.call('cases.create', { alias });
  const caseId = created.meta.id;
  const session = await counselor.call('sessions.create', {
    caseId,
    startsAt: '2026-11-26T09:00:00+07:00',
    durationMinutes: 30,
    channel: 'chat',
  });
  await counselor.call('documents.update', {
    documentId: session.documentId,
    update: noteEdit(session.documentState, 'Catatan sesi terakhir'),
  });
  await counselor.call('cases.update', { caseId, status: 'closed' });
  await until('the supervisor to see it closed', async () => {
    const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
    return check?.state === 'eligible' ? true : undefined;
  });
  return {
    relayDir,
    supervisor,
    counselor,
    caseId,
    sessionId: session.meta.id,
    docIds: [`case-${caseId}`, `session-${session.meta.id}`, `private-${session.meta.id}`],
    noteState: session.documentState,
  };
}

/** The relay stops; the supervisor's device notices it is offline. */
async function relayGoesDown(team: Team): Promise<number> {
  const stopped = relay;
  if (!stopped) throw new Error('no relay running');
  relay = undefined;
  stopped.proc.kill('SIGTERM');
  await stopped.exited;
  await until('the supervisor to be offline', async () => {
    const { state } = await team.supervisor.call('sync.status', {});
    return state.kind === 'upToDate' || state.kind === 'syncing' ? undefined : true;
  });
  return stopped.port;
}

async function relayComesBack(team: Team, port: number): Promise<void> {
  relay = await spawnServer({ dataDir: team.relayDir, port, env: RELAY_ENV });
}

async function restart(h: CoreHarness): Promise<CoreHarness> {
  h.core.close();
  cores.splice(cores.indexOf(h), 1);
  const again = await startCore(h.dataDir);
  cores.push(again);
  await again.call('vault.unlock', { passphrase: PASSPHRASE });
  return again;
}

describe('erasing a closed case while the team cannot be reached', () => {
  it('waits for the connection without shredding anything, then runs on return, and the counselor shreds it after sync', async () => {
    const team = await teamWithClosedCase('Melati');
    const { supervisor, counselor, caseId, docIds } = team;
    await until('the relay to hold the case', async () =>
      relayEntriesOf(team.relayDir, caseId) > 0 ? true : undefined,
    );
    const port = await relayGoesDown(team);

    const outcome = await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Melati' });
    expect(outcome).toMatchObject({ outcome: 'waiting' });
    expect(await supervisor.call('erasure.check', { caseId })).toMatchObject({ state: 'waiting' });
    expect(await supervisor.call('erasure.requests', {})).toEqual([
      expect.objectContaining({ caseId, alias: 'Melati', state: 'waiting' }),
    ]);
    // Nothing is shredded yet: the keys, the rows and the relay's copy are all still there.
    expect((await supervisor.call('cases.list', {})).cases.map((c) => c.id)).toEqual([caseId]);
    const held = inspectCase(supervisor, caseId, docIds);
    expect(held.keys).toBeGreaterThan(0);
    expect(held.rows).toBeGreaterThan(0);
    expect(held.erased).toBe(0);
    expect(await supervisor.call('erasure.list', {})).toEqual([]);
    expect(relayEntriesOf(team.relayDir, caseId)).toBeGreaterThan(0);
    // While it waits, the case is not changed: what was written would be shredded with it.
    await expect(supervisor.call('cases.update', { caseId, tags: ['selesai'] })).rejects.toThrow(
      /erasure_waiting/,
    );
    await expect(
      supervisor.call('sessions.create', {
        caseId,
        startsAt: '2026-11-27T09:00:00+07:00',
        durationMinutes: 30,
        channel: 'chat',
      }),
    ).rejects.toThrow(/erasure_waiting/);
    await expect(
      supervisor.call('documents.update', {
        documentId: `session-${team.sessionId}`,
        update: noteEdit(team.noteState, 'Tidak boleh tersimpan'),
      }),
    ).rejects.toThrow(/erasure_waiting/);
    // Reading it still works (and is still audited).
    const read = await supervisor.call('sessions.get', { sessionId: team.sessionId });
    expect(read.meta.caseId).toBe(caseId);
    // ...and says why it cannot be changed, so the screen offers no editing.
    expect(read.readOnly).toBe('erasureWaiting');
    // Asking twice does not queue it twice.
    await expect(
      supervisor.call('erasure.erase', { caseId, confirmAlias: 'Melati' }),
    ).rejects.toThrow(/bad_request/);

    await relayComesBack(team, port);
    await until(
      'the supervisor to carry out the erasure',
      async () => ((await supervisor.call('cases.list', {})).cases.length === 0 ? true : undefined),
      RECONNECT_MS,
    );
    expect(relayEntriesOf(team.relayDir, caseId)).toBe(0);
    expect(inspectCase(supervisor, caseId, docIds)).toMatchObject({
      keys: 0,
      filed: 0,
      rows: 0,
      erased: 1,
    });
    expect(await supervisor.call('erasure.requests', {})).toEqual([]);
    const [record] = await supervisor.call('erasure.list', {});
    expect(record).toMatchObject({ caseId, verified: true });

    await until(
      'the counselor to shred the case',
      async () => ((await counselor.call('cases.list', {})).cases.length === 0 ? true : undefined),
      RECONNECT_MS,
    );
    expect(inspectCase(counselor, caseId, docIds)).toMatchObject({
      keys: 0,
      rows: 0,
      outbox: 0,
      erased: 1,
    });
    expect(await counselor.call('erasure.list', {})).toEqual([record]);
  }, 120_000);

  it('a waiting request survives a restart of the app and a lock and unlock, and runs when the relay is back', async () => {
    const team = await teamWithClosedCase('Kenanga');
    const { caseId, docIds } = team;
    const port = await relayGoesDown(team);
    expect(
      await team.supervisor.call('erasure.erase', { caseId, confirmAlias: 'Kenanga' }),
    ).toMatchObject({ outcome: 'waiting' });

    let supervisor = await restart(team.supervisor);
    expect(await supervisor.call('erasure.check', { caseId })).toMatchObject({ state: 'waiting' });
    await expect(supervisor.call('cases.update', { caseId, status: 'open' })).rejects.toThrow(
      /erasure_waiting/,
    );
    await supervisor.call('vault.lock', {});
    await supervisor.call('vault.unlock', { passphrase: PASSPHRASE });
    expect(await supervisor.call('erasure.requests', {})).toEqual([
      expect.objectContaining({ caseId, state: 'waiting' }),
    ]);
    expect(inspectCase(supervisor, caseId, docIds).erased).toBe(0);

    await relayComesBack(team, port);
    // A fresh start connects at once: no backoff left over from the outage.
    supervisor = await restart(supervisor);
    await until('the supervisor to carry out the erasure', async () =>
      (await supervisor.call('cases.list', {})).cases.length === 0 ? true : undefined,
    );
    expect(relayEntriesOf(team.relayDir, caseId)).toBe(0);
    expect(inspectCase(supervisor, caseId, docIds)).toMatchObject({ keys: 0, rows: 0, erased: 1 });
    expect(await supervisor.call('erasure.requests', {})).toEqual([]);
  }, 120_000);

  it('a cancelled request leaves the case intact, editable and on the relay', async () => {
    const team = await teamWithClosedCase('Cempaka');
    const { supervisor, counselor, caseId, docIds } = team;
    const port = await relayGoesDown(team);
    await supervisor.call('erasure.erase', { caseId, confirmAlias: 'Cempaka' });
    const before = inspectCase(supervisor, caseId, docIds);

    expect(await supervisor.call('erasure.cancel', { caseId })).toEqual([]);
    expect(await supervisor.call('erasure.check', { caseId })).toMatchObject({
      state: 'eligible',
    });
    await expect(supervisor.call('erasure.cancel', { caseId })).rejects.toThrow(/not_found/);
    // Everything the case held is still there, and it can be changed again.
    expect(inspectCase(supervisor, caseId, docIds)).toMatchObject({
      keys: before.keys,
      rows: before.rows,
      erased: 0,
    });
    const detail = await supervisor.call('cases.update', { caseId, tags: ['arsip'] });
    expect(detail.meta).toMatchObject({ alias: 'Cempaka', status: 'closed', tags: ['arsip'] });
    const session = await supervisor.call('sessions.get', { sessionId: team.sessionId });
    expect(session.readOnly).toBeUndefined();

    await relayComesBack(team, port);
    await until(
      'the tag to reach the counselor',
      async () => {
        const { meta } = await counselor.call('cases.get', { caseId });
        return meta.tags.includes('arsip') ? true : undefined;
      },
      RECONNECT_MS,
    );
    await until(
      'the supervisor to be back in sync',
      async () => {
        const { state } = await supervisor.call('sync.status', {});
        return state.kind === 'upToDate' ? true : undefined;
      },
      RECONNECT_MS,
    );
    expect((await supervisor.call('cases.list', {})).cases.map((c) => c.id)).toEqual([caseId]);
    expect(relayEntriesOf(team.relayDir, caseId)).toBeGreaterThan(0);
    expect(await supervisor.call('erasure.list', {})).toEqual([]);
  }, 120_000);

  it('a case reopened on another device meanwhile is not erased, and the reason is shown', async () => {
    const team = await teamWithClosedCase('Teratai');
    const { counselor, caseId, docIds } = team;
    const port = await relayGoesDown(team);
    await team.supervisor.call('erasure.erase', { caseId, confirmAlias: 'Teratai' });
    // The supervisor's laptop stays shut while the counselor reopens the case and it syncs.
    await team.supervisor.call('vault.lock', {});
    await counselor.call('cases.update', { caseId, status: 'open' });
    await relayComesBack(team, port);
    await until(
      'the reopening to reach the relay',
      async () => {
        const status = await counselor.call('sync.status', {});
        return status.state.kind === 'upToDate' && status.pending === 0 ? true : undefined;
      },
      RECONNECT_MS,
    );

    const supervisor = team.supervisor;
    await supervisor.call('vault.unlock', { passphrase: PASSPHRASE });
    const check = await until('the request to be refused', async () => {
      const c = await supervisor.call('erasure.check', { caseId });
      return c.state !== 'waiting' ? c : undefined;
    });
    expect(check).toMatchObject({ state: 'notClosed', refused: { reason: 'reopened' } });
    expect(await supervisor.call('erasure.requests', {})).toEqual([
      expect.objectContaining({
        caseId,
        alias: 'Teratai',
        state: 'refused',
        refusal: expect.objectContaining({ reason: 'reopened' }),
      }),
    ]);
    // Nothing was erased anywhere.
    expect((await supervisor.call('cases.get', { caseId })).meta.status).toBe('open');
    expect(inspectCase(supervisor, caseId, docIds)).toMatchObject({ erased: 0 });
    expect(inspectCase(supervisor, caseId, docIds).rows).toBeGreaterThan(0);
    expect(relayEntriesOf(team.relayDir, caseId)).toBeGreaterThan(0);
    expect(await supervisor.call('erasure.list', {})).toEqual([]);
    expect((await counselor.call('cases.list', {})).cases.map((c) => c.id)).toEqual([caseId]);

    // The person dismisses the notice; the case can be worked on again.
    expect(await supervisor.call('erasure.cancel', { caseId })).toEqual([]);
    expect(await supervisor.call('erasure.check', { caseId })).toEqual({ state: 'notClosed' });
    await supervisor.call('cases.update', { caseId, tags: ['dibuka-lagi'] });
  }, 120_000);
});
