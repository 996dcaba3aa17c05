export { inPeriod, lastMonth, ReportPeriod } from './period';
export {
  countAgencyReport,
  type AgencyReport,
  type AgencyReportInput,
  type AreaCount,
  type ReportCommunityActivity,
  type ReportOutreach,
  type ReportReferral,
  type ReportSession,
} from './agency-report';
export {
  LetterItem,
  NoConsentError,
  referralLetterContent,
  type ReferralLetterContent,
} from './referral-letter';
