import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { formatWhen } from './sync-words';
import { useSyncOverview } from './use-sync-overview';

/**
 * "As of" on a view built from synced data (issue #12, item 3): when this device last caught up
 * with the team, and that it may be out of date while not connected. Nothing outside a team.
 */
export function SyncedAsOf(): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const [overview] = useSyncOverview();
  if (!overview || overview.state.kind === 'notEnrolled') return null;
  const connected = overview.state.kind === 'upToDate' || overview.state.kind === 'syncing';
  return (
    <p className="hint synced-as-of" data-testid="synced-as-of">
      {overview.lastSyncedAt === null
        ? t('sync.asOfNever')
        : t('sync.asOf', { time: formatWhen(overview.lastSyncedAt, language) })}
      {!connected && ` ${t('sync.asOfOffline')}`}
    </p>
  );
}
