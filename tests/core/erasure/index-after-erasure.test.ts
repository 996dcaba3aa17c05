import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../electron/core/events';
import { silentLogger } from '../../../electron/core/log';
import { ALL_INDEX_DOCUMENTS } from '../../../electron/core/records/document-ids';
import { TEST_KDF_COST, Vault } from '../../../electron/core/vault';
import { Workspace } from '../../../electron/core/workspace';
import { PASSPHRASE, startCore } from '../support/core-harness';

describe('the index after a case is erased', () => {
  it('holds neither the case’s id nor its sessions’ ids, not even as the tombstones Yjs keeps', async () => {
    const alone = await startCore();
    await alone.call('vault.create', { passphrase: PASSPHRASE });
    const kept = await alone.call('cases.create', { alias: 'Seroja' });
    const erased = await alone.call('cases.create', { alias: 'Anggrek' });
    const caseId = erased.meta.id;
    const session = await alone.call('sessions.create', {
      caseId,
      startsAt: '2026-03-05T09:00:00+07:00',
      durationMinutes: 45,
      channel: 'whatsapp',
    });
    await alone.call('sessions.update', {
      sessionId: session.meta.id,
      startsAt: '2026-03-06T09:00:00+07:00',
    });
    await alone.call('cases.update', { caseId, status: 'closed' });
    await alone.call('erasure.setPolicy', { retentionDays: 0 });
    const outcome = await alone.call('erasure.erase', { caseId, confirmAlias: 'Anggrek' });
    expect(outcome.outcome).toBe('erased');
    // The files as the erasure left them, before closing writes the index afresh anyway: as if
    // the laptop were switched off at once.
    const copy = mkdtempSync(join(tmpdir(), 'pd-after-erasure-'));
    cpSync(alone.dataDir, copy, { recursive: true });
    alone.core.close();

    const vault = Vault.load(copy, { kdfCost: TEST_KDF_COST });
    vault.unlock(PASSPHRASE);
    const workspace = Workspace.open(copy, vault, silentLogger(), new EventHub());
    try {
      const state = Buffer.concat(
        ALL_INDEX_DOCUMENTS.map((docId) =>
          Buffer.from(Y.encodeStateAsUpdate(workspace.docs.open(docId))),
        ),
      );
      expect(state.includes(kept.meta.id)).toBe(true);
      expect(state.includes(caseId)).toBe(false);
      expect(state.includes(session.meta.id)).toBe(false);
    } finally {
      workspace.close();
      vault.lock();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
