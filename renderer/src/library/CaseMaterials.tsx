import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useLanguage } from '../i18n/use-language';
import './library.css';

/** Everything the case's sessions gave the client from the library, newest session first. */
export function CaseMaterials(props: { caseId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { caseId } = props;
  const load = useCallback(() => api.call('library.caseMaterials', { caseId }), [api, caseId]);
  const { data, error } = useLoad(load);

  return (
    <section className="panel case-materials" aria-labelledby="case-materials-title">
      <h2 id="case-materials-title">{t('library.case.title')}</h2>
      {data && data.length === 0 && <p className="empty">{t('library.case.none')}</p>}
      {data && data.length > 0 && (
        <ul className="library-given">
          {data.map((m) => (
            <li key={`${m.sessionId}-${m.itemId}`}>
              <span>{t('library.session.entry', { title: m.title, version: m.version })}</span>
              {m.sessionStartsAt && (
                <span className="hint">
                  {t('library.case.session', { date: formatInstant(m.sessionStartsAt, language) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
