import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../../server/support/child-server';
import { noteEdit, noteOf, PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';
import { until } from '../support/until';

async function vault(): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  return h;
}

describe('a counselor and a supervisor sync through the relay', () => {
  let relay: ChildServer;
  beforeAll(async () => {
    relay = await spawnServer({
      dataDir: mkdtempSync(join(tmpdir(), 'pd-relay-')),
      allowTeamCreation: true,
    });
  });
  afterAll(() => {
    relay?.proc.kill('SIGTERM');
  });

  it('brings a case written offline to the supervisor, readable, and nothing to an outsider', async () => {
    const supervisor = await vault();
    const counselor = await vault();
    const outsider = await vault();

    // The counselor writes before joining any team (offline, first day in the field).
    const created = await counselor.call('cases.create', { alias: 'Cempaka' });
    const session = await counselor.call('sessions.create', {
      caseId: created.meta.id,
      startsAt: '2026-11-25T09:00:00+07:00',
      durationMinutes: 40,
      channel: 'voiceCall',
    });
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, 'Ditulis tanpa sinyal di kelurahan'),
    });

    const team = await supervisor.call('sync.createTeam', { serverUrl: relay.url });
    expect(team.role).toBe('supervisor');
    const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
    const joined = await counselor.call('sync.join', { code });
    expect(joined.role).toBe('counselor');
    await outsider.call('sync.createTeam', { serverUrl: relay.url });

    const seen = await until('the case at the supervisor', async () => {
      const { cases } = await supervisor.call('cases.list', {});
      return cases.find((c) => c.alias === 'Cempaka');
    });
    expect(seen.id).toBe(created.meta.id);
    const read = await until('the session note at the supervisor', async () => {
      try {
        const detail = await supervisor.call('sessions.get', { sessionId: session.meta.id });
        return noteOf(detail.documentState).includes('tanpa sinyal') ? detail : undefined;
      } catch {
        return undefined;
      }
    });
    expect(read.alias).toBe('Cempaka');

    // A later edit travels too, and the counselor's status shows nothing waiting.
    await counselor.call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(read.documentState, 'Tindak lanjut hari Jumat'),
    });
    await until('the later edit', async () => {
      const detail = await supervisor.call('sessions.get', { sessionId: session.meta.id });
      return noteOf(detail.documentState).includes('hari Jumat') ? true : undefined;
    });
    const status = await until('the counselor up to date', async () => {
      const s = await counselor.call('sync.status', {});
      return s.state.kind === 'upToDate' && s.pending === 0 ? s : undefined;
    });
    expect(status.bytesSent).toBeGreaterThan(0);
    expect(status.members.map((m) => m.role).sort()).toEqual(['counselor', 'supervisor']);

    // Someone in another team on the same relay sees none of it.
    await new Promise((r) => setTimeout(r, 500));
    expect((await outsider.call('cases.list', {})).cases).toEqual([]);
    for (const h of [supervisor, counselor, outsider]) h.core.close();
  });
});
