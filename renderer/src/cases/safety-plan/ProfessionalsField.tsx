import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { ProfessionalDraft } from './draft';

/** Step 5: professionals and services, each with the number to call. */
export function ProfessionalsField(props: {
  label: string;
  problems: Record<string, string | undefined>;
  values: ProfessionalDraft[];
  onChange: (values: ProfessionalDraft[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const setAt = (i: number, patch: Partial<ProfessionalDraft>) =>
    props.onChange(props.values.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  const n = (i: number) => ({ label: props.label, n: i + 1 });
  return (
    <div className="list-field">
      {props.values.map((p, i) => (
        <div key={i} className="list-row professional">
          <Field
            label={t('cases.safetyPlan.personName', n(i))}
            problem={props.problems[`professionals.${i}.name`]}
          >
            <input value={p.name} onChange={(e) => setAt(i, { name: e.target.value })} />
          </Field>
          <Field
            label={t('cases.safetyPlan.service', n(i))}
            hint={t('cases.safetyPlan.serviceHint')}
          >
            <input value={p.service} onChange={(e) => setAt(i, { service: e.target.value })} />
          </Field>
          <Field
            label={t('cases.safetyPlan.personPhone', n(i))}
            problem={props.problems[`professionals.${i}.phone`]}
          >
            <input
              type="tel"
              value={p.phone}
              onChange={(e) => setAt(i, { phone: e.target.value })}
            />
          </Field>
          <label className="inline">
            <input
              type="checkbox"
              checked={p.emergency}
              onChange={(e) => setAt(i, { emergency: e.target.checked })}
            />
            {t('cases.safetyPlan.emergency')}
          </label>
          <button
            type="button"
            className="remove"
            aria-label={t('cases.safetyPlan.removeEntry', n(i))}
            onClick={() => props.onChange(props.values.filter((_, j) => j !== i))}
          >
            {t('cases.common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          props.onChange([...props.values, { name: '', phone: '', service: '', emergency: false }])
        }
      >
        {t('cases.safetyPlan.addEntry', { label: props.label })}
      </button>
    </div>
  );
}
