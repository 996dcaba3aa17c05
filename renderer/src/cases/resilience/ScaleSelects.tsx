import type { Label } from '../../../../shared/domain';
import { labelText } from '../../../../shared/domain';
import { Field } from '../../ui/Field';
import { useLanguage } from '../../ui/dates';

interface Item<Id extends string> {
  id: Id;
  label: Label;
  description?: Label;
}

/**
 * One select per item on a fixed scale (capacities 1–5, signs never/sometimes/often). An item
 * left at "—" stays unanswered: a partial assessment is valid.
 */
export function ScaleSelects<Id extends string, V extends number>(props: {
  legend: string;
  hint?: string;
  items: readonly Item<Id>[];
  scale: readonly { value: V; label: Label }[];
  showValue?: boolean;
  values: Partial<Record<Id, V>>;
  onChange: (values: Partial<Record<Id, V>>) => void;
}): React.JSX.Element {
  const language = useLanguage();

  function choose(id: Id, raw: string): void {
    const picked = props.scale.find((s) => String(s.value) === raw);
    // "—" leaves the item out altogether: a missing key is an unanswered item.
    const rest = Object.fromEntries(
      Object.entries(props.values).filter(([key]) => key !== id),
    ) as Partial<Record<Id, V>>;
    props.onChange(picked ? { ...rest, [id]: picked.value } : rest);
  }

  return (
    <fieldset className="scale-selects">
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <div className="scale-grid">
        {props.items.map((item) => (
          <Field
            key={item.id}
            className="scale-item"
            label={labelText(item.label, language)}
            {...(item.description ? { hint: labelText(item.description, language) } : {})}
          >
            <select
              value={props.values[item.id] === undefined ? '' : String(props.values[item.id])}
              onChange={(e) => choose(item.id, e.target.value)}
            >
              <option value="">—</option>
              {props.scale.map((s) => (
                <option key={s.value} value={s.value}>
                  {props.showValue
                    ? `${s.value} — ${labelText(s.label, language)}`
                    : labelText(s.label, language)}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
