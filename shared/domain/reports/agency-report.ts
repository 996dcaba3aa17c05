import { CommunityActivityKind } from '../community/kinds';
import { OutreachKind } from '../outreach/kinds';
import { ReferralStatus } from '../referrals/status';
import { RiskLevel } from '../risk/triage';
import { SessionChannel } from '../sessions/channels';
import { inPeriod, type ReportPeriod } from './period';

/**
 * The activity report a counselor or a supervisor sends to the Dinas Sosial / Suku Dinas Sosial
 * of their district (seed 002; issue #14, item 4): counts only. What goes in is already stripped
 * to ids, dates and categories, and what comes out holds no case id either: the one thing an
 * agency learns about clients is how many there were.
 */
export interface ReportSession {
  caseId: string;
  startsAt: string;
  channel: SessionChannel;
  riskLevel: RiskLevel;
  /** When its risk screen was answered; a session never screened counts in no level. */
  riskAt?: string | undefined;
  /** Its case's area (a kelurahan, an RT/RW), when one was recorded. */
  area?: string | undefined;
}

export interface ReportOutreach {
  caseId?: string | undefined;
  date: string;
  kind: OutreachKind;
}

export interface ReportReferral {
  caseId: string;
  createdAt: string;
  status: ReferralStatus;
}

/** Community work of the team, by area (shared/domain/community): counts, never people. */
export interface ReportCommunityActivity {
  areaName: string;
  date: string;
  kind: CommunityActivityKind;
  people: number;
  households: number;
}

export interface AreaCount {
  area: string;
  activities: number;
  people: number;
  households: number;
  byKind: Record<CommunityActivityKind, number>;
}

export interface AgencyReport {
  period: ReportPeriod;
  sessions: { total: number; byChannel: Record<SessionChannel, number> };
  /** Distinct clients with a session, an outreach or a referral in the period. */
  clientsReached: number;
  outreach: { total: number; byKind: Record<OutreachKind, number> };
  /** Referrals made in the period, by where they stand now. */
  referrals: { total: number; byStatus: Record<ReferralStatus, number> };
  /** Sessions of the period whose risk screen was answered, by the level it gave. */
  riskScreens: { total: number; byLevel: Record<RiskLevel, number> };
  /** Community work by area, largest first; empty when none was recorded or it was not counted. */
  areas: AreaCount[];
  /**
   * The period's sessions by their case's area, most first; `area` is '' for cases with none
   * recorded. Empty when no session of the period has an area.
   */
  sessionsByArea: Array<{ area: string; sessions: number; clients: number }>;
}

export interface AgencyReportInput {
  sessions: readonly ReportSession[];
  outreach: readonly ReportOutreach[];
  referrals: readonly ReportReferral[];
  community?: readonly ReportCommunityActivity[] | undefined;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Counts one period's work. Pure and linear: 10,000 sessions take a few milliseconds. */
export function countAgencyReport(input: AgencyReportInput, period: ReportPeriod): AgencyReport {
  const clients = new Set<string>();
  const byChannel = zeros(SessionChannel.options);
  const byLevel = zeros(RiskLevel.options);
  let sessions = 0;
  let screens = 0;
  for (const s of input.sessions) {
    if (!inPeriod(s.startsAt, period)) continue;
    sessions++;
    byChannel[s.channel]++;
    clients.add(s.caseId);
    if (s.riskAt) {
      screens++;
      byLevel[s.riskLevel]++;
    }
  }
  const byKind = zeros(OutreachKind.options);
  let outreach = 0;
  for (const o of input.outreach) {
    if (!inPeriod(o.date, period)) continue;
    outreach++;
    byKind[o.kind]++;
    if (o.caseId) clients.add(o.caseId);
  }
  const byStatus = zeros(ReferralStatus.options);
  let referrals = 0;
  for (const r of input.referrals) {
    if (!inPeriod(r.createdAt, period)) continue;
    referrals++;
    byStatus[r.status]++;
    clients.add(r.caseId);
  }
  return {
    period,
    sessions: { total: sessions, byChannel },
    clientsReached: clients.size,
    outreach: { total: outreach, byKind },
    referrals: { total: referrals, byStatus },
    riskScreens: { total: screens, byLevel },
    areas: countAreas(input.community ?? [], period),
    sessionsByArea: countSessionAreas(input.sessions, period),
  };
}

function countSessionAreas(
  sessions: readonly ReportSession[],
  period: ReportPeriod,
): AgencyReport['sessionsByArea'] {
  const areas = new Map<string, { sessions: number; clients: Set<string> }>();
  for (const s of sessions) {
    if (!inPeriod(s.startsAt, period)) continue;
    const area = s.area?.trim() ?? '';
    const row = areas.get(area) ?? { sessions: 0, clients: new Set<string>() };
    row.sessions++;
    row.clients.add(s.caseId);
    areas.set(area, row);
  }
  if ([...areas.keys()].every((area) => area === '')) return [];
  return [...areas]
    .map(([area, row]) => ({ area, sessions: row.sessions, clients: row.clients.size }))
    .sort((a, b) => b.sessions - a.sessions || a.area.localeCompare(b.area));
}

function countAreas(
  activities: readonly ReportCommunityActivity[],
  period: ReportPeriod,
): AreaCount[] {
  const areas = new Map<string, AreaCount>();
  for (const a of activities) {
    if (!inPeriod(a.date, period)) continue;
    const row = areas.get(a.areaName) ?? {
      area: a.areaName,
      activities: 0,
      people: 0,
      households: 0,
      byKind: zeros(CommunityActivityKind.options),
    };
    row.activities++;
    row.people += a.people;
    row.households += a.households;
    row.byKind[a.kind]++;
    areas.set(a.areaName, row);
  }
  return [...areas.values()].sort(
    (a, b) => b.activities - a.activities || a.area.localeCompare(b.area),
  );
}
