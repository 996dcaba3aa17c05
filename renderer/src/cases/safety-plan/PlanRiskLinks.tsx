import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { formatInstant, useLanguage } from '../../ui/dates';
import type { Navigate } from '../../ui/navigate';
import { EmergencyContacts } from './EmergencyContacts';

/**
 * The safety plan is the plan a risk screen's "safety plan" action refers to (issue #12, item 6):
 * this links back to each session at risk whose action is not yet recorded, and offers the
 * emergency contacts while the case is at high risk.
 */
export function PlanRiskLinks(props: {
  detail: CaseDetail;
  navigate: Navigate;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const { risk, meta } = props.detail;
  const waiting = risk.unhandled.filter((u) => u.sessionId && u.missing.includes('safetyPlan'));
  if (!risk.flagged) return null;
  return (
    <div className="plan-risk-links">
      {risk.unresolvedLevel === 'high' && <EmergencyContacts plan={props.detail.safetyPlan} />}
      {waiting.length > 0 && (
        <>
          <p className="hint">{t('inbox.plan.notRecorded')}</p>
          <ul>
            {waiting.map((u) => (
              <li key={u.sessionId}>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    props.navigate({
                      kind: 'session',
                      sessionId: u.sessionId ?? '',
                      caseId: meta.id,
                      focus: 'risk',
                    })
                  }
                >
                  {t('inbox.plan.openSession', { date: formatInstant(u.at, language) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
