import type { Handlers } from '../../../shared/api/contract';
import {
  concurrentLatest,
  DEFAULT_TEMPLATE_ID,
  latestTemplate,
  templateIds,
} from '../../../shared/domain';
import type { CoreContext } from '../core-context';
import {
  createCaseReferral,
  createOutreach,
  createResilience,
  saveSafetyPlan,
  transitionCaseReferral,
} from '../records/case-activities';
import { addGoal, changeGoal, markSessionProgress, saveIntake } from '../records/care-plan';
import { createCase, listCases, resolveRisk, updateCase } from '../records/cases';
import { importChat } from '../records/chat-import';
import { archiveContact, listContacts, saveContact } from '../records/directory';
import { homeSummary, inboxCounts } from '../records/home';
import {
  answerRisk,
  applyDocumentUpdate,
  createSession,
  recordRiskAction,
  resolveSessionConflict,
  tickItem,
  updateSession,
} from '../records/sessions';
import { caseDetail, sessionDetail } from '../records/views';

type RecordsHandlers = Pick<
  Handlers,
  | 'templates.list'
  | 'cases.list'
  | 'cases.create'
  | 'cases.get'
  | 'cases.update'
  | 'cases.resolveRisk'
  | 'cases.saveSafetyPlan'
  | 'sessions.create'
  | 'sessions.get'
  | 'sessions.update'
  | 'sessions.tick'
  | 'sessions.answerRisk'
  | 'sessions.recordRiskAction'
  | 'sessions.resolveConflict'
  | 'sessions.importChat'
  | 'documents.update'
  | 'referrals.create'
  | 'referrals.transition'
  | 'outreach.create'
  | 'resilience.create'
  | 'intake.save'
  | 'carePlan.addGoal'
  | 'carePlan.updateGoal'
  | 'carePlan.markProgress'
  | 'directory.list'
  | 'directory.save'
  | 'directory.archive'
  | 'search.query'
  | 'home.summary'
  | 'home.counts'
>;

/** Every records call needs the unlocked workspace; `ctx.records()` throws 'locked' otherwise. */
export function recordsHandlers(ctx: CoreContext): RecordsHandlers {
  const r = () => ctx.records();
  return {
    'templates.list': async () => {
      const registry = r().registry;
      const templates = templateIds(registry).flatMap((templateId) => {
        const latest = latestTemplate(registry, templateId);
        return latest ? [latest] : [];
      });
      const concurrent = templateIds(registry).flatMap((id) => concurrentLatest(registry, id));
      return { templates, defaultTemplateId: DEFAULT_TEMPLATE_ID, concurrent };
    },
    'cases.list': async (input) => ({ cases: listCases(r(), input) }),
    'cases.create': async (input) => createCase(r(), input),
    'cases.get': async ({ caseId }) => caseDetail(r(), caseId),
    'cases.update': async (input) => updateCase(r(), input),
    'cases.resolveRisk': async (input) => resolveRisk(r(), input),
    'cases.saveSafetyPlan': async (input) => saveSafetyPlan(r(), input),
    'sessions.create': async (input) => createSession(r(), input),
    'sessions.get': async ({ sessionId }) => sessionDetail(r(), sessionId),
    'sessions.update': async (input) => updateSession(r(), input),
    'sessions.tick': async (input) => tickItem(r(), input),
    'sessions.answerRisk': async (input) => answerRisk(r(), input),
    'sessions.recordRiskAction': async (input) => recordRiskAction(r(), input),
    'sessions.resolveConflict': async (input) => resolveSessionConflict(r(), input),
    'sessions.importChat': async (input) => importChat(r(), input),
    'documents.update': async (input) => {
      applyDocumentUpdate(r(), input);
      return {};
    },
    'referrals.create': async (input) => createCaseReferral(r(), input),
    'referrals.transition': async (input) => transitionCaseReferral(r(), input),
    'outreach.create': async (input) => createOutreach(r(), input),
    'resilience.create': async (input) => createResilience(r(), input),
    'intake.save': async (input) => saveIntake(r(), input),
    'carePlan.addGoal': async (input) => addGoal(r(), input),
    'carePlan.updateGoal': async (input) => changeGoal(r(), input),
    'carePlan.markProgress': async (input) => markSessionProgress(r(), input),
    'directory.list': async () => listContacts(r()),
    'directory.save': async (input) => saveContact(r(), input),
    'directory.archive': async (input) => archiveContact(r(), input),
    'search.query': async ({ text, limit }) => ({ hits: r().search.query(text, limit) }),
    'home.summary': async ({ today }) => homeSummary(r(), today),
    'home.counts': async ({ today }) => inboxCounts(r(), today),
  };
}
