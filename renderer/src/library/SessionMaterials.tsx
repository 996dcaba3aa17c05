import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';
import './library.css';

/**
 * "Materi yang diberikan / Material given" on the session page (issue #14, item 3): the library
 * items given to the client, by title and version, and, for whoever writes the session, a choice
 * of approved items to record.
 */
export function SessionMaterials(props: { sessionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const { sessionId } = props;
  const loadGiven = useCallback(
    () => api.call('library.sessionMaterials', { sessionId }),
    [api, sessionId],
  );
  const given = useLoad(loadGiven);
  const loadLibrary = useCallback(() => api.call('library.list', {}), [api]);
  const library = useLoad(loadLibrary);
  const submit = useSubmit();
  const [choice, setChoice] = useState('');
  const editable = given.data?.editable === true;
  const givenIds = new Set(given.data?.materials.map((m) => m.itemId));
  const offered = (library.data?.items ?? []).filter(
    (i) => i.status === 'approved' && !givenIds.has(i.id),
  );

  async function give(): Promise<void> {
    if (!choice) return;
    const saved = await submit.run(() => api.call('library.give', { sessionId, itemId: choice }));
    if (saved) {
      given.setData(saved);
      setChoice('');
    }
  }

  async function remove(itemId: string): Promise<void> {
    const saved = await submit.run(() => api.call('library.ungive', { sessionId, itemId }));
    if (saved) given.setData(saved);
  }

  return (
    <section
      className="panel session-materials"
      id="section-materials"
      tabIndex={-1}
      aria-labelledby="session-materials-title"
    >
      <h2 id="session-materials-title">{t('library.session.title')}</h2>
      {given.data && given.data.materials.length === 0 && (
        <p className="empty">{t('library.session.none')}</p>
      )}
      {given.data && given.data.materials.length > 0 && (
        <ul className="library-given">
          {given.data.materials.map((m) => (
            <li key={m.itemId}>
              <span>{t('library.session.entry', { title: m.title, version: m.version })}</span>
              <span className="hint">{t(`library.kind.${m.kind}`)}</span>
              {editable && (
                <button
                  type="button"
                  className="link"
                  disabled={submit.busy}
                  aria-label={t('library.session.remove', { title: m.title })}
                  onClick={() => void remove(m.itemId)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && library.data && (
        <div className="row">
          {offered.length === 0 ? (
            <p className="hint">{t('library.session.noneApproved')}</p>
          ) : (
            <>
              <div className="field">
                <label htmlFor={`materials-${sessionId}`}>{t('library.session.choose')}</label>
                <select
                  id={`materials-${sessionId}`}
                  value={choice}
                  onChange={(e) => setChoice(e.target.value)}
                >
                  <option value="">{t('library.session.chooseNone')}</option>
                  {offered.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.title} ({t('library.item.version', { version: i.version })})
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" disabled={!choice || submit.busy} onClick={() => void give()}>
                {t('library.session.give')}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorAlert error={given.error ?? library.error ?? submit.error} />
    </section>
  );
}
