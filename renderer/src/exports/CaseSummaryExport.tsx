import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LetterItem } from '../../../shared/domain/reports';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useExport } from './use-export';
import './exports.css';

/**
 * The case summary for handing the client over to another service (issue #14, item 5): dates,
 * kinds and statuses of the work, and only the identifying details ticked here.
 */
export function CaseSummaryExport(props: { caseId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const exporter = useExport();
  const [items, setItems] = useState<LetterItem[]>([]);
  const toggle = (item: LetterItem, on: boolean): void =>
    setItems((old) => (on ? [...old, item] : old.filter((i) => i !== item)));
  return (
    <details className="export-panel no-print">
      <summary>{t('exports.ui.summary')}</summary>
      <fieldset className="export-items">
        <legend>{t('exports.summary.client')}</legend>
        {LetterItem.options.map((item) => (
          <label key={item} className="inline">
            <input
              type="checkbox"
              checked={items.includes(item)}
              onChange={(e) => toggle(item, e.target.checked)}
            />
            {t(`exports.letter.items.${item}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={exporter.busy}
        onClick={() => void exporter.run({ kind: 'caseSummary', caseId: props.caseId, items })}
      >
        {t('exports.ui.pdf')}
      </button>
      {exporter.status && (
        <p className="hint" role="status">
          {exporter.status}
        </p>
      )}
      <ErrorAlert error={exporter.error} />
    </details>
  );
}
