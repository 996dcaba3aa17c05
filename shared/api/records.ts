import { caseWorkMethods } from './records-case-work';
import { caseMethods } from './records-cases';
import { homeMethods } from './records-home';
import { sessionMethods } from './records-sessions';

/**
 * The records API: cases, sessions and everything recorded about a client. Inputs carry what the
 * user typed; the core adds ids, authors and times. Bytes (Yjs updates) travel as base64.
 *
 * The schemas and methods live by record kind in records-cases.ts, records-sessions.ts,
 * records-case-work.ts and records-home.ts; this file is the API's one public face.
 */
export {
  CarePlanView,
  CaseDetail,
  CaseRisk,
  CaseSort,
  CaseSummary,
  IntakeView,
  SessionSummary,
} from './records-cases';
export { CHAT_IMPORT_MAX_CHARS, SessionDetail } from './records-sessions';
export {
  DirectoryListing,
  HomeInbox,
  HomeSummary,
  InboxCounts,
  InboxItem,
  InboxKind,
  SearchHit,
} from './records-home';

export const recordsMethods = {
  ...caseMethods,
  ...sessionMethods,
  ...caseWorkMethods,
  ...homeMethods,
} as const;
