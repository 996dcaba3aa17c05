import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '../../../shared/api/sync';
import { useApi } from '../api/api-context';
import { errorText } from '../api/errors';
import { ErasedCases } from '../erasure/ErasedCases';
import { RetentionPolicy } from '../erasure/RetentionPolicy';
import { DisplayNameCard } from './DisplayNameCard';
import { EnrollForms } from './EnrollForms';
import { SyncStatusCard } from './SyncStatusCard';
import { TeamPanel } from './TeamPanel';
import './sync.css';

/** Joining a team, and what the sync is doing: kept live by the core's sync.changed events. */
export function SyncScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [overview, setOverview] = useState<SyncOverview | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    void api.call('sync.status', {}).then(setOverview, (e: unknown) => setError(errorText(t, e)));
    return api.on('sync.changed', setOverview);
  }, [api, t]);

  return (
    <section className="sync-screen">
      <h1>{t('sync.title')}</h1>
      <p className="hint">{t('sync.intro')}</p>
      {error && <p role="alert">{error}</p>}
      {overview && <SyncStatusCard overview={overview} onChange={setOverview} />}
      {overview && <DisplayNameCard overview={overview} onChange={setOverview} />}
      {overview?.state.kind === 'notEnrolled' && <EnrollForms onEnrolled={setOverview} />}
      {overview && overview.state.kind !== 'notEnrolled' && (
        <TeamPanel overview={overview} onChange={setOverview} />
      )}
      {overview && <RetentionPolicy key={overview.role ?? 'alone'} />}
      {overview && <ErasedCases />}
    </section>
  );
}
