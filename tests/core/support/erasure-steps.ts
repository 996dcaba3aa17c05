import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../electron/core/workspace';
import { ALL_INDEX_DOCUMENTS } from '../../../electron/core/records/document-ids';
import type { MethodOutput } from '../../../shared/api/contract';
import type { CoreHarness } from './core-harness';
import { until } from './until';

/** What a device still holds of a case: ids and counts only, the rows themselves are ciphertext. */
export function inspectCase(h: CoreHarness, caseId: string, docIds: string[]) {
  const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (sql: string, ...args: unknown[]): number =>
      (db.prepare(sql).get(...args) as { n: number }).n;
    const marks = docIds.map(() => '?').join(',');
    return {
      keys: count(
        "SELECT COUNT(*) AS n FROM scope_keys WHERE scope_id IN (?, 'mine:' || ?)",
        caseId,
        caseId,
      ),
      filed: count(
        "SELECT COUNT(*) AS n FROM doc_scopes WHERE scope_id IN (?, 'mine:' || ?)",
        caseId,
        caseId,
      ),
      rows:
        count(`SELECT COUNT(*) AS n FROM updates WHERE doc_id IN (${marks})`, ...docIds) +
        count(`SELECT COUNT(*) AS n FROM snapshots WHERE doc_id IN (${marks})`, ...docIds),
      outbox: count(
        `SELECT COUNT(*) AS n FROM sync_outbox WHERE scope_id = ? OR doc_id IN (${marks})`,
        caseId,
        ...docIds,
      ),
      erased: count('SELECT COUNT(*) AS n FROM erased_scopes WHERE scope_id = ?', caseId),
      indexUpdates: count(
        `SELECT COUNT(*) AS n FROM updates WHERE doc_id IN (${ALL_INDEX_DOCUMENTS.map(() => '?').join(', ')})`,
        ...ALL_INDEX_DOCUMENTS,
      ),
    };
  } finally {
    db.close();
  }
}

/** How many entries of a scope the relay's SQLite file still holds (running or stopped). */
export function relayEntriesOf(relayDir: string, scopeId: string): number {
  const db = new Database(join(relayDir, 'relay.sqlite'), { readonly: true });
  try {
    return (
      db.prepare('SELECT COUNT(*) AS n FROM entries WHERE scope_id = ?').get(scopeId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/**
 * A counselor's case with one session, closed, once the supervisor sees it eligible for erasure
 * (the supervisor's retention period is set beforehand).
 */
export async function closedCaseSeenBy(
  supervisor: CoreHarness,
  counselor: CoreHarness,
  alias: string,
): Promise<{ caseId: string; session: MethodOutput<'sessions.create'> }> {
  const created = await counselor.call('cases.create', { alias });
  const caseId = created.meta.id;
  const session = await counselor.call('sessions.create', {
    caseId,
    startsAt: '2026-11-25T09:00:00+07:00',
    durationMinutes: 30,
    channel: 'chat',
  });
  await counselor.call('cases.update', { caseId, status: 'closed' });
  await until('the supervisor to see the case closed', async () => {
    const check = await supervisor.call('erasure.check', { caseId }).catch(() => undefined);
    return check?.state === 'eligible' ? true : undefined;
  });
  return { caseId, session };
}
