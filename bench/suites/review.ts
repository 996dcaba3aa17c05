import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { silentLogger } from '../../electron/core/log';
import { createCase } from '../../electron/core/records/cases';
import { RecordsContext } from '../../electron/core/records/records-context';
import {
  answerRisk,
  createSession,
  refreshSessionIndex,
} from '../../electron/core/records/sessions';
import { appendReviewStep } from '../../electron/core/review';
import { SearchIndex } from '../../electron/core/search/search-index';
import { TEST_KDF_COST, Vault } from '../../electron/core/vault';
import type { RiskAnswers } from '../../shared/domain';
import { Workspace } from '../../electron/core/workspace';
import { EventHub } from '../../electron/core/events';
import { percentile, sortedCopy, type BenchSuite } from '../harness';
import { caller } from './records';

/**
 * The supervisor's review queue over a province-sized team's backlog: 5,000 submitted sessions
 * from 50 counselors. The sessions are real documents written through the core's own operations;
 * each counselor is a RecordsContext with its own actor id (as their documents would carry after
 * sync), and a clock that moves one minute per submission, so waiting times differ. One in ten
 * sessions screens high, one in ten moderate. Measured on a fresh core after unlock, through the
 * dispatcher, as the renderer calls it.
 */
const COUNSELORS = 50;
const SESSIONS_PER_COUNSELOR = 100;
const CASES_PER_COUNSELOR = 10;
const PASSPHRASE = 'kopi tubruk di pagi hujan 1987';

const HIGH: RiskAnswers = {
  q1WishDead: 'yes',
  q2SuicidalThoughts: 'yes',
  q3Method: 'yes',
  q4Intent: 'yes',
};
const MODERATE: RiskAnswers = { q1WishDead: 'yes', q2SuicidalThoughts: 'yes', q3Method: 'yes' };

async function generate(dataDir: string): Promise<number> {
  const started = performance.now();
  const core = await createCore({
    dataDir,
    version: 'bench',
    host: 'web',
    log: silentLogger(),
    kdfCost: TEST_KDF_COST,
  });
  await caller(core)('vault.create', { passphrase: PASSPHRASE });
  core.close();

  const vault = Vault.load(dataDir, { kdfCost: TEST_KDF_COST });
  vault.unlock(PASSPHRASE);
  const workspace = Workspace.open(dataDir, vault, silentLogger(), new EventHub());
  const signer = vault.secrets().signKeyPair;
  let minute = 0;
  const clock = { now: () => Date.UTC(2026, 0, 1) + minute * 60_000 };
  try {
    for (let c = 0; c < COUNSELORS; c++) {
      const ctx = new RecordsContext(
        workspace.store,
        workspace.docs,
        workspace.keyring,
        new SearchIndex(),
        `u-counselor${String(c).padStart(2, '0')}`,
        silentLogger(),
        clock,
      );
      const cases = Array.from({ length: CASES_PER_COUNSELOR }, (_, k) =>
        createCase(ctx, { alias: `Klien ${c}-${k}` }),
      );
      for (let s = 0; s < SESSIONS_PER_COUNSELOR; s++) {
        const caseId = cases[s % CASES_PER_COUNSELOR]?.meta.id ?? '';
        const day = String(1 + (s % 28)).padStart(2, '0');
        const session = createSession(ctx, {
          caseId,
          startsAt: `2026-01-${day}T09:00:00+07:00`,
          durationMinutes: 45,
          channel: 'whatsapp',
        });
        const sessionId = session.meta.id;
        const n = c * SESSIONS_PER_COUNSELOR + s;
        if (n % 10 === 3) answerRisk(ctx, { sessionId, answers: HIGH });
        if (n % 10 === 6) answerRisk(ctx, { sessionId, answers: MODERATE });
        minute = (n * 7919) % 50_000; // submissions in no particular order
        appendReviewStep(ctx, signer, sessionId, 'submit', '', (id) =>
          refreshSessionIndex(ctx, id),
        );
      }
      // Let the documents of this counselor go, as a device would not keep 5,000 open.
      workspace.docs.closeAll();
    }
  } finally {
    workspace.close();
    vault.lock();
  }
  return performance.now() - started;
}

const suite: BenchSuite = {
  name: 'review',
  description: `review queue: ${COUNSELORS * SESSIONS_PER_COUNSELOR} submitted sessions, ${COUNSELORS} counselors`,
  async run({ record }) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-bench-review-'));
    const generateMs = await generate(dataDir);
    record({ name: 'generate the backlog (one-off)', value: generateMs / 1000, unit: 's' });

    const core = await createCore({
      dataDir,
      version: 'bench',
      host: 'web',
      log: silentLogger(),
      kdfCost: TEST_KDF_COST,
    });
    const call = caller(core);
    await call('vault.unlock', { passphrase: PASSPHRASE });
    const first = performance.now();
    const answer = await call('review.queue', {});
    const firstMs = performance.now() - first;
    if (answer.total !== COUNSELORS * SESSIONS_PER_COUNSELOR) {
      throw new Error(`queue holds ${answer.total} sessions`);
    }
    if (answer.counts.length !== COUNSELORS) throw new Error('counselors missing');
    if (answer.items[0]?.riskLevel !== 'high') throw new Error('risk is not first');
    record({
      name: 'queue: first answer after unlock',
      value: firstMs,
      unit: 'ms',
      goal: '≤ 300 ms',
    });

    const filters = [
      { counselorId: 'u-counselor07' },
      { counselorId: 'u-counselor42', from: '2026-01-10' },
      { status: ['submitted' as const, 'returned' as const] },
      { from: '2026-01-05', to: '2026-01-20' },
    ];
    const times: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const filter of filters) {
        const at = performance.now();
        await call('review.queue', filter);
        times.push(performance.now() - at);
      }
    }
    const sorted = sortedCopy(times);
    record({
      name: 'queue: filter (counselor, status, dates), p50',
      value: percentile(sorted, 50),
      unit: 'ms',
    });
    record({
      name: 'queue: filter, p95',
      value: percentile(sorted, 95),
      unit: 'ms',
      goal: '≤ 50 ms',
    });
    const dash = performance.now();
    await call('review.dashboard', { today: '2026-01-31' });
    record({ name: 'dashboard', value: performance.now() - dash, unit: 'ms' });
    core.close();
  },
};

export default suite;
