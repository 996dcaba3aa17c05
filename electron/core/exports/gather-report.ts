import type {
  AgencyReportInput,
  ReportCommunityActivity,
  ReportOutreach,
  ReportReferral,
  ReportSession,
} from '../../../shared/domain/reports';
import type { RecordsContext } from '../records/records-context';
import { caseDocumentId } from '../records/document-ids';

export type ReportScope = 'team' | 'own';

/**
 * What the agency report counts, read from this device's records: the index for sessions (one
 * document, fast over thousands), each readable case document for its referrals and outreach.
 * 'own' keeps only this account's work; 'team' is everything synced here, which on a
 * supervisor's device is the team's. Ids, dates and categories leave this function, nothing else.
 */
export function gatherReportInput(
  ctx: RecordsContext,
  scope: ReportScope,
  community: (scope: ReportScope) => readonly ReportCommunityActivity[] | undefined,
): AgencyReportInput {
  const index = ctx.index();
  const me = ctx.actorId;
  const ownCases = new Set<string>();
  const areaOf = new Map<string, string>();
  const sessions: ReportSession[] = [];
  const outreach: ReportOutreach[] = [];
  const referrals: ReportReferral[] = [];
  for (const entry of index.cases()) {
    if (!ctx.store.documentKind(caseDocumentId(entry.id))) continue;
    let doc;
    try {
      doc = ctx.caseDocument(entry.id);
    } catch {
      continue;
    }
    const meta = doc.meta();
    if (!meta) continue;
    if (scope === 'own' && meta.counselorId !== me) continue;
    ownCases.add(entry.id);
    if (meta.area) areaOf.set(entry.id, meta.area);
    for (const r of doc.referrals()) {
      referrals.push({ caseId: r.caseId, createdAt: r.createdAt, status: r.status });
    }
    for (const o of doc.outreach()) outreach.push({ caseId: o.caseId, date: o.date, kind: o.kind });
  }
  for (const s of index.sessions()) {
    const mine = s.counselorId === undefined ? ownCases.has(s.caseId) : s.counselorId === me;
    if (scope === 'own' && !mine) continue;
    sessions.push({
      caseId: s.caseId,
      startsAt: s.startsAt,
      channel: s.channel,
      riskLevel: s.riskLevel,
      riskAt: s.riskAt,
      area: areaOf.get(s.caseId),
    });
  }
  return { sessions, outreach, referrals, community: community(scope) };
}
