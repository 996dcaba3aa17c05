import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { Navigate } from '../../ui/navigate';
import { useLoad } from '../../ui/use-load';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { NewCaseForm } from './NewCaseForm';
import { isFiltered, listInput, NO_FILTERS, type CaseFilterValues } from './filters';
import { SyncedAsOf } from '../../sync/SyncedAsOf';

/**
 * The counselor's cases. Flagged cases stay on top whatever the sort (DOMAIN.md: risk cases
 * first); the search box only narrows by alias, the full-text search has its own screen.
 */
export function CaseListScreen(props: {
  navigate: Navigate;
  newCaseOpen: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [filters, setFilters] = useState<CaseFilterValues>(NO_FILTERS);
  const [query, setQuery] = useState('');
  const [formOpen, setFormOpen] = useState(props.newCaseOpen);

  const load = useCallback(() => api.call('cases.list', listInput(filters)), [api, filters]);
  const { data, error } = useLoad(load);

  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const matching = (data?.cases ?? []).filter((c) =>
      c.alias.toLocaleLowerCase().includes(needle),
    );
    return [...matching.filter((c) => c.riskFlagged), ...matching.filter((c) => !c.riskFlagged)];
  }, [data, query]);

  const knownTags = useMemo(
    () => [...new Set((data?.cases ?? []).flatMap((c) => c.tags))].sort(),
    [data],
  );

  return (
    <section className="case-list">
      <div className="screen-head">
        <h1>{t('nav.cases')}</h1>
        {!formOpen && (
          <button type="button" className="primary" onClick={() => setFormOpen(true)}>
            {t('cases.newCase.open')}
          </button>
        )}
      </div>
      <SyncedAsOf />
      {formOpen && (
        <NewCaseForm
          onCancel={() => setFormOpen(false)}
          onCreated={(detail) => props.navigate({ kind: 'case', caseId: detail.meta.id })}
        />
      )}
      <label className="search-box">
        {t('cases.list.search')}
        <input
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <CaseFilters values={filters} knownTags={knownTags} onChange={setFilters} />
      <ErrorAlert error={error} />
      {data && (
        <>
          <p className="hint" role="status">
            {t('cases.list.count', { count: shown.length })}
          </p>
          {shown.length > 0 ? (
            <CaseTable
              cases={shown}
              onOpen={(caseId) => props.navigate({ kind: 'case', caseId })}
            />
          ) : (
            <p className="empty">
              {isFiltered(filters) || query.trim()
                ? t('cases.list.noMatch')
                : t('cases.list.empty')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
