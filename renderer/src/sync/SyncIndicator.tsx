import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfflineCause } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { useLanguage } from '../i18n/use-language';
import { SyncNowButton } from './SyncNowButton';
import { formatWhen, summarise } from './sync-words';
import { useBrowserOnline, useSyncOverview } from './use-sync-overview';
import './sync-indicator.css';

/**
 * The sync state on every screen (issue #12, item 3): up to date as of when, how many records
 * wait to be sent, and why it is not connected (no internet, the server unreachable, refused by
 * the server), with "sync now". Nothing while the device is not in a team.
 */
export function SyncIndicator({ onOpen }: { onOpen: () => void }): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [overview, setOverview] = useSyncOverview();
  const online = useBrowserOnline();
  const cause = useLastCause(overview?.state);

  // The network came back: no need to wait out the backoff.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) void api.call('sync.now', {}).then(setOverview, () => {});
    wasOnline.current = online;
  }, [api, online, setOverview]);

  if (!overview || overview.state.kind === 'notEnrolled') return null;
  const summary = summarise(t, language, overview, { online, cause });
  const waiting = overview.pendingRecords ?? 0;
  const connected = summary.tone === 'ok' || summary.tone === 'busy';

  return (
    <section
      className={`sync-indicator ${summary.tone}`}
      aria-label={t('sync.indicator.label')}
      data-testid="sync-indicator"
    >
      <button
        type="button"
        className="sync-indicator-state"
        title={summary.explanation ?? t('sync.indicator.open')}
        onClick={onOpen}
      >
        <span className="dot" aria-hidden="true" />
        <span aria-live="polite">{summary.short}</span>
      </button>
      {waiting > 0 && (
        <p className="sync-indicator-waiting">{t('sync.indicator.waiting', { count: waiting })}</p>
      )}
      {!connected && overview.lastSyncedAt !== null && (
        <p className="sync-indicator-last">
          {t('sync.indicator.lastAt', { time: formatWhen(overview.lastSyncedAt, language) })}
        </p>
      )}
      {summary.tone !== 'busy' && <SyncNowButton className="sync-now" onChange={setOverview} />}
    </section>
  );
}

/** The last reason the device was offline, kept while it tries again; forgotten once connected. */
function useLastCause(
  state: { kind: string; cause?: OfflineCause } | undefined,
): OfflineCause | undefined {
  // Derived while rendering (react.dev, "Adjusting some state when a prop changes").
  const [seen, setSeen] = useState<{ state: typeof state; cause?: OfflineCause }>({ state });
  if (seen.state !== state) {
    const cause =
      state?.kind === 'offline' && state.cause
        ? state.cause
        : state?.kind === 'connecting' || state?.kind === 'offline'
          ? seen.cause
          : undefined;
    setSeen({ state, ...(cause ? { cause } : {}) });
  }
  return seen.cause;
}
