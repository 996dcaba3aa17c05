import { useTranslation } from 'react-i18next';
import { LetterItem } from '../../../shared/domain/reports';

/** The identifying details a letter or summary may carry: none until the person ticks them. */
export function LetterItemsChoice(props: {
  legend: string;
  items: LetterItem[];
  onChange: (items: LetterItem[]) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const toggle = (item: LetterItem, on: boolean): void =>
    props.onChange(on ? [...props.items, item] : props.items.filter((i) => i !== item));
  return (
    <fieldset className="export-items">
      <legend>{props.legend}</legend>
      {LetterItem.options.map((item) => (
        <label key={item} className="inline">
          <input
            type="checkbox"
            checked={props.items.includes(item)}
            onChange={(e) => toggle(item, e.target.checked)}
          />
          {t(`exports.letter.items.${item}`)}
        </label>
      ))}
    </fieldset>
  );
}
