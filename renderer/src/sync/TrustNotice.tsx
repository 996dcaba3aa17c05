import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterTrust, SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';

/**
 * Why this device is sharing nothing with the team right now, when that is so (issue #10); after
 * a fork, the way out once the supervisor has checked the team with everyone in person.
 */
export function TrustNotice({
  trust,
  onChange,
}: {
  trust: RosterTrust;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const [error, setError] = useState('');
  if (trust.state === 'verified') return null;
  const text =
    trust.state === 'fork'
      ? t('sync.trust.fork', { index: trust.index })
      : trust.state === 'rollback'
        ? t('sync.trust.rollback', { held: trust.held, served: trust.served })
        : t(`sync.trust.${trust.state}`);
  return (
    <div
      className={trust.state === 'waiting' ? 'card notice' : 'card notice danger'}
      role={trust.state === 'waiting' ? 'status' : 'alert'}
      data-testid="roster-trust"
      data-state={trust.state}
    >
      <p>{text}</p>
      {trust.state === 'fork' && (
        <>
          <p className="hint">{t('sync.trust.forkHow')}</p>
          <button
            type="button"
            onClick={() => {
              if (!window.confirm(t('sync.trust.startOverConfirm'))) return;
              setError('');
              void api
                .call('sync.startRosterOver', {})
                .then(onChange, (e: unknown) => setError(errorText(t, e)));
            }}
          >
            {t('sync.trust.startOver')}
          </button>
          {error && <p role="alert">{error}</p>}
        </>
      )}
    </div>
  );
}
