import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityOverview } from '../../../shared/api/community';
import { areaName, inRange } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { todayLocal } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { usePersonLabel } from '../review/people-context';
import { useSyncOverview } from '../sync/use-sync-overview';
import { ActivityForm } from './ActivityForm';
import { ActivityList } from './ActivityList';
import { AreaForm } from './AreaForm';
import { CommunityCounts, type Period } from './CommunityCounts';
import './community.css';
import { SyncedAsOf } from '../sync/SyncedAsOf';

/** The first day of the month three months back: the default period shows a season of work. */
function defaultPeriod(): Period {
  const today = todayLocal();
  const [year = 2026, month = 1] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 3, 1)).toISOString().slice(0, 10);
  return { by: 'month', from: start, to: today };
}

/**
 * "Kerja komunitas" (issue #13, item 5; seed 002: social mapping, contact tracing and area work at
 * RT/RW level belong to no single client): areas, activities in them, and counts by area and
 * period, shared with the team.
 */
export function CommunityScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const personLabel = usePersonLabel();
  const [sync] = useSyncOverview();
  const load = useCallback(() => api.call('community.overview', {}), [api]);
  const { data, error, setData } = useLoad(load);
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const onChanged = (o: CommunityOverview) => setData(o);
  const shown =
    data?.activities.filter((a) =>
      inRange(a.date, period.from || undefined, period.to || undefined),
    ) ?? [];

  return (
    <section className="community">
      <h1>{t('community.title')}</h1>
      <SyncedAsOf />
      <p className="hint">{t('community.intro')}</p>
      <ErrorAlert error={error} />
      {!data && !error && <p className="loading">{t('cases.common.loading')}</p>}
      {data && (
        <>
          <p className="community-sharing" data-testid="community-sharing">
            {t(`community.sharing.${data.sharing}`)}
          </p>
          <section className="community-areas" aria-labelledby="community-areas-title">
            <h2 id="community-areas-title">{t('community.area.title')}</h2>
            {data.areas.length === 0 ? (
              <p className="empty">{t('community.area.none')}</p>
            ) : (
              <ul>
                {data.areas.map((a) => (
                  <li key={a.id}>
                    {areaName(a)}{' '}
                    <span className="hint">
                      {t('community.area.changedBy', { by: personLabel(a.changedBy) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <AreaForm onSaved={onChanged} />
          </section>
          {data.areas.length === 0 ? (
            <p className="hint">{t('community.activity.needArea')}</p>
          ) : (
            <ActivityForm areas={data.areas} onSaved={onChanged} />
          )}
          <CommunityCounts
            areas={data.areas}
            activities={data.activities}
            period={period}
            onPeriod={setPeriod}
          />
          <ActivityList
            areas={data.areas}
            activities={shown}
            selfActorId={sync?.self.actorId}
            onChanged={onChanged}
          />
        </>
      )}
    </section>
  );
}
