import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useLoad } from '../ui/use-load';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The organisation's letterhead, printed at the head of every PDF (issue #14, item 5): set once
 * for the team by a supervisor (or by whoever works alone); the core checks the logo's size and
 * type, and a refused logo changes nothing.
 */
export function OrganisationForm(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const load = useCallback(() => api.call('organisation.get', {}), [api]);
  const current = useLoad(load);
  const [name, setName] = useState<string | null>(null);
  const [logo, setLogo] = useState<{ type: string; base64: string } | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const view = current.data;
  if (!view) return <ErrorAlert error={current.error} />;
  const shownName = name ?? view.name;
  const shownLogo = logo === undefined ? view.logo : (logo ?? undefined);

  async function pick(file: File | undefined): Promise<void> {
    if (!file) return;
    setLogo({ type: file.type, base64: base64Of(new Uint8Array(await file.arrayBuffer())) });
  }

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    setStatus('');
    try {
      const saved = await api.call('organisation.set', {
        name: shownName.trim(),
        ...(shownLogo ? { logo: { type: shownLogo.type, base64: shownLogo.base64 } } : {}),
      });
      current.setData(saved);
      setName(null);
      setLogo(undefined);
      setStatus(t('exports.ui.organisationSaved'));
    } catch (e) {
      setError(
        e instanceof ApiCallError && e.error.code === 'export_refused'
          ? t(`exports.errors.${e.error.message}`, { defaultValue: t('errors.internal') })
          : e,
      );
    }
  }

  return (
    <form className="panel organisation" onSubmit={(e) => void save(e)}>
      <h2>{t('exports.ui.organisation')}</h2>
      <p className="hint">
        {view.mayEdit
          ? t('exports.ui.organisationHint')
          : t('exports.ui.organisationOnlySupervisor')}
      </p>
      <label>
        {t('exports.ui.organisationName')}
        <input
          value={shownName}
          maxLength={160}
          disabled={!view.mayEdit}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {shownLogo && (
        <img
          className="letterhead-logo"
          alt=""
          src={`data:${shownLogo.type};base64,${shownLogo.base64}`}
        />
      )}
      {view.mayEdit && (
        <>
          <label>
            {t('exports.ui.organisationLogo')}
            <input
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </label>
          {shownLogo && (
            <button type="button" onClick={() => setLogo(null)}>
              {t('exports.ui.organisationRemoveLogo')}
            </button>
          )}
          <button type="submit">{t('exports.ui.organisationSave')}</button>
        </>
      )}
      {status && (
        <p className="hint" role="status">
          {status}
        </p>
      )}
      <ErrorAlert error={error} />
    </form>
  );
}
