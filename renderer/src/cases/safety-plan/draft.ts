import type { MethodInput } from '../../../../shared/api/contract';
import type { SafetyPlan } from '../../../../shared/domain';

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
 * The plan to save. Rows left wholly empty are dropped; what the rest must hold (a name for a
 * person with a phone, a phone that is one, a number for each professional) is the method's
 * schema's to say. `rows` maps each kept row's place in the plan to its row on the form, so the
 * schema's problems show beside the row they are about.
 */
export function planOf(draft: PlanDraft): { plan: PlanInput; rows: Record<string, string> } {
  const rows: Record<string, string> = {};
  const people = (list: PersonDraft[], formKey: string, planPath: string) => {
    let kept = 0;
    return list.flatMap((p, i) => {
      const name = p.name.trim();
      const phone = p.phone.trim();
      if (!name && !phone) return [];
      rows[`${planPath}.${kept++}`] = `${formKey}.${i}`;
      return [phone ? { name, phone } : { name }];
    });
  };
  let keptProfessionals = 0;
  const professionals = draft.professionals.flatMap((p, i) => {
    const name = p.name.trim();
    const phone = p.phone.trim();
    const service = p.service.trim();
    if (!name && !phone && !service) return [];
    rows[`plan.professionals.${keptProfessionals++}`] = `professionals.${i}`;
    return [{ name, phone, ...(service ? { service } : {}), emergency: p.emergency }];
  });
  const plan: PlanInput = {
    warningSigns: texts(draft.warningSigns),
    copingStrategies: texts(draft.copingStrategies),
    distractions: {
      people: people(draft.distractionPeople, 'distractionPeople', 'plan.distractions.people'),
      places: texts(draft.distractionPlaces),
    },
    helpContacts: people(draft.helpContacts, 'helpContacts', 'plan.helpContacts'),
    professionals,
    meansSafety: texts(draft.meansSafety),
    ...(draft.reasonForLiving.trim() ? { reasonForLiving: draft.reasonForLiving.trim() } : {}),
  };
  return { plan, rows };
}

/** The schema's problems (by place in the request) by row of the form, for the fields to show. */
export function problemsByRow(
  problems: Record<string, string>,
  rows: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, problem] of Object.entries(problems)) {
    const row = Object.keys(rows).find((r) => path === r || path.startsWith(`${r}.`));
    out[row ? `${rows[row]}${path.slice(row.length)}` : path] = problem;
  }
  return out;
}
