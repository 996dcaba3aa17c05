import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { GoalArea, GoalKind, GoalPriority } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { Field } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { useFieldProblems } from '../../ui/use-field-problems';
import { useSubmit } from '../../ui/use-submit';

/** A new goal or need: what, in which area, how urgent. Who and when are stamped by the core. */
export function GoalForm(props: {
  caseId: string;
  onCreated: (detail: CaseDetail) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const [kind, setKind] = useState<GoalKind>('goal');
  const [area, setArea] = useState<GoalArea>('psychosocial');
  const [priority, setPriority] = useState<GoalPriority>('medium');
  const [text, setText] = useState('');
  const fields = useFieldProblems('carePlan.addGoal');

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = { caseId: props.caseId, kind, area, priority, text };
    if (!fields.check(input)) return;
    const detail = await submit.run(() =>
      api.call('carePlan.addGoal', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (detail) props.onCreated(detail);
  }

  return (
    <form className="panel goal-form" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.carePlan.addGoal')}</h3>
      <Field label={t('cases.carePlan.kind')}>
        <select value={kind} onChange={(e) => setKind(GoalKind.parse(e.target.value))}>
          {GoalKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`cases.carePlan.kinds.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('cases.carePlan.text')}
        hint={t('cases.carePlan.textHint')}
        problem={fields.problems.text}
      >
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      <Field label={t('cases.carePlan.area')}>
        <select value={area} onChange={(e) => setArea(GoalArea.parse(e.target.value))}>
          {GoalArea.options.map((a) => (
            <option key={a} value={a}>
              {t(`cases.carePlan.areas.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('cases.carePlan.priority')}>
        <select value={priority} onChange={(e) => setPriority(GoalPriority.parse(e.target.value))}>
          {GoalPriority.options.map((p) => (
            <option key={p} value={p}>
              {t(`cases.carePlan.priorities.${p}`)}
            </option>
          ))}
        </select>
      </Field>
      <FormActions
        submitLabel={t('cases.carePlan.saveGoal')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
