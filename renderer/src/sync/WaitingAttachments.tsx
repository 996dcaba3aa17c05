import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLoad } from '../ui/use-load';
import { useLanguage } from '../i18n/use-language';
import { formatBytes } from './format-bytes';

/**
 * How often the figure is asked again while the screen is open: chunks moving, and a teammate's
 * file announced, raise no sync.changed of their own. One small query in the core.
 */
const REFRESH_MS = 5000;

/**
 * How much attachment data waits to go up and to come down, and what the data saver holds back,
 * with one button to let it all travel now (issue #14, item 1). The figure is the core's.
 */
export function WaitingAttachments({ overview }: { overview: SyncOverview }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('attachments.waiting', {}), [api]);
  const { data, error, reload } = useLoad(load);
  // A new overview (sync.changed, a data saver choice) asks again.
  useEffect(reload, [overview, reload]);
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const moving = data !== null && data.upload.files + data.download.files > 0;

  if (!data || !moving) return <ErrorAlert error={error} />;
  return (
    <div className="waiting-attachments">
      <p>
        {t('attachments.waiting', {
          up: formatBytes(data.upload.bytes, language),
          down: formatBytes(data.download.bytes, language),
        })}{' '}
        {data.held.files > 0 &&
          t('attachments.held', { size: formatBytes(data.held.bytes, language) })}
      </p>
      {data.held.files > 0 && (
        <button
          type="button"
          onClick={() => void api.call('attachments.allow', {}).then(reload, reload)}
        >
          {t('attachments.allowAll')}
        </button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
