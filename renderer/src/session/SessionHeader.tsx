import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { labelText, RISK_LEVEL_LABELS, SESSION_CHANNEL_LABELS } from '../../../shared/domain';
import { formatMinutes, formatSessionDate } from './format';
import { useLanguage } from '../i18n/use-language';
import { printSession } from './print-session';
import { useApi } from '../api/api-context';
import { useExport } from '../exports/use-export';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CaseRecordLinks, type CaseRecordTab } from '../cases/intake/CaseRecordLinks';
import { SyncedAsOf } from '../sync/SyncedAsOf';

/** Who, when, how long and through which channel; plus the way back and the print button. */
export function SessionHeader(props: {
  detail: SessionDetail;
  onBack: () => void;
  /** The case's intake and care plan (issue #13). */
  openCaseTab?: ((tab: CaseRecordTab) => void) | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meta, alias, risk } = props.detail;
  const serious = !risk.onlineCounselingSuitable;
  const api = useApi();
  const exporter = useExport();
  const sessionId = meta.id;

  return (
    <header className="session-header">
      <div className="session-actions no-print">
        <button type="button" onClick={props.onBack}>
          ← {t('session.back')}
        </button>
        <button
          type="button"
          onClick={() => void printSession(() => api.call('exports.recordPrint', { sessionId }))}
        >
          {t('session.print')}
        </button>
        <button
          type="button"
          disabled={exporter.busy}
          onClick={() => void exporter.run({ kind: 'sessionPdf', sessionId })}
        >
          {t('exports.ui.sessionPdf')}
        </button>
        {exporter.status && (
          <span className="hint" role="status">
            {exporter.status}
          </span>
        )}
        <ErrorAlert error={exporter.error} />
      </div>
      <p className="eyebrow">{t('session.eyebrow')}</p>
      <h1>{alias}</h1>
      <SyncedAsOf />
      <p className="session-facts">
        <span>{formatSessionDate(meta.startsAt, language)}</span>
        <span>{formatMinutes(meta.durationMinutes, language)}</span>
        <span>{labelText(SESSION_CHANNEL_LABELS[meta.channel], language)}</span>
        <span className={`risk-badge ${risk.level}`}>
          {!risk.complete && risk.level === 'none'
            ? t('session.risk.notScreened')
            : t('session.risk.levelShort', {
                level: labelText(RISK_LEVEL_LABELS[risk.level], language),
              })}
        </span>
      </p>
      {props.openCaseTab && <CaseRecordLinks open={props.openCaseTab} />}
      {serious && <p className="header-warning">{t('session.risk.warningTitle')}</p>}
    </header>
  );
}
