import type { inboxId } from './id';

/** English for Home's inbox, the navigation's counts, and risk in one place (issue #12). */
export const inboxEn: typeof inboxId = {
  empty: 'Nothing is waiting for you. Everything is handled.',
  badge_one: '{{count}} waiting',
  badge_other: '{{count}} waiting',
  returned: 'Returned for revision',
  returnedReason: 'Reason: {{text}}',
  comments: 'Comments not yet answered',
  commentCount_one: '{{count}} comment',
  commentCount_other: '{{count}} comments',
  risk: 'Risk not handled',
  riskMissing: 'Not yet recorded: {{list}}',
  waiting: 'Waiting for review (highest risk first)',
  waitingMore: 'and {{count}} more under Review',
  resubmitted: 'Resubmitted after revision',
  submittedAt: 'sent {{date}}',
  by: 'by {{name}}',
  changes: {
    title: 'What changed since the previous submission',
    between: 'The note as sent on {{before}} against the note as resubmitted on {{after}}.',
    summary: '{{added}} words added, {{removed}} words removed.',
    none: 'The note did not change.',
    notKept: 'The note as sent before was not kept, so its changes cannot be shown.',
  },
  emergency: {
    title: 'Emergency contacts',
    open: 'Emergency contacts',
    national: 'National emergency line (Indonesia)',
    nationalHint: "The Ministry of Health's psychological support line (SEJIWA), in Indonesia.",
    nationalNumber: '{{number}} ext. {{extension}}',
    directory: 'Crisis contacts from the directory',
    directoryEmpty:
      'No crisis contacts in the directory yet. Add a hospital, psychiatrist or police station with its number under Directory.',
    call: 'Call {{name}}',
  },
  plan: {
    openPlan: "Open this case's safety plan",
    fromAction: 'The safety plan this action refers to is in the Safety plan tab.',
    openSession: 'Open the risk screen of {{date}}',
    notRecorded: 'Not yet recorded as an action in a session at risk.',
  },
  caseRisk: {
    byActions:
      'Record the required actions in the session; the risk counts as handled once all are recorded.',
    session: 'Risk screen of {{date}}',
    openSession: "Open this session's risk screen",
    otherwise: 'Handled another way?',
    allDone: 'Every required action is recorded. The risk is handled.',
  },
};
