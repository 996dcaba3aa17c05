import { useTranslation } from 'react-i18next';

/** A list of short entries in the client's own words; add and remove rows. */
export function TextListField(props: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const setAt = (i: number, value: string) =>
    props.onChange(props.values.map((v, j) => (j === i ? value : v)));
  return (
    <div className="list-field">
      {props.values.map((value, i) => (
        <div key={i} className="list-row">
          <label>
            {t('cases.safetyPlan.entry', { label: props.label, n: i + 1 })}
            <input value={value} onChange={(e) => setAt(i, e.target.value)} />
          </label>
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
      <button type="button" onClick={() => props.onChange([...props.values, ''])}>
        {t('cases.safetyPlan.addEntry', { label: props.label })}
      </button>
    </div>
  );
}
