import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';

/** "Sinkronkan sekarang": try the relay at once rather than at the end of the backoff. */
export function SyncNowButton({
  onChange,
  className,
}: {
  onChange: (o: SyncOverview) => void;
  className?: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <div className={className}>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          api
            .call('sync.now', {})
            .then(onChange, setError)
            .finally(() => setBusy(false));
        }}
      >
        {t('sync.indicator.syncNow')}
      </button>
      <ErrorAlert error={error} />
    </div>
  );
}
