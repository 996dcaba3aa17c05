import type { LabelLanguage } from '../label-text';

/**
 * The risk actions' kinds and words, without zod (actions.ts builds the schema from these): the
 * unlock screen names missing actions in an error and should not parse zod to do it (issue #11).
 */
export const RISK_ACTION_KINDS = ['faceToFaceReferral', 'emergencyContact', 'safetyPlan'] as const;
export type RiskActionKind = (typeof RISK_ACTION_KINDS)[number];

export const RISK_ACTION_LABELS: Record<RiskActionKind, Record<LabelLanguage, string>> = {
  faceToFaceReferral: { id: 'Rujukan tatap muka', en: 'Face-to-face referral' },
  emergencyContact: {
    id: 'Menghubungi layanan darurat atau kontak darurat klien',
    en: "Contact emergency services or the client's emergency contact",
  },
  safetyPlan: { id: 'Rencana keselamatan', en: 'Safety plan' },
};

export function isRiskActionKind(value: string): value is RiskActionKind {
  return (RISK_ACTION_KINDS as readonly string[]).includes(value);
}
