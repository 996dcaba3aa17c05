import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeSummary } from '../../../shared/api/records';
import { REFERRAL_TARGET_LABELS, labelText } from '../../../shared/domain';
import { formatDay, useLanguage } from '../cases/ui/dates';
import type { Navigate } from '../cases/ui/navigate';

/** Referrals whose follow-up date has passed while still open, most overdue first. */
export function OverdueList({
  overdue,
  navigate,
}: {
  overdue: HomeSummary['overdue'];
  navigate: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section
      className={`home-block${overdue.length > 0 ? ' warning-block' : ''}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('cases.home.overdue')}</h2>
      {overdue.length === 0 ? (
        <p className="empty">{t('cases.home.overdueEmpty')}</p>
      ) : (
        <ul className="item-list">
          {overdue.map(({ referral, alias, daysOverdue }) => (
            <li key={referral.id}>
              <button
                type="button"
                className="item"
                onClick={() =>
                  navigate({ kind: 'case', caseId: referral.caseId }, { tab: 'referrals' })
                }
              >
                <span className="item-title">{alias}</span>
                <span className="overdue-mark">
                  {t('cases.referrals.overdueDays', { count: daysOverdue })}
                </span>
                <span className="item-meta">
                  {t('cases.home.overdueTo', {
                    toWhom: referral.toWhom,
                    target: labelText(REFERRAL_TARGET_LABELS[referral.target], language),
                  })}
                  {' · '}
                  {t('cases.referrals.followUpOn', {
                    date: formatDay(referral.followUpDate, language),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
