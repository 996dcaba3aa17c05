import { useTranslation } from 'react-i18next';
import type { RosterTrust } from '../../../shared/api/sync';

/** Why this device is sharing nothing with the team right now, when that is so (issue #10). */
export function TrustNotice({ trust }: { trust: RosterTrust }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (trust.state === 'verified') return null;
  const text =
    trust.state === 'fork'
      ? t('sync.trust.fork', { index: trust.index })
      : trust.state === 'rollback'
        ? t('sync.trust.rollback', { held: trust.held, served: trust.served })
        : t(`sync.trust.${trust.state}`);
  return (
    <p
      className={trust.state === 'waiting' ? 'card notice' : 'card notice danger'}
      role={trust.state === 'waiting' ? 'status' : 'alert'}
      data-testid="roster-trust"
      data-state={trust.state}
    >
      {text}
    </p>
  );
}
