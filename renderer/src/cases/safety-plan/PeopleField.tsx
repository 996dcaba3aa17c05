import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { PersonDraft } from './draft';

/** People with an optional phone number (steps 3 and 4). */
export function PeopleField(props: {
  label: string;
  problemKey: string;
  problems: Record<string, string | undefined>;
  values: PersonDraft[];
  onChange: (values: PersonDraft[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const setAt = (i: number, patch: Partial<PersonDraft>) =>
    props.onChange(props.values.map((v, j) => (j === i ? { ...v, ...patch } : v)));
  return (
    <div className="list-field">
      {props.values.map((p, i) => (
        <div key={i} className="list-row">
          <Field
            label={t('cases.safetyPlan.personName', { label: props.label, n: i + 1 })}
            problem={props.problems[`${props.problemKey}.${i}.name`]}
          >
            <input value={p.name} onChange={(e) => setAt(i, { name: e.target.value })} />
          </Field>
          <Field
            label={t('cases.safetyPlan.personPhone', { label: props.label, n: i + 1 })}
            problem={props.problems[`${props.problemKey}.${i}.phone`]}
          >
            <input
              type="tel"
              value={p.phone}
              onChange={(e) => setAt(i, { phone: e.target.value })}
            />
          </Field>
          <button
            type="button"
            className="remove"
            aria-label={t('cases.safetyPlan.removeEntry', { label: props.label, n: i + 1 })}
            onClick={() => props.onChange(props.values.filter((_, j) => j !== i))}
          >
            {t('cases.common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => props.onChange([...props.values, { name: '', phone: '' }])}
      >
        {t('cases.safetyPlan.addEntry', { label: props.label })}
      </button>
    </div>
  );
}
