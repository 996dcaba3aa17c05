import { useTranslation } from 'react-i18next';
import type { HomeSummary } from '../../../shared/api/records';
import { REFERRAL_TARGET_LABELS, labelText } from '../../../shared/domain';
import { formatDay, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { HomeBlock } from './HomeBlock';

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
  return (
    <HomeBlock
      title={t('cases.home.overdue')}
      empty={t('cases.home.overdueEmpty')}
      items={overdue}
      keyOf={({ referral }) => referral.id}
      onOpen={({ referral }) =>
        navigate({ kind: 'case', caseId: referral.caseId }, { tab: 'referrals' })
      }
      tone="warning"
      renderItem={({ referral, alias, daysOverdue }) => (
        <>
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
        </>
      )}
    />
  );
}
