import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  BURNOUT_SIGNS,
  CAPACITIES,
  CAPACITY_SCALE,
  COMPASSION_FATIGUE_SIGNS,
  FREQUENCY_SCALE,
  SYMPTOMS,
  type ResilienceAssessment,
  type Sign,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { DateField } from '../../components/DateField';
import { todayLocal } from '../../ui/dates';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';
import { ScaleSelects } from './ScaleSelects';
import { FormActions } from '../../ui/FormActions';

type Answers = Pick<
  ResilienceAssessment,
  'capacities' | 'symptoms' | 'burnout' | 'compassionFatigue'
>;

const capacityItems = CAPACITIES.map((c) => ({
  id: c.capacityId,
  label: c.label,
  description: c.description,
}));
const signItems = <Id extends string>(signs: readonly Sign<Id>[]) =>
  signs.map((s) => ({ id: s.signId, label: s.label }));

/** The seven capacities (Reivich & Shatte) 1–5 and the signs of seed 000's rapid assessment. */
export function ResilienceForm(props: {
  caseId: string;
  onCreated: (detail: CaseDetail) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const [date, setDate] = useState(todayLocal);
  const [note, setNote] = useState('');
  const [answers, setAnswers] = useState<Answers>({
    capacities: {},
    symptoms: {},
    burnout: {},
    compassionFatigue: {},
  });
  const fields = useFieldProblems('resilience.create');
  // Problems of the form as a whole (nothing answered) or of its date.
  const problem = fields.problems[''] ?? fields.problems.date;
  const set = (patch: Partial<Answers>) => setAnswers((a) => ({ ...a, ...patch }));

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      caseId: props.caseId,
      date,
      ...answers,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    if (!fields.check(input)) return;
    const detail = await submit.run(() =>
      api.call('resilience.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (detail) props.onCreated(detail);
  }

  return (
    <form className="panel resilience-form" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.resilience.new')}</h3>
      <DateField
        className="field"
        label={t('cases.resilience.date')}
        value={date}
        onChange={setDate}
      />
      <ScaleSelects
        legend={t('cases.resilience.capacities')}
        hint={t('cases.resilience.capacitiesHint')}
        items={capacityItems}
        scale={CAPACITY_SCALE}
        showValue
        values={answers.capacities}
        onChange={(capacities) => set({ capacities })}
      />
      <ScaleSelects
        legend={t('cases.resilience.symptoms')}
        items={signItems(SYMPTOMS)}
        scale={FREQUENCY_SCALE}
        values={answers.symptoms}
        onChange={(symptoms) => set({ symptoms })}
      />
      <ScaleSelects
        legend={t('cases.resilience.burnout')}
        items={signItems(BURNOUT_SIGNS)}
        scale={FREQUENCY_SCALE}
        values={answers.burnout}
        onChange={(burnout) => set({ burnout })}
      />
      <ScaleSelects
        legend={t('cases.resilience.compassionFatigue')}
        items={signItems(COMPASSION_FATIGUE_SIGNS)}
        scale={FREQUENCY_SCALE}
        values={answers.compassionFatigue}
        onChange={(compassionFatigue) => set({ compassionFatigue })}
      />
      <Field label={t('cases.resilience.note')}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {problem && (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <FormActions
        submitLabel={t('cases.resilience.save')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
