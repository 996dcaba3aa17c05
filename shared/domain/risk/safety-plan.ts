import { z } from 'zod';
import type { Label } from '../label';
import { ActorId, IsoDateTime, Phone, RecordId, RequiredText } from '../primitives';

/**
 * The Safety Planning Intervention of Stanley & Brown (2012, Cognitive and Behavioral Practice
 * 19: 256–264): six steps the client and counselor write together, in the client's own words.
 */
export const SafetyPlanStepId = z.enum([
  'warningSigns',
  'copingStrategies',
  'distractions',
  'helpContacts',
  'professionals',
  'meansSafety',
]);
export type SafetyPlanStepId = z.infer<typeof SafetyPlanStepId>;

export interface SafetyPlanStep {
  stepId: SafetyPlanStepId;
  number: number;
  title: Label;
  prompt: Label;
}

export const SAFETY_PLAN_STEPS: readonly SafetyPlanStep[] = [
  {
    stepId: 'warningSigns',
    number: 1,
    title: { id: 'Tanda-tanda peringatan', en: 'Warning signs' },
    prompt: {
      id: 'Pikiran, gambaran, suasana hati, situasi, atau perilaku yang menandakan krisis mungkin sedang mendekat',
      en: 'Thoughts, images, moods, situations or behaviours that show a crisis may be coming',
    },
  },
  {
    stepId: 'copingStrategies',
    number: 2,
    title: { id: 'Strategi mengatasi diri sendiri', en: 'Internal coping strategies' },
    prompt: {
      id: 'Hal yang dapat saya lakukan sendiri untuk mengalihkan pikiran tanpa menghubungi orang lain',
      en: 'Things I can do on my own to take my mind off my problems without contacting anyone',
    },
  },
  {
    stepId: 'distractions',
    number: 3,
    title: {
      id: 'Orang dan tempat sosial yang dapat mengalihkan perhatian',
      en: 'People and social settings that provide distraction',
    },
    prompt: {
      id: 'Orang yang dapat saya temui dan tempat yang dapat saya datangi',
      en: 'People I can be with and places I can go',
    },
  },
  {
    stepId: 'helpContacts',
    number: 4,
    title: { id: 'Orang yang dapat dimintai bantuan', en: 'People I can ask for help' },
    prompt: {
      id: 'Keluarga atau teman yang dapat saya hubungi saat krisis',
      en: 'Family members or friends I can contact in a crisis',
    },
  },
  {
    stepId: 'professionals',
    number: 5,
    title: {
      id: 'Tenaga profesional dan layanan yang dapat dihubungi',
      en: 'Professionals and services I can contact',
    },
    prompt: {
      id: 'Konselor, Puskesmas, rumah sakit, layanan darurat — dengan nomor teleponnya',
      en: 'Counselor, health centre, hospital, emergency services — with their phone numbers',
    },
  },
  {
    stepId: 'meansSafety',
    number: 6,
    title: { id: 'Membuat lingkungan aman', en: 'Making the environment safe' },
    prompt: {
      id: 'Menjauhkan atau membatasi akses ke sarana yang dapat dipakai untuk menyakiti diri',
      en: 'Removing or limiting access to means that could be used for self-harm',
    },
  },
];

export const PlanPerson = z.object({
  name: RequiredText,
  phone: Phone.optional(),
});
export type PlanPerson = z.infer<typeof PlanPerson>;

export const PlanProfessional = z.object({
  name: RequiredText,
  /** Step 5 is only useful with a number to call. */
  phone: z.string().trim().min(1, 'cases.validation.phoneRequired').pipe(Phone),
  service: z.string().optional(),
  /** Reachable at any hour (an emergency line). */
  emergency: z.boolean().optional(),
});
export type PlanProfessional = z.infer<typeof PlanProfessional>;

export const SafetyPlan = z.object({
  id: RecordId,
  caseId: RecordId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  by: ActorId,
  warningSigns: z.array(RequiredText),
  copingStrategies: z.array(RequiredText),
  distractions: z.object({
    people: z.array(PlanPerson),
    places: z.array(RequiredText),
  }),
  helpContacts: z.array(PlanPerson),
  professionals: z.array(PlanProfessional),
  meansSafety: z.array(RequiredText),
  /** Stanley & Brown's optional closing line: the one thing most worth living for. */
  reasonForLiving: z.string().optional(),
});
export type SafetyPlan = z.infer<typeof SafetyPlan>;

/** Steps still empty; a plan is complete when every step holds at least one entry. */
export function emptySafetyPlanSteps(plan: SafetyPlan): SafetyPlanStepId[] {
  const filled: Record<SafetyPlanStepId, boolean> = {
    warningSigns: plan.warningSigns.length > 0,
    copingStrategies: plan.copingStrategies.length > 0,
    distractions: plan.distractions.people.length + plan.distractions.places.length > 0,
    helpContacts: plan.helpContacts.length > 0,
    professionals: plan.professionals.length > 0,
    meansSafety: plan.meansSafety.length > 0,
  };
  return SafetyPlanStepId.options.filter((step) => !filled[step]);
}
