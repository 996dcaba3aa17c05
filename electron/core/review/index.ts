export { anchorInText, resolveNoteAnchor } from './anchors';
export {
  auditOf,
  deviceChainId,
  DEVICE_DOCUMENT,
  recordAudit,
  recordEdited,
  recordOpened,
} from './audit-log';
export {
  caseConflicts,
  chooseCaseStatus,
  chooseReferralStatus,
  referralStatusRegister,
  statusRegister,
  writeCaseStatus,
  writeReferralStatus,
} from './case-status';
export {
  dashboard,
  queue,
  queueItems,
  reviewInbox,
  submissionChanges,
  supervisorInbox,
} from './queue';
export { MultiValueRegister } from './register';
export { ReviewDocument } from './review-document';
export { reviewCrypto, type Signer } from './review-crypto';
export { noteTree, sessionContent } from './session-content';
export {
  addAddendum,
  addComment,
  appendReviewStep,
  assertEditable,
  indexedReview,
  overrideRiskActions,
  replyToComment,
  resolveComment,
  sessionCounselor,
  sessionGate,
  sessionReview,
  signatureCheck,
  signSession,
} from './session-review';
