import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../../shared/domain';
import { LetterItem } from '../../../shared/domain/reports';
import { ErrorAlert } from '../ui/ErrorAlert';
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
  const toggle = (item: LetterItem, on: boolean): void =>
    setItems((old) => (on ? [...old, item] : old.filter((i) => i !== item)));

  return (
    <details className="export-panel no-print">
      <summary>{t('exports.ui.letter')}</summary>
      {r.consent.given ? (
        <>
          <p className="hint">{t('exports.ui.letterHint')}</p>
          <fieldset className="export-items">
            <legend>{t('exports.letter.client')}</legend>
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
      {exporter.status && (
        <p className="hint" role="status">
          {exporter.status}
        </p>
      )}
      <ErrorAlert error={exporter.error} />
    </details>
  );
}
