import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { Navigate } from '../ui/navigate';
import { SearchResults } from './SearchResults';
import { LibraryHits } from '../library/LibraryHits';

const DELAY_MS = 250;

/** Full-text search over everything decrypted in the core: aliases, notes, referrals. */
export function SearchScreen({ navigate }: { navigate: Navigate }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const query = text.trim();
    let live = true;
    // Waits for a pause in typing; an empty box clears the results.
    const timer = setTimeout(() => {
      if (!query) {
        setResult(null);
        return;
      }
      api.call('search.query', { text: query, limit: 50 }).then(
        ({ hits }) => {
          if (!live) return;
          setError(null);
          setResult({ text: query, hits });
        },
        (e: unknown) => live && setError(e),
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text]);

  return (
    <section className="search">
      <h1>{t('cases.search.title')}</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('cases.search.label')}
          <input
            type="search"
            autoComplete="off"
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p className="hint">{t('cases.search.hint')}</p>
      </form>
      <ErrorAlert error={error} />
      {result && (
        <div aria-live="polite">
          {result.hits.length === 0 ? (
            <p className="empty" role="status">
              {t('cases.search.nothing', { text: result.text })}
            </p>
          ) : (
            <SearchResults hits={result.hits} navigate={navigate} />
          )}
          <LibraryHits query={result.text} onOpen={() => navigate({ kind: 'library' })} />
        </div>
      )}
    </section>
  );
}
