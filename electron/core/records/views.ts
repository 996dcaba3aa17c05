import * as Y from 'yjs';
import type {
  CaseDetail,
  CaseSummary,
  SessionDetail,
  SessionSummary,
} from '../../../shared/api/records';
import {
  caseProgress,
  caseRiskState,
  currentStage,
  onlineCounselingSuitable,
  resolveTemplate,
  screenHandling,
  stageProgress,
  triageRisk,
  type RiskScreenRecord,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { sessionReview } from '../review';
import { noteAuthorship } from '../review/note-authorship';
import { carePlanView, intakeView } from './care-plan-views';
import { privateDocumentId, sessionDocumentId } from './document-ids';
import { householdView } from './household';
import { contactTimes } from './case-contact';
import type { IndexedCase, IndexedSession } from './index-document';
import type { RecordsContext } from './records-context';

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function sessionSummary(entry: IndexedSession, alias: string): SessionSummary {
  return {
    id: entry.id,
    caseId: entry.caseId,
    alias,
    startsAt: entry.startsAt,
    durationMinutes: entry.durationMinutes,
    channel: entry.channel,
    riskLevel: entry.riskLevel,
    ...(entry.stageTitle ? { stageTitle: entry.stageTitle } : {}),
    ...(entry.groupId ? { groupId: entry.groupId } : {}),
  };
}

/**
 * Summaries of every case, from the cases' index entries alone: no case document and not the
 * sessions' list is read (case-contact.ts).
 */
export function caseSummaries(cases: IndexedCase[], now: Date): CaseSummary[] {
  const nowMs = now.getTime();
  const today = now.toISOString().slice(0, 10);
  return cases.map((c) => ({
    id: c.id,
    alias: c.alias,
    status: c.status,
    tags: c.tags,
    createdAt: c.createdAt,
    ...contactTimes(c.sessionStarts ?? [], nowMs),
    riskFlagged: c.riskFlagged,
    riskLevel: c.riskLevel,
    overdueFollowUps: (c.openReferralDates ?? []).filter((date) => date < today).length,
  }));
}

/** The risk screens of a case's sessions, as the case flag rules read them. */
export function riskScreens(sessions: IndexedSession[], caseId: string): RiskScreenRecord[] {
  return sessions
    .filter((s) => s.caseId === caseId && s.riskAt)
    .map((s) => ({
      sessionId: s.id,
      at: s.riskAt ?? s.startsAt,
      level: s.riskLevel,
      ...(s.riskMissing ? { missing: s.riskMissing } : {}),
    }));
}

export function caseDetail(ctx: RecordsContext, caseId: string): CaseDetail {
  const document = ctx.caseDocument(caseId);
  const meta = document.meta();
  if (!meta) throw new CoreError('corrupt', 'this case record cannot be read on this device');
  const sessions = ctx
    .index()
    .sessionsOfCase(caseId)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  const resolutions = document.riskResolutions();
  const risk = caseRiskState({ screens: riskScreens(sessions, caseId), resolutions });
  const states = sessions.flatMap((s) => {
    const sessionDoc = ctx.sessionDocument(s.id);
    const sessionMeta = sessionDoc.meta();
    return sessionMeta ? [sessionDoc.checklist(sessionMeta)] : [];
  });
  const progress = states.length > 0 ? (caseProgress(ctx.registry, states)[0] ?? null) : null;
  const nowMs = ctx.now().getTime();
  const lastSessionAt = sessions.find((s) => Date.parse(s.startsAt) <= nowMs)?.startsAt;
  return {
    // The last contact is derived from the sessions, never stored twice.
    meta: lastSessionAt ? { ...meta, lastSessionAt } : meta,
    sessions: sessions.map((s) => sessionSummary(s, meta.alias)),
    referrals: document.referrals().sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    referralSources: sessions.flatMap((s) =>
      (s.referralIds ?? []).map((referralId) => ({
        referralId,
        sessionId: s.id,
        startsAt: s.startsAt,
      })),
    ),
    outreach: document.outreach().sort((a, b) => b.date.localeCompare(a.date)),
    resilience: document.resilience().sort((a, b) => a.date.localeCompare(b.date)),
    safetyPlan: document.safetyPlan(),
    risk: { ...risk, resolutions },
    progress: progress
      ? {
          templateId: progress.templateId,
          version: progress.version,
          sessionCount: progress.sessionCount,
          currentStageId: progress.currentStageId,
          stages: progress.stages.map(({ stageId, title, done, total }) => ({
            stageId,
            title,
            done,
            total,
          })),
        }
      : null,
    intake: intakeView(ctx, document),
    carePlan: carePlanView(document),
    household: householdView(document),
  };
}

export function sessionDetail(ctx: RecordsContext, sessionId: string): SessionDetail {
  const document = ctx.sessionDocument(sessionId);
  const meta = document.meta();
  if (!meta) throw new CoreError('corrupt', 'this session record cannot be read on this device');
  const template = resolveTemplate(
    ctx.registry,
    meta.templateId,
    meta.templateVersion,
    meta.templatePublicationId,
  );
  const checklist = document.checklist(meta);
  const answers = document.riskAnswers();
  const triage = triageRisk(answers);
  const actions = document.riskActions();
  const screenedAt = document.riskAt();
  const alias = ctx.caseDocument(meta.caseId).meta()?.alias ?? '';
  const privateDoc = ctx.docs.open(privateDocumentId(sessionId));
  const review = sessionReview(document, sessionId, ctx.teamKnowledge());
  const readOnly = ctx.erasureWaiting(meta.caseId)
    ? 'erasureWaiting'
    : review.locked
      ? 'signed'
      : undefined;
  return {
    meta,
    alias,
    template,
    checklist,
    currentStageId: currentStage(template, checklist).stageId,
    stages: stageProgress(template, checklist),
    risk: {
      answers,
      level: triage.level,
      reasons: triage.reasons,
      complete: triage.complete,
      onlineCounselingSuitable: onlineCounselingSuitable(triage.level),
      actions,
      missingActions: screenHandling(triage.level, actions, screenedAt).missing,
      ...(screenedAt ? { screenedAt } : {}),
    },
    documentState: toBase64(Y.encodeStateAsUpdate(document.doc)),
    documentId: sessionDocumentId(sessionId),
    privateDocumentState: toBase64(Y.encodeStateAsUpdate(privateDoc)),
    privateDocumentId: privateDocumentId(sessionId),
    review,
    authorship: noteAuthorship(ctx, document),
    ...(readOnly ? { readOnly } : {}),
    conflicts: document.conflicts(),
  };
}
