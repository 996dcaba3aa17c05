import type { Language } from '../../../shared/api/settings';
import {
  COMMUNITY_ACTIVITY_KIND_LABELS,
  labelText,
  OUTREACH_KIND_LABELS,
  REFERRAL_STATUS_LABELS,
  RISK_LEVEL_LABELS,
  SESSION_CHANNEL_LABELS,
  type Label,
} from '../../../shared/domain';
import type { AgencyReport } from '../../../shared/domain/reports';
import type { ExportWords } from './words';

/** One line of the report as every format lays it out: a section, an item and its counts. */
export interface ReportLine {
  section: string;
  item: string;
  count: number;
  /** Community work only: people and households reached. */
  people?: number;
  households?: number;
}

function byLabel<K extends string>(
  section: string,
  counts: Record<K, number>,
  labels: Record<K, Label>,
  language: Language,
): ReportLine[] {
  return (Object.keys(counts) as K[]).map((key) => ({
    section,
    item: labelText(labels[key], language),
    count: counts[key],
  }));
}

/**
 * The report as lines, in the order the PDF prints them and the CSV and XLSX list them. Every
 * category is listed, zero or not, so two months' files line up column for column.
 */
export function reportLines(
  report: AgencyReport,
  words: ExportWords,
  language: Language,
): ReportLine[] {
  const { sections, rows } = words.report;
  const areas = report.areas.flatMap((area) => [
    {
      section: sections.areas,
      item: area.area,
      count: area.activities,
      people: area.people,
      households: area.households,
    },
    ...byLabel(sections.areas, area.byKind, COMMUNITY_ACTIVITY_KIND_LABELS, language)
      .filter((line) => line.count > 0)
      .map((line) => ({ ...line, item: `${area.area} — ${line.item}` })),
  ]);
  return [
    { section: sections.summary, item: rows.clientsReached, count: report.clientsReached },
    { section: sections.summary, item: rows.sessions, count: report.sessions.total },
    { section: sections.summary, item: rows.outreach, count: report.outreach.total },
    { section: sections.summary, item: rows.referrals, count: report.referrals.total },
    { section: sections.summary, item: rows.riskScreens, count: report.riskScreens.total },
    ...byLabel(sections.sessions, report.sessions.byChannel, SESSION_CHANNEL_LABELS, language),
    ...byLabel(sections.outreach, report.outreach.byKind, OUTREACH_KIND_LABELS, language),
    ...byLabel(sections.referrals, report.referrals.byStatus, REFERRAL_STATUS_LABELS, language),
    ...byLabel(sections.risk, report.riskScreens.byLevel, RISK_LEVEL_LABELS, language),
    ...report.sessionsByArea.map((row) => ({
      section: sections.sessionAreas,
      item: row.area || rows.noArea,
      count: row.sessions,
      people: row.clients,
    })),
    ...areas,
  ];
}
