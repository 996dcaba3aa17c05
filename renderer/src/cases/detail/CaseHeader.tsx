import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { CASE_STATUS_LABELS, instantOf, labelText } from '../../../../shared/domain';
import { RiskBadge } from '../../ui/RiskBadge';
import { formatInstant, useLanguage } from '../../ui/dates';
import { CaseSummaryExport } from '../../exports/CaseSummaryExport';
import { SyncedAsOf } from '../../sync/SyncedAsOf';

/** The latest session already begun, for when the core leaves meta.lastSessionAt unset. */
function lastPastSession(detail: CaseDetail): string | undefined {
  const now = Date.now();
  return detail.sessions
    .filter((s) => instantOf(s.startsAt) <= now)
    .sort((a, b) => instantOf(b.startsAt) - instantOf(a.startsAt))[0]?.startsAt;
}

export function CaseHeader({ detail }: { detail: CaseDetail }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meta, risk } = detail;
  const lastContact = meta.lastSessionAt ?? lastPastSession(detail);
  return (
    <header className="case-header">
      <h1>{meta.alias}</h1>
      <SyncedAsOf />
      <p className="case-facts">
        <span className={`status status-${meta.status}`}>
          {labelText(CASE_STATUS_LABELS[meta.status], language)}
        </span>
        <RiskBadge
          level={risk.flagged ? risk.unresolvedLevel : (risk.latestLevel ?? 'none')}
          flagged={risk.flagged}
        />
        {meta.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </p>
      <p className="hint">
        {t('cases.detail.createdAt', { date: formatInstant(meta.createdAt, language) })}
        {' · '}
        {lastContact
          ? t('cases.list.lastContactAt', { date: formatInstant(lastContact, language) })
          : t('cases.list.noContactYet')}
        {!risk.flagged &&
          risk.lastResolvedAt &&
          ` · ${t('cases.risk.lastResolved', { date: formatInstant(risk.lastResolvedAt, language) })}`}
      </p>
      <CaseSummaryExport caseId={meta.id} />
    </header>
  );
}
