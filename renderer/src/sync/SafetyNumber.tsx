import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview, TeamMember } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { CopyableCode } from './CopyableCode';

/**
 * Comparing safety numbers with one member: who reads what to whom, what to do when they differ,
 * and the mark this device keeps once they match.
 */
export function SafetyNumber({
  member,
  name,
  onChange,
}: {
  member: TeamMember;
  name: string;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  if (!member.safetyNumber) return null;
  const mark = (verified: boolean): void => {
    setError('');
    void api
      .call('sync.markVerified', { memberNo: member.memberNo, verified })
      .then(onChange, (e: unknown) => setError(errorText(t, e)));
  };
  return (
    <div className="safety-number">
      {member.keyChanged && (
        <p role="alert" className="notice danger">
          {t('sync.safety.keyChanged', { name })}
        </p>
      )}
      <button type="button" className="link" onClick={() => setOpen(!open)}>
        {open ? t('sync.safety.hide') : t('sync.safety.show')}
      </button>
      {open && (
        <div className="safety-detail">
          <h3>{t('sync.safety.title', { name })}</h3>
          <p className="hint">{t('sync.safety.how', { name })}</p>
          <CopyableCode
            value={member.safetyNumber}
            qrValue={member.safetyNumber.replace(/ /g, '')}
            testId={`safety-number-${member.memberNo}`}
            label={t('sync.safety.title', { name })}
          />
          <p className="hint">{t('sync.safety.differ', { name })}</p>
          {member.verified ? (
            <button type="button" onClick={() => mark(false)}>
              {t('sync.safety.unmark')}
            </button>
          ) : (
            <button type="button" onClick={() => mark(true)}>
              {t('sync.safety.match')}
            </button>
          )}
          {error && <p role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
