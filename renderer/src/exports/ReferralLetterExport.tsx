import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/domain';
import type { LetterItem } from '../../../shared/domain/reports';
import { ExportStatus } from './ExportStatus';
import { LetterItemsChoice } from './LetterItemsChoice';
import { useExport } from './use-export';
import './exports.css';

/**
 * The referral letter (surat rujukan, issue #14, item 5): the counselor ticks the identifying
 * details the client agreed to share; the core refuses a letter for a referral without consent.
 */
export function ReferralLetterExport(props: { referral: Referral }): React.JSX.Element {
  const { t } = useTranslation();
  const exporter = useExport();
  const [items, setItems] = useState<LetterItem[]>([]);
  const r = props.referral;

  return (
    <details className="export-panel no-print">
      <summary>{t('exports.ui.letter')}</summary>
      {r.consent.given ? (
        <>
          <p className="hint">{t('exports.ui.letterHint')}</p>
          <LetterItemsChoice
            legend={t('exports.letter.client')}
            items={items}
            onChange={setItems}
          />
          <button
            type="button"
            disabled={exporter.busy}
            onClick={() =>
              void exporter.run({
                kind: 'referralLetter',
                caseId: r.caseId,
                referralId: r.id,
                items,
              })
            }
          >
            {t('exports.ui.pdf')}
          </button>
        </>
      ) : (
        <p className="hint">{t('exports.ui.letterNoConsent')}</p>
      )}
      <ExportStatus exporter={exporter} />
    </details>
  );
}
