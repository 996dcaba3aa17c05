import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityAreaView, CommunityOverview } from '../../../shared/api/community';
import {
  areaName,
  COMMUNITY_ACTIVITY_KIND_LABELS,
  labelText,
  type CommunityActivity,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';
import { usePersonLabel } from '../review/people-context';

/** The activities of the period, newest first, with who recorded each; one's own can be removed. */
export function ActivityList(props: {
  areas: CommunityAreaView[];
  activities: CommunityActivity[];
  selfActorId: string | undefined;
  onChanged: (o: CommunityOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const personLabel = usePersonLabel();
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const names = new Map(props.areas.map((a) => [a.id, areaName(a)]));
  const words = query.trim().toLocaleLowerCase('id');
  // The activities are decrypted on this device already: searching them needs no index.
  const shown = props.activities.filter(
    (a) =>
      !words ||
      [a.notes, a.mapping?.resources, a.mapping?.contacts, a.mapping?.needs, names.get(a.areaId)]
        .join('\n')
        .toLocaleLowerCase('id')
        .includes(words),
  );

  async function remove(id: string): Promise<void> {
    try {
      props.onChanged(await api.call('community.removeActivity', { id }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="community-list" aria-labelledby="community-list-title">
      <h2 id="community-list-title">{t('community.list.title')}</h2>
      <label>
        {t('community.list.search')}
        <input
          type="search"
          value={query}
          title={t('community.list.searchHint')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <ErrorAlert error={error} />
      {shown.length === 0 ? (
        <p className="empty">{t('community.list.none')}</p>
      ) : (
        <ul>
          {shown.map((a) => (
            <li key={a.id} data-testid="community-activity">
              <p>
                <strong>{labelText(COMMUNITY_ACTIVITY_KIND_LABELS[a.kind], language)}</strong> ·{' '}
                {formatDay(a.date, language)} · {names.get(a.areaId) ?? ''}
              </p>
              <p>
                {t('community.list.reached', { people: a.reached.people })}
                {a.reached.households !== undefined &&
                  ` · ${t('community.list.households', { count: a.reached.households })}`}
                {' · '}
                <span className="hint">
                  {t('community.list.recordedBy', { by: personLabel(a.recordedBy) })}
                </span>
              </p>
              {a.notes && <p className="community-notes">{a.notes}</p>}
              {a.mapping && (
                <ul className="community-mapping-found">
                  {(['resources', 'contacts', 'needs'] as const)
                    .filter((k) => a.mapping?.[k])
                    .map((k) => (
                      <li key={k}>{t(`community.list.${k}`, { text: a.mapping?.[k] })}</li>
                    ))}
                </ul>
              )}
              {a.recordedBy === props.selfActorId && (
                <button type="button" className="secondary" onClick={() => void remove(a.id)}>
                  {t('community.list.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
