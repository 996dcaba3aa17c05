import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/api/records';
import { RiskBadge } from '../cases/ui/RiskBadge';
import { formatInstant, useLanguage } from '../cases/ui/dates';
import type { Navigate } from '../cases/ui/navigate';

/** Cases with a moderate or high screen nobody has dealt with yet. Always shown first. */
export function HighRiskList({
  cases,
  navigate,
}: {
  cases: CaseSummary[];
  navigate: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section
      className={`home-block${cases.length > 0 ? ' danger-block' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('cases.home.highRisk')}</h2>
      {cases.length === 0 ? (
        <p className="empty">{t('cases.home.highRiskEmpty')}</p>
      ) : (
        <ul className="item-list">
          {cases.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="item"
                onClick={() => navigate({ kind: 'case', caseId: c.id })}
              >
                <span className="item-title">{c.alias}</span>
                <RiskBadge level={c.riskLevel} flagged={c.riskFlagged} />
                <span className="item-meta">
                  {c.lastSessionAt
                    ? t('cases.list.lastContactAt', {
                        date: formatInstant(c.lastSessionAt, language),
                      })
                    : t('cases.list.noContactYet')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
