import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterTrust } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';

/**
 * Shown on every screen while the team's roster cannot be trusted (a fork, an older list, an
 * event not signed by a supervisor): nothing is shared meanwhile, and the person should know
 * where they are, not only on the Sync screen (issue #10).
 */
export function TeamTrustBanner({ onOpen }: { onOpen: () => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const [trust, setTrust] = useState<RosterTrust['state']>('verified');
  useEffect(() => {
    const update = (o: { trust: RosterTrust; state: { kind: string } }): void =>
      setTrust(o.state.kind === 'notEnrolled' ? 'verified' : o.trust.state);
    void api.call('sync.status', {}).then(update, () => undefined);
    return api.on('sync.changed', update);
  }, [api]);
  if (trust === 'verified' || trust === 'waiting') return null;
  return (
    <div className="banner danger" role="alert" data-testid="team-trust-banner">
      <p>{t('sync.trust.banner')}</p>
      <button type="button" onClick={onOpen}>
        {t('sync.trust.open')}
      </button>
    </div>
  );
}
