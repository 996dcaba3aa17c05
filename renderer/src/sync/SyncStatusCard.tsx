import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { formatDate } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { formatBytes } from './format-bytes';
import { SyncNowButton } from './SyncNowButton';
import { SyncProblem } from './SyncProblem';
import { WaitingAttachments } from './WaitingAttachments';
import { formatWhen, summarise } from './sync-words';
import { useBrowserOnline } from './use-sync-overview';

/** Where this device stands: connection, what waits, the last sync, this month's data. */
export function SyncStatusCard({
  overview,
  onChange,
}: {
  overview: SyncOverview;
  onChange: (o: SyncOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const online = useBrowserOnline();
  const { state } = overview;
  const offline = state.kind === 'offline' ? summarise(t, language, overview, { online }) : null;
  const stateText =
    state.kind === 'syncing'
      ? t('sync.state.syncing', { done: state.done, total: state.total })
      : state.kind === 'error'
        ? state.problem && state.problem !== 'other'
          ? t('sync.state.held')
          : t('sync.refusal.other')
        : offline?.explanation
          ? offline.short
          : t(`sync.state.${state.kind}`);
  const enrolled = state.kind !== 'notEnrolled';
  return (
    <section className="card sync-status" aria-label={t('sync.title')}>
      <p className={`sync-state ${state.kind}`} role="status">
        {stateText}
      </p>
      {state.kind === 'error' && <SyncProblem state={state} />}
      {offline?.explanation && (
        <div className="sync-problem">
          <p>{offline.explanation}</p>
          {state.kind === 'offline' && state.retryAt !== undefined && (
            <p className="hint">
              {t('sync.indicator.retryAt', { time: formatWhen(state.retryAt, language) })}
            </p>
          )}
          {offline.detail && (
            <details className="technical">
              <summary>{t('sync.technical')}</summary>
              <code>{offline.detail}</code>
            </details>
          )}
        </div>
      )}
      {enrolled && state.kind !== 'syncing' && <SyncNowButton onChange={onChange} />}
      {enrolled && (
        <ul className="sync-figures">
          <li>{t('sync.pendingRecords', { count: overview.pendingRecords ?? 0 })}</li>
          {overview.refused && (
            <li className="field-error">
              {t('sync.refusedChanges', { count: overview.refused.count })}{' '}
              {overview.refused.reason !== 'other' && t(`sync.refusal.${overview.refused.reason}`)}
            </li>
          )}
          <li>
            {t('sync.lastSynced', {
              at: overview.lastSyncedAt
                ? formatDate(overview.lastSyncedAt, language)
                : t('sync.never'),
            })}
          </li>
          <li>
            {t('sync.traffic', {
              sent: formatBytes(overview.bytesSent, language),
              received: formatBytes(overview.bytesReceived, language),
            })}
          </li>
        </ul>
      )}
      {/* An internal term, for whoever helps them, folded away (issue #12, item 8). */}
      {enrolled && overview.quarantined > 0 && (
        <details className="technical">
          <summary>{t('sync.technical')}</summary>
          <p>{t('sync.quarantined', { count: overview.quarantined })}</p>
        </details>
      )}
      {enrolled && (
        <fieldset className="data-saver">
          <label className="check inline">
            <input
              type="checkbox"
              checked={overview.dataSaver.enabled}
              onChange={(e) =>
                void api.call('sync.setDataSaver', { enabled: e.target.checked }).then(onChange)
              }
            />
            {t('sync.dataSaver')}
          </label>
          <label className="check inline">
            <input
              type="checkbox"
              checked={overview.dataSaver.unmetered}
              onChange={(e) =>
                void api.call('sync.setDataSaver', { unmetered: e.target.checked }).then(onChange)
              }
            />
            {t('sync.unmetered')}
          </label>
          {overview.deferredBytes > 0 && (
            <p>
              {t('sync.deferred', { size: formatBytes(overview.deferredBytes, language) })}{' '}
              <button
                type="button"
                onClick={() => void api.call('sync.allowLargeTransfers', {}).then(onChange)}
              >
                {t('sync.allowLarge')}
              </button>
            </p>
          )}
          <WaitingAttachments overview={overview} />
        </fieldset>
      )}
    </section>
  );
}
