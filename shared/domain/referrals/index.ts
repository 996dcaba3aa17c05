export {
  CONTACT_KIND_LABELS,
  ContactFields,
  ContactKind,
  DirectoryContact,
  DirectorySharing,
} from './directory';
export { daysOverdue, isOverdue, overdueReferrals } from './overdue';
export {
  CONSENT_METHOD_LABELS,
  ConsentMethod,
  Referral,
  ReferralConsent,
  ReferralStatusChange,
} from './referral';
export {
  canTransition,
  CLOSED_REFERRAL_STATUSES,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TRANSITIONS,
  ReferralStatus,
} from './status';
export { REFERRAL_TARGET_LABELS, ReferralTarget } from './targets';
export { createReferral, transitionReferral, type NewReferral } from './transitions';
