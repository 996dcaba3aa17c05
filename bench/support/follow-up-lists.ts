import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import { addDays, DEFAULT_FOLLOW_UP_INTERVALS } from '../../shared/domain';
import { createCore, type CoreOptions } from '../../electron/core';
import { percentile, sortedCopy, type BenchRecord } from '../harness';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** The day the benchmark treats as today: fixed, so every run has the same due meetings. */
export const BENCH_TODAY = '2026-12-10';

/**
 * Issue #13, item 6: a follow-up plan per case (the default four meetings), its start spread
 * over the last two months so that some meetings are overdue, some due this week, most later.
 */
export async function planFollowUpsForCase(call: Call, caseId: string, n: number): Promise<void> {
  await call('followUps.plan', {
    caseId,
    today: BENCH_TODAY,
    from: addDays(BENCH_TODAY, -(n % 60)),
    intervals: [...DEFAULT_FOLLOW_UP_INTERVALS],
  });
}

/**
 * Home's follow-up lists after a restart: the first answer after unlock, and the p95 of the
 * answers after it (Home is loaded again at every visit and every synced change).
 */
export async function measureHomeFollowUps(
  options: CoreOptions,
  passphrase: string,
  caller: (core: Awaited<ReturnType<typeof createCore>>) => Call,
  record: (result: BenchRecord) => void,
): Promise<void> {
  const core = await createCore(options);
  const call = caller(core);
  await call('vault.unlock', { passphrase });
  let started = performance.now();
  const first = await call('followUps.due', { today: BENCH_TODAY });
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    started = performance.now();
    await call('followUps.due', { today: BENCH_TODAY });
    times.push(performance.now() - started);
  }
  core.close();
  const listed = first.overdue.length + first.upcoming.length;
  record({
    name: `home's follow-up lists, first after unlock (${listed} listed of ${4 * 1000} planned)`,
    value: firstMs,
    unit: 'ms',
    goal: '≤ 100 ms',
  });
  record({
    name: "home's follow-up lists, p95 of 30",
    value: percentile(sortedCopy(times), 95),
    unit: 'ms',
    goal: '≤ 100 ms',
  });
}
