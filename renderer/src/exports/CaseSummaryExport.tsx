import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterItem } from '../../../shared/domain/reports';
import { ExportStatus } from './ExportStatus';
import { LetterItemsChoice } from './LetterItemsChoice';
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
  return (
    <details className="export-panel no-print">
      <summary>{t('exports.ui.summary')}</summary>
      <LetterItemsChoice legend={t('exports.summary.client')} items={items} onChange={setItems} />
      <button
        type="button"
        disabled={exporter.busy}
        onClick={() => void exporter.run({ kind: 'caseSummary', caseId: props.caseId, items })}
      >
        {t('exports.ui.pdf')}
      </button>
      <ExportStatus exporter={exporter} />
    </details>
  );
}
