import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItemView } from '../../../shared/api/library';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLoad } from '../ui/use-load';
import { LibraryItemCard } from './LibraryItemCard';
import { LibraryItemForm } from './LibraryItemForm';
import './library.css';
import { SyncedAsOf } from '../sync/SyncedAsOf';

type Filter = 'all' | 'draft';

/**
 * "Pustaka / Library" (issue #14, item 3): the team's leaflets, images and short texts to give
 * clients. Anyone adds; a supervisor approves, hides or retires; a counselor sees approved items
 * and their own drafts. Searching looks at titles, topics and texts.
 */
export function LibraryScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<Filter>('all');
  const load = useCallback(
    () => api.call('library.list', query.trim() ? { query } : {}),
    [api, query],
  );
  const { data, error, reload } = useLoad(load);
  // null: no form; 'new': a new item; otherwise the item a new version is written of.
  const [editing, setEditing] = useState<LibraryItemView | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = (data?.items ?? []).filter((i) => filter === 'all' || i.status === 'draft');

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="screen-head">
        <h1 id="library-title">{t('library.title')}</h1>
        {editing === null && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('library.form.add')}
          </button>
        )}
      </div>
      <SyncedAsOf />
      <p className="hint">{t('library.intro')}</p>
      {data && <p className="library-place">{t(`library.place.${data.place}`)}</p>}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {editing !== null && (
        <LibraryItemForm
          key={editing === 'new' ? 'new' : editing.id}
          item={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(
              saved.status === 'draft' ? t('library.form.savedDraft') : t('library.form.saved'),
            );
            reload();
          }}
        />
      )}
      <div className="row library-find">
        <div className="field">
          <label htmlFor="library-search">{t('library.search.label')}</label>
          <input
            id="library-search"
            type="search"
            placeholder={t('library.search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {data?.curates && (
          <div className="field">
            <label htmlFor="library-filter">{t('library.filter.label')}</label>
            <select
              id="library-filter"
              value={filter}
              onChange={(e) => setFilter(e.target.value === 'draft' ? 'draft' : 'all')}
            >
              <option value="all">{t('library.filter.all')}</option>
              <option value="draft">{t('library.filter.draft')}</option>
            </select>
          </div>
        )}
      </div>
      <ErrorAlert error={error} />
      {data &&
        (items.length === 0 ? (
          <p className="empty">{query.trim() ? t('library.search.none') : t('library.empty')}</p>
        ) : (
          <ul className="library-items">
            {items.map((item) => (
              <LibraryItemCard
                key={item.id}
                item={item}
                curates={data.curates}
                named={data.place === 'team'}
                onEdit={(i) => {
                  setNotice(null);
                  setEditing(i);
                }}
                onChanged={() => {
                  setNotice(t('library.curate.done'));
                  reload();
                }}
              />
            ))}
          </ul>
        ))}
    </section>
  );
}
