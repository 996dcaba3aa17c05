import { performance } from 'node:perf_hooks';
import { reportCsv, reportPdf, reportXlsx } from '../../electron/core/exports/report-files';
import { exportWords } from '../../electron/core/exports/words';
import {
  CommunityActivityKind,
  OutreachKind,
  ReferralStatus,
  RiskLevel,
  SessionChannel,
} from '../../shared/domain';
import { countAgencyReport, type AgencyReportInput } from '../../shared/domain/reports';
import type { BenchSuite } from '../harness';
import { arg } from '../harness';

/**
 * Issue #14: "the agency report over 10,000 sessions ≤ 1 s". A year of a 100-counselor team's
 * work (10,000 sessions, 2,000 referrals, 3,000 outreach, 600 community activities), counted and
 * written as PDF, CSV and XLSX: what a supervisor waits for after pressing the button. The
 * baseline, measured in the same run, is one pass over the same records into a set of clients:
 * the least any report over them costs.
 */
function input(sessions: number): AgencyReportInput {
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;
  const day = (i: number): string =>
    new Date(Date.UTC(2026, 0, 1) + (i % 365) * 864e5).toISOString().slice(0, 10);
  const caseOf = (i: number): string => (i % 2_000).toString(16).padStart(32, '0');
  return {
    sessions: Array.from({ length: sessions }, (_, i) => ({
      caseId: caseOf(i),
      startsAt: `${day(i)}T08:00:00.000Z`,
      channel: pick(SessionChannel.options, i),
      riskLevel: pick(RiskLevel.options, i),
      riskAt: i % 3 === 0 ? undefined : `${day(i)}T08:30:00.000Z`,
    })),
    referrals: Array.from({ length: sessions / 5 }, (_, i) => ({
      caseId: caseOf(i * 7),
      createdAt: `${day(i * 3)}T09:00:00.000Z`,
      status: pick(ReferralStatus.options, i),
    })),
    outreach: Array.from({ length: (sessions * 3) / 10 }, (_, i) => ({
      caseId: i % 4 === 0 ? undefined : caseOf(i * 11),
      date: day(i * 5),
      kind: pick(OutreachKind.options, i),
    })),
    community: Array.from({ length: 600 }, (_, i) => ({
      areaName: `RW ${String(i % 40).padStart(3, '0')}, Kel. Kapuk`,
      date: day(i),
      kind: pick(CommunityActivityKind.options, i),
      people: 10 + (i % 30),
      households: 3 + (i % 9),
    })),
  };
}

const suite: BenchSuite = {
  name: 'reports',
  description: 'the agency report over 10,000 sessions: counted, then PDF, CSV and XLSX',
  async run({ args, record }) {
    const sessions = Number(arg(args, '--sessions') ?? 10_000);
    const data = input(sessions);
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const words = exportWords('id');
    const heading = {
      scope: 'team' as const,
      area: 'Kec. Cengkareng',
      generatedAt: new Date().toISOString(),
      language: 'id' as const,
      words,
    };
    // Warm the fonts and the modules once, as an open app has.
    await reportPdf(countAgencyReport(data, period), heading, undefined);

    let start = performance.now();
    const clients = new Set<string>();
    for (const s of data.sessions) clients.add(s.caseId);
    for (const r of data.referrals) clients.add(r.caseId);
    for (const o of data.outreach) if (o.caseId) clients.add(o.caseId);
    const baseline = performance.now() - start;

    start = performance.now();
    const report = countAgencyReport(data, period);
    const counted = performance.now() - start;
    record({ name: `count ${sessions} sessions`, value: counted, unit: 'ms', baseline });

    start = performance.now();
    await reportPdf(report, heading, undefined);
    const pdf = performance.now() - start;
    start = performance.now();
    reportCsv(report, heading);
    const csv = performance.now() - start;
    start = performance.now();
    await reportXlsx(report, heading);
    const xlsx = performance.now() - start;
    record({ name: 'count + PDF', value: counted + pdf, unit: 'ms', baseline, goal: '≤ 1000 ms' });
    record({ name: 'count + CSV', value: counted + csv, unit: 'ms', baseline, goal: '≤ 1000 ms' });
    record({
      name: 'count + XLSX',
      value: counted + xlsx,
      unit: 'ms',
      baseline,
      goal: '≤ 1000 ms',
    });
  },
};

export default suite;
