import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { useLoad } from '../ui/use-load';

/**
 * The library items a search matches (titles, topics, texts), under the case results of the
 * Search screen: the same words find a client's notes and the leaflet to give them.
 */
export function LibraryHits(props: {
  query: string;
  onOpen: () => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const { query } = props;
  const load = useCallback(() => api.call('library.list', { query }), [api, query]);
  const { data } = useLoad(load);
  if (!data || data.items.length === 0) return null;
  return (
    <section className="search-group" aria-labelledby="library-hits-title">
      <h2 id="library-hits-title">{t('library.searchHits.title')}</h2>
      <ul>
        {data.items.slice(0, 10).map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="link"
              aria-label={t('library.searchHits.open', { title: item.title })}
              onClick={props.onOpen}
            >
              {item.title}
            </button>{' '}
            <span className="hint">
              {t(`library.kind.${item.kind}`)} · {item.tags.join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
