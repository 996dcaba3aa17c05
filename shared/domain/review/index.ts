export { canonicalJson, utf8, type ReviewCrypto } from './canonical';
export {
  Addendum,
  canonicalContent,
  checkSignOff,
  contentHash,
  Hex,
  SignOff,
  SIGNOFF_VERSION,
  signOffMessage,
  type NoteNode,
  type SessionContent,
  type SignOffCheck,
  type SignOffStatus,
} from './signoff';
export {
  assertCanAppend,
  assertCanStep,
  canAppend,
  canStep,
  lastSubmission,
  orderThread,
  ReviewEntry,
  ReviewEntryKind,
  reviewStatus,
  ReviewStatus,
  sessionStatus,
} from './thread';
export {
  carriesAuthority,
  maySign,
  NO_TEAM,
  SignerAuthority,
  signerAuthority,
  type RosterMember,
  type TeamKnowledge,
} from './authority';
export { CommentAnchor, CommentReply, NoteAnchor, ReviewComment } from './comments';
export {
  AUDIT_VERSION,
  AuditEntry,
  AuditKind,
  ExportFormat,
  ExportWhat,
  auditBodyBytes,
  auditSignatureMessage,
  filterAudit,
  GENESIS_HASH,
  verifyAudit,
  type AuditBody,
  type AuditFilter,
  type AuditProblem,
  type AuditProblemKind,
  type AuditVerification,
} from './audit';
export {
  compareQueueItems,
  QueueFilter,
  QueueItem,
  reviewQueue,
  sessionsPerWeek,
  weekOf,
  type QueueAnswer,
} from './queue';
export { RegisterChoice, registerState, RegisterValue, type RegisterState } from './register';
export { SessionReview, SignatureCheck } from './session-review';
