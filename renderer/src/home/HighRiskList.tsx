import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/api/records';
import { RiskBadge } from '../cases/ui/RiskBadge';
import { formatInstant, useLanguage } from '../cases/ui/dates';
import type { Navigate } from '../cases/ui/navigate';
import { HomeBlock } from './HomeBlock';

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
  return (
    <HomeBlock
      title={t('cases.home.highRisk')}
      empty={t('cases.home.highRiskEmpty')}
      items={cases}
      keyOf={(c) => c.id}
      onOpen={(c) => navigate({ kind: 'case', caseId: c.id })}
      tone="danger"
      renderItem={(c) => (
        <>
          <span className="item-title">{c.alias}</span>
          <RiskBadge level={c.riskLevel} flagged={c.riskFlagged} />
          <span className="item-meta">
            {c.lastSessionAt
              ? t('cases.list.lastContactAt', {
                  date: formatInstant(c.lastSessionAt, language),
                })
              : t('cases.list.noContactYet')}
          </span>
        </>
      )}
    />
  );
}
