import { afterEach, describe, expect, it } from 'vitest';
import {
  ERASURE_REQUESTS_DOCUMENT,
  ERASURES_KIND,
  ErasureRequests,
  ErasureService,
  isErased,
  type TeamForErasure,
} from '../../../electron/core/erasure';
import { EventHub } from '../../../electron/core/events';
import { erasureRefused } from '../../../electron/core/team/team-services';
import { RelayRefusal } from '../../../electron/core/sync';
import { ErrorCode } from '../../../shared/sync';
import { silentLogger } from '../../../electron/core/log';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { PASSPHRASE, startCore } from '../support/core-harness';

/**
 * The waiting list's rules, with a team whose relay answers as each test says: what a refusal,
 * a dropped connection or a lost supervisor role does to a waiting erasure. The real relay's
 * part is in erase-while-offline.test.ts.
 */

type RelayAnswer = 'done' | 'unreachable' | 'refused';

interface Scripted {
  live: boolean;
  supervisor: boolean | undefined;
  answer: (caseId: string) => Promise<RelayAnswer>;
  erasedOnRelay: string[];
}

const open: Array<{ workspace: Workspace; vault: Vault }> = [];
afterEach(() => {
  for (const { workspace, vault } of open.splice(0)) {
    workspace.close();
    vault.lock();
  }
});

/** A notebook with one closed case, opened directly, and an erasure service for a scripted team. */
async function notebookWithClosedCase(alias: string) {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const { meta } = await h.call('cases.create', { alias });
  await h.call('cases.update', { caseId: meta.id, status: 'closed' });
  h.core.close();

  const vault = Vault.load(h.dataDir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const workspace = Workspace.open(h.dataDir, vault, silentLogger(), new EventHub());
  open.push({ workspace, vault });
  const records = workspace.records;
  const script: Scripted = {
    live: true,
    supervisor: true,
    answer: async () => 'done',
    erasedOnRelay: [],
  };
  const registerDocumentId = `erasures-${'0'.repeat(32)}`;
  const team: TeamForErasure = {
    role: 'supervisor',
    registerDocumentId,
    prepareRegister: async () => {
      if (!records.store.documentKind(registerDocumentId)) {
        records.store.setDocumentKind(registerDocumentId, ERASURES_KIND);
      }
    },
    isSupervisorKey: () => true,
    live: () => script.live,
    selfIsSupervisor: () => script.supervisor,
    eraseOnRelay: async (caseId) => {
      const answer = await script.answer(caseId);
      if (answer === 'done') script.erasedOnRelay.push(caseId);
      return answer;
    },
    flush: () => undefined,
  };
  const changed: string[][] = [];
  const service = new ErasureService(
    records,
    () => vault.secrets().signKeyPair,
    () => team,
    (ids) => changed.push(ids),
  );
  // The records guard asks this service, as the workspace wires it for its own.
  records.erasureWaiting = (caseId) => service.isWaiting(caseId);
  await service.setPolicy(0);
  return { records, service, script, caseId: meta.id, changed };
}

describe('erasures waiting for a connection', () => {
  it('when the connection drops before the relay answers, the request waits and runs on the next try', async () => {
    const { records, service, script, caseId } = await notebookWithClosedCase('Melati');
    script.answer = async () => 'unreachable';
    expect(await service.erase(caseId, 'Melati')).toMatchObject({ outcome: 'waiting' });
    expect(isErased(records, caseId)).toBe(false);
    expect(records.caseDocument(caseId).meta()?.alias).toBe('Melati');

    script.answer = async () => 'done';
    await service.runWaiting();
    expect(script.erasedOnRelay).toEqual([caseId]);
    expect(isErased(records, caseId)).toBe(true);
    expect(service.requestList()).toEqual([]);
    expect(service.list()).toEqual([expect.objectContaining({ caseId, verified: true })]);
  });

  it('does nothing while the relay cannot be reached, and keeps the request', async () => {
    const { service, script, caseId } = await notebookWithClosedCase('Kenanga');
    script.live = false;
    await service.erase(caseId, 'Kenanga');
    await service.runWaiting();
    expect(script.erasedOnRelay).toEqual([]);
    expect(service.check(caseId)).toMatchObject({ state: 'waiting' });
  });

  it('a relay that refuses drops the request with its reason, and nothing is shredded', async () => {
    const { records, service, script, caseId, changed } = await notebookWithClosedCase('Cempaka');
    script.live = false;
    await service.erase(caseId, 'Cempaka');
    script.live = true;
    script.answer = async () => 'refused';
    await service.runWaiting();
    expect(isErased(records, caseId)).toBe(false);
    expect(service.check(caseId)).toMatchObject({
      state: 'eligible',
      refused: { reason: 'relayRefused' },
    });
    expect(service.requestList()).toEqual([
      expect.objectContaining({ caseId, alias: 'Cempaka', state: 'refused' }),
    ]);
    expect(changed.at(-1)).toEqual([`case-${caseId}`]);
  });

  it('online, a relay that refuses answers with an error and leaves no request behind', async () => {
    const { service, script, caseId } = await notebookWithClosedCase('Anggrek');
    script.answer = async () => 'refused';
    await expect(service.erase(caseId, 'Anggrek')).rejects.toThrow(/did not allow/);
    expect(service.requestList()).toEqual([]);
    expect(service.check(caseId)).toMatchObject({ state: 'eligible' });
  });

  it('a member who is no longer a supervisor on the relay does not erase', async () => {
    const { records, service, script, caseId } = await notebookWithClosedCase('Seroja');
    script.live = false;
    await service.erase(caseId, 'Seroja');
    script.live = true;
    script.supervisor = false;
    await service.runWaiting();
    expect(script.erasedOnRelay).toEqual([]);
    expect(isErased(records, caseId)).toBe(false);
    expect(service.check(caseId)).toMatchObject({ refused: { reason: 'notSupervisor' } });
  });

  it('waits on while the relay has not said who the supervisors are', async () => {
    const { service, script, caseId } = await notebookWithClosedCase('Dahlia');
    script.live = false;
    await service.erase(caseId, 'Dahlia');
    script.live = true;
    script.supervisor = undefined;
    await service.runWaiting();
    expect(service.check(caseId)).toMatchObject({ state: 'waiting' });
  });

  it('a retention period lengthened meanwhile keeps the case', async () => {
    const { records, service, script, caseId } = await notebookWithClosedCase('Kamboja');
    script.live = false;
    await service.erase(caseId, 'Kamboja');
    script.live = true;
    await service.setPolicy(365);
    await service.runWaiting();
    expect(isErased(records, caseId)).toBe(false);
    expect(service.check(caseId)).toMatchObject({
      state: 'retained',
      refused: { reason: 'retained' },
    });
  });

  it('once the relay has erased a case the rest is finished, even if the case changed since', async () => {
    const { records, service, script, caseId } = await notebookWithClosedCase('Mawar');
    script.live = false;
    await service.erase(caseId, 'Mawar');
    // As if the app stopped right after the relay's answer: past the point of no return.
    records.docs.transact(ERASURE_REQUESTS_DOCUMENT, (doc) =>
      new ErasureRequests(doc).markRelayErased(caseId, '2026-12-01T10:00:00.000Z'),
    );
    records.erasureWaiting = () => false;
    records.editCase(caseId, (c) => {
      const meta = c.meta();
      if (meta) c.setMeta({ ...meta, status: 'open' });
    });
    script.live = true;
    await service.runWaiting();
    expect(script.erasedOnRelay).toEqual([]);
    expect(isErased(records, caseId)).toBe(true);
    expect(service.requestList()).toEqual([]);
  });

  it('an erasure being carried out cannot be cancelled; a waiting one can, and the case is untouched', async () => {
    const { records, service, script, caseId } = await notebookWithClosedCase('Teratai');
    script.live = false;
    await service.erase(caseId, 'Teratai');
    expect(() => records.editCase(caseId, () => undefined)).toThrow(/erase/);
    expect(service.cancel(caseId)).toEqual([]);
    records.editCase(caseId, () => undefined);

    script.live = true;
    let answer: (value: RelayAnswer) => void = () => undefined;
    script.answer = () => new Promise((resolve) => (answer = resolve));
    const erasing = service.erase(caseId, 'Teratai');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(() => service.cancel(caseId)).toThrow(/being carried out/);
    answer('done');
    expect(await erasing).toMatchObject({ outcome: 'erased' });
    expect(isErased(records, caseId)).toBe(true);
  });

  it("only the relay's Forbidden counts as a refusal; a lost connection or a busy relay means later", () => {
    const refused = (code: number) => new RelayRefusal(`the server refused the erasure`, code);
    expect(erasureRefused(refused(ErrorCode.Forbidden))).toBe(true);
    expect(erasureRefused(refused(ErrorCode.Timeout))).toBe(false);
    expect(erasureRefused(new Error('the connection closed'))).toBe(false);
    expect(erasureRefused(new Error('not connected to the sync server'))).toBe(false);
    expect(erasureRefused('Forbidden')).toBe(false);
    expect(erasureRefused(new Error(`refused (code ${ErrorCode.Forbidden})`))).toBe(false);
  });
});
