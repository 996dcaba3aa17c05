import type { CaseDetail, CaseSort, CaseSummary, MethodInputOf } from './types';
import { caseRiskState, higherRiskFirst } from '../../../shared/domain';
import { writeCaseStatus } from '../review';
import { caseDocumentId, newRecordId } from './document-ids';
import type { RecordsContext } from './records-context';
import { NO_CONTACT, openReferralDatesOf, sessionStartsOf } from './case-contact';
import { caseDetail, caseSummaries, riskScreens } from './views';

export function listCases(ctx: RecordsContext, query: MethodInputOf<'cases.list'>): CaseSummary[] {
  let cases = caseSummaries(ctx.index().cases(), ctx.now());
  if (query.status) cases = cases.filter((c) => c.status === query.status);
  if (query.flaggedOnly) cases = cases.filter((c) => c.riskFlagged);
  if (query.tag) cases = cases.filter((c) => c.tags.includes(query.tag ?? ''));
  if (query.noContactSince) {
    const since = query.noContactSince;
    cases = cases.filter((c) => !c.lastSessionAt || c.lastSessionAt.slice(0, 10) < since);
  }
  return cases.sort(byRiskThen(query.sort ?? 'risk'));
}

/** Flagged cases always come first (DOMAIN.md: risk cases at the top), then the chosen order. */
function byRiskThen(sort: CaseSort): (a: CaseSummary, b: CaseSummary) => number {
  const lastContact = (c: CaseSummary): number =>
    c.lastSessionAt ? Date.parse(c.lastSessionAt) : 0;
  const then: Record<CaseSort, (a: CaseSummary, b: CaseSummary) => number> = {
    risk: (a, b) => higherRiskFirst(a.riskLevel, b.riskLevel) || lastContact(b) - lastContact(a),
    lastContact: (a, b) => lastContact(b) - lastContact(a),
    alias: (a, b) => a.alias.localeCompare(b.alias, 'id'),
    created: (a, b) => b.createdAt.localeCompare(a.createdAt),
  };
  return (a, b) => Number(b.riskFlagged) - Number(a.riskFlagged) || then[sort](a, b);
}

export function createCase(ctx: RecordsContext, input: MethodInputOf<'cases.create'>): CaseDetail {
  const id = newRecordId();
  const docId = caseDocumentId(id);
  const createdAt = ctx.nowIso();
  ctx.keyring.assignDocument(docId, ctx.keyring.createScope(id));
  ctx.store.setDocumentKind(docId, 'case');
  const meta = {
    id,
    alias: input.alias.trim(),
    ...(input.identifying ? { identifying: input.identifying } : {}),
    status: 'open' as const,
    counselorId: ctx.actorId,
    tags: input.tags ?? [],
    ...(input.area ? { area: input.area } : {}),
    createdAt,
  };
  ctx.editCase(id, (c) => c.setMeta(meta));
  ctx.editIndex((index) =>
    index.putCase({
      id,
      alias: meta.alias,
      status: meta.status,
      tags: meta.tags,
      createdAt,
      riskFlagged: false,
      riskLevel: 'none',
      ...NO_CONTACT,
    }),
  );
  indexCaseForSearch(ctx, id);
  return caseDetail(ctx, id);
}

export function updateCase(ctx: RecordsContext, input: MethodInputOf<'cases.update'>): CaseDetail {
  const current = caseDetail(ctx, input.caseId).meta;
  const next = {
    ...current,
    ...(input.alias !== undefined ? { alias: input.alias.trim() } : {}),
    ...(input.identifying !== undefined ? { identifying: input.identifying } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.tags !== undefined ? { tags: input.tags } : {}),
    // Undefined deletes the field (writeFields): null clears the area.
    ...(input.area !== undefined ? { area: input.area ?? undefined } : {}),
  };
  ctx.editCase(input.caseId, (c) => {
    c.setMeta(next);
    // Also a multi-value register, so a status set differently on two devices is not lost.
    // Only a change is written: a form that sends the status it showed resolves nothing.
    if (input.status !== undefined && input.status !== current.status) {
      writeCaseStatus(ctx, c, input.status);
    }
  });
  refreshCaseIndex(ctx, input.caseId);
  indexCaseForSearch(ctx, input.caseId);
  return caseDetail(ctx, input.caseId);
}

export function resolveRisk(
  ctx: RecordsContext,
  input: MethodInputOf<'cases.resolveRisk'>,
): CaseDetail {
  ctx.editCase(input.caseId, (c) =>
    c.addRiskResolution({ at: ctx.nowIso(), by: ctx.actorId, note: input.note }),
  );
  refreshCaseIndex(ctx, input.caseId);
  return caseDetail(ctx, input.caseId);
}

/** Rewrites the case's index entry from its document and its sessions' risk screens. */
export function refreshCaseIndex(ctx: RecordsContext, caseId: string): void {
  const document = ctx.caseDocument(caseId);
  const meta = document.meta();
  if (!meta) return;
  const sessions = ctx.index().sessionsOfCase(caseId);
  const risk = caseRiskState({
    screens: riskScreens(sessions, caseId),
    resolutions: document.riskResolutions(),
  });
  ctx.editIndex((index) =>
    index.putCase({
      id: caseId,
      alias: meta.alias,
      status: meta.status,
      tags: meta.tags,
      createdAt: meta.createdAt,
      riskFlagged: risk.flagged,
      riskLevel: risk.flagged ? risk.unresolvedLevel : (risk.latestLevel ?? 'none'),
      sessionStarts: sessionStartsOf(sessions),
      openReferralDates: openReferralDatesOf(document.referrals()),
    }),
  );
}

/** The alias, tags and identifying details are searchable (in memory only). */
export function indexCaseForSearch(ctx: RecordsContext, caseId: string): void {
  const meta = ctx.caseDocument(caseId).meta();
  if (!meta) return;
  const identifying = Object.values(meta.identifying ?? {}).join(' ');
  ctx.search.put({
    id: `case:${caseId}`,
    kind: 'case',
    caseId,
    alias: meta.alias,
    text: [meta.tags.join(' '), identifying].filter(Boolean).join(' '),
  });
}
