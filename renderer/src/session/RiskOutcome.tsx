import { useTranslation } from 'react-i18next';
import { labelText, RISK_LEVEL_LABELS } from '../../../shared/domain';
import { EmergencyContacts } from '../cases/safety-plan/EmergencyContacts';
import { useLanguage } from '../i18n/use-language';
import type { SessionState } from './use-session';

type Risk = NonNullable<SessionState['detail']>['risk'];

/**
 * The level the core triaged, with its reasons: the same on the risk screen (RiskScreen, where
 * it follows the answers as a live status) and in its read-only values (SessionValues).
 */
export function RiskResult({
  risk,
  live = false,
}: {
  risk: Risk;
  /** Announce changes (role="status"), where the answers above can change the level. */
  live?: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="risk-result" role={live ? 'status' : undefined}>
      <p>
        <span className={`risk-badge ${risk.level}`}>
          {t('session.risk.levelShort', {
            level: labelText(RISK_LEVEL_LABELS[risk.level], language),
          })}
        </span>{' '}
        {!risk.complete && <span className="hint">{t('session.risk.incomplete')}</span>}
      </p>
      {risk.reasons.length > 0 && (
        <ul className="risk-reasons">
          {risk.reasons.map((reason) => (
            <li key={reason}>{t(`session.risk.reasons.${reason}`)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The warning when online counseling does not suit the level, with emergency contacts at high. */
export function RiskWarning({
  level,
  online = false,
}: {
  level: Risk['level'];
  /** Add that the session is held online and may need to meet face to face (the risk screen's form). */
  online?: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="risk-warning">
      <p className="warning-title">
        <span aria-hidden="true">⚠ </span>
        {t('session.risk.warningTitle')}
      </p>
      <p>{t(`session.risk.warningBody.${level === 'high' ? 'high' : 'moderate'}`)}</p>
      {online && <p>{t('session.risk.warningOnline')}</p>}
      {level === 'high' && <EmergencyContacts />}
    </div>
  );
}
