import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/api/records';
import { CASE_STATUS_LABELS, labelText } from '../../../../shared/domain';
import { RiskBadge } from '../../ui/RiskBadge';
import { formatInstant, useLanguage } from '../../ui/dates';

/** The cases, one row each; the alias opens the case. */
export function CaseTable(props: {
  cases: CaseSummary[];
  onOpen: (caseId: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <table className="case-table">
      <thead>
        <tr>
          <th scope="col">{t('cases.list.alias')}</th>
          <th scope="col">{t('cases.list.status')}</th>
          <th scope="col">{t('cases.list.risk')}</th>
          <th scope="col">{t('cases.list.lastContact')}</th>
          <th scope="col">{t('cases.list.tags')}</th>
        </tr>
      </thead>
      <tbody>
        {props.cases.map((c) => (
          <tr key={c.id} className={c.riskFlagged ? 'flagged-row' : undefined}>
            <th scope="row">
              <button type="button" className="link" onClick={() => props.onOpen(c.id)}>
                {c.alias}
              </button>
              {c.overdueFollowUps > 0 && (
                <span className="overdue-mark small">
                  {t('cases.list.overdueFollowUps', { count: c.overdueFollowUps })}
                </span>
              )}
            </th>
            <td>{labelText(CASE_STATUS_LABELS[c.status], language)}</td>
            <td>
              <RiskBadge level={c.riskLevel} flagged={c.riskFlagged} />
            </td>
            <td>
              {c.lastSessionAt ? (
                formatInstant(c.lastSessionAt, language)
              ) : (
                <span className="hint">{t('cases.list.noContactYet')}</span>
              )}
            </td>
            <td>
              {c.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
