import type { View } from '../navigation';

export const CASE_TABS = [
  'sessions',
  'intake',
  'carePlan',
  'household',
  'progress',
  'referrals',
  'outreach',
  'resilience',
  'safetyPlan',
  'identity',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];

export interface NavigateOptions {
  /** The case tab to open with a { kind: 'case' } view. */
  tab?: CaseTab;
  /** Open the case list with the "new case" form shown. */
  newCase?: boolean;
}

export type Navigate = (view: View, options?: NavigateOptions) => void;
