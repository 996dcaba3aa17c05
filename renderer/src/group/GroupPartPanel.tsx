import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import { RiskScreen } from '../session/RiskScreen';
import { SessionNote } from '../session/SessionNote';
import { RiskValues } from '../session/SessionValues';
import { useSession } from '../session/use-session';

/**
 * One participant's part, inside the group screen: their own note and risk screen, which are a
 * session of their case (the rest of it — checklist, details, review — is on its full screen).
 */
export function GroupPartPanel(props: {
  sessionId: string;
  alias: string;
  openPart: () => void;
  openSafetyPlan: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { detail, error, change, onDetail } = useSession(props.sessionId);
  if (!detail) {
    return error ? (
      <p role="alert" className="session-error">
        {errorText(t, error)}
      </p>
    ) : (
      <p className="loading">{t('session.loading')}</p>
    );
  }
  const contentLocked = detail.readOnly !== undefined || detail.authorship?.mayWrite === false;
  return (
    <div className="group-part">
      {error !== null && error !== undefined && (
        <p role="alert" className="session-error">
          {errorText(t, error)}
        </p>
      )}
      <SessionNote key={detail.documentId} detail={detail} onDetail={onDetail} />
      {contentLocked ? (
        <RiskValues detail={detail} openSafetyPlan={props.openSafetyPlan} />
      ) : (
        <RiskScreen detail={detail} change={change} openSafetyPlan={props.openSafetyPlan} />
      )}
      <button type="button" onClick={props.openPart}>
        {t('groups.openPart', { alias: props.alias })}
      </button>
    </div>
  );
}
