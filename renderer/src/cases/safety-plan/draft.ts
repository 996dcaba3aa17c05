import type { MethodInput } from '../../../../shared/api/contract';
import type { SafetyPlan } from '../../../../shared/domain';
import { phoneProblem } from '../../ui/validation';

export interface PersonDraft {
  name: string;
  phone: string;
}

export interface ProfessionalDraft extends PersonDraft {
  service: string;
  emergency: boolean;
}

/** The plan as it is being edited: every entry a string, empty rows allowed. */
export interface PlanDraft {
  warningSigns: string[];
  copingStrategies: string[];
  distractionPeople: PersonDraft[];
  distractionPlaces: string[];
  helpContacts: PersonDraft[];
  professionals: ProfessionalDraft[];
  meansSafety: string[];
  reasonForLiving: string;
}

type PlanInput = MethodInput<'cases.saveSafetyPlan'>['plan'];

const atLeastOne = <T>(list: T[], empty: T): T[] => (list.length > 0 ? list : [empty]);
const person = (p: { name: string; phone?: string | undefined }): PersonDraft => ({
  name: p.name,
  phone: p.phone ?? '',
});

export function draftOf(plan: SafetyPlan | null): PlanDraft {
  return {
    warningSigns: atLeastOne(plan?.warningSigns ?? [], ''),
    copingStrategies: atLeastOne(plan?.copingStrategies ?? [], ''),
    distractionPeople: atLeastOne((plan?.distractions.people ?? []).map(person), {
      name: '',
      phone: '',
    }),
    distractionPlaces: atLeastOne(plan?.distractions.places ?? [], ''),
    helpContacts: atLeastOne((plan?.helpContacts ?? []).map(person), { name: '', phone: '' }),
    professionals: atLeastOne(
      (plan?.professionals ?? []).map((p) => ({
        name: p.name,
        phone: p.phone,
        service: p.service ?? '',
        emergency: p.emergency ?? false,
      })),
      { name: '', phone: '', service: '', emergency: false },
    ),
    meansSafety: atLeastOne(plan?.meansSafety ?? [], ''),
    reasonForLiving: plan?.reasonForLiving ?? '',
  };
}

const texts = (list: string[]) => list.map((s) => s.trim()).filter((s) => s.length > 0);

/**
 * The plan to save, and the problems that stop it: a phone that is not a phone, a person with
 * a phone but no name, a professional without a number (step 5 is only useful with one).
 * Rows left wholly empty are dropped.
 */
export function planOf(draft: PlanDraft): {
  plan: PlanInput;
  problems: Record<string, string | undefined>;
} {
  const problems: Record<string, string | undefined> = {};
  const people = (list: PersonDraft[], key: string) =>
    list.flatMap((p, i) => {
      const name = p.name.trim();
      const phone = p.phone.trim();
      if (!name && !phone) return [];
      if (!name) problems[`${key}.${i}.name`] = 'cases.validation.required';
      problems[`${key}.${i}.phone`] = phoneProblem(phone);
      return [phone ? { name, phone } : { name }];
    });
  const professionals = draft.professionals.flatMap((p, i) => {
    const name = p.name.trim();
    const phone = p.phone.trim();
    const service = p.service.trim();
    if (!name && !phone && !service) return [];
    if (!name) problems[`professionals.${i}.name`] = 'cases.validation.required';
    problems[`professionals.${i}.phone`] = phoneProblem(phone, true);
    return [{ name, phone, ...(service ? { service } : {}), emergency: p.emergency }];
  });
  const plan: PlanInput = {
    warningSigns: texts(draft.warningSigns),
    copingStrategies: texts(draft.copingStrategies),
    distractions: {
      people: people(draft.distractionPeople, 'distractionPeople'),
      places: texts(draft.distractionPlaces),
    },
    helpContacts: people(draft.helpContacts, 'helpContacts'),
    professionals,
    meansSafety: texts(draft.meansSafety),
    ...(draft.reasonForLiving.trim() ? { reasonForLiving: draft.reasonForLiving.trim() } : {}),
  };
  return { plan, problems };
}
