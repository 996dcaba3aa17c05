export {
  CASE_STATUS_LABELS,
  CaseArea,
  CaseIdentifying,
  CaseMeta,
  CaseStatus,
  Nik,
} from './case-meta';
export { isOnlineChannel, SESSION_CHANNEL_LABELS, SessionChannel } from './channels';
export { CONNECTION_PROBLEM_LABELS, ConnectionProblem } from './connection';
export { CUE_KIND_LABELS, CueKind, ObservedCue } from './cues';
export { NOTE_SECTIONS, NoteSectionId, type NoteSection } from './note-sections';
export { SessionMeta, SessionMinutes } from './session-meta';
export {
  GROUP_MAX_PARTICIPANTS,
  GROUP_MIN_PARTICIPANTS,
  GroupCaseIds,
  GroupParticipant,
  GroupSessionMeta,
} from './group-session';
