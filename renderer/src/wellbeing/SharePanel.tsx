import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WellbeingOverview } from '../../../shared/api/wellbeing';
import { labelText, WELLBEING_BAND_LABELS, WELLBEING_TREND_LABELS } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant } from '../ui/dates';
import { useLanguage } from '../i18n/use-language';

/** The counselor's choice to share a summary (never the answers, never the reflections). */
export function SharePanel(props: {
  overview: WellbeingOverview;
  onChanged: (overview: WellbeingOverview) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { shared, sharing } = props.overview;
  const [debrief, setDebrief] = useState(shared?.debriefRequested ?? false);
  const [error, setError] = useState<unknown>(null);

  async function run(call: () => Promise<WellbeingOverview>): Promise<void> {
    try {
      props.onChanged(await call());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="wellbeing-share" aria-labelledby="wellbeing-share">
      <h2 id="wellbeing-share">{t('wellbeing.share.title')}</h2>
      <p className="hint">{t('wellbeing.share.hint')}</p>
      {sharing === 'alone' && <p>{t('wellbeing.share.alone')}</p>}
      {sharing === 'waiting' && <p>{t('wellbeing.share.waiting')}</p>}
      {shared ? (
        <p role="status" data-testid="shared-summary">
          {t('wellbeing.share.sharedAt', { date: formatInstant(shared.sharedAt, language) })}
          {shared.band && ` · ${labelText(WELLBEING_BAND_LABELS[shared.band], language)}`}
          {shared.trend && ` · ${labelText(WELLBEING_TREND_LABELS[shared.trend], language)}`}
          {shared.debriefRequested && ` · ${t('wellbeing.share.debriefAsked')}`}
        </p>
      ) : (
        <p>{t('wellbeing.share.notShared')}</p>
      )}
      {sharing === 'ready' && (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={debrief}
              onChange={(e) => setDebrief(e.target.checked)}
            />
            {t('wellbeing.share.debrief')}
          </label>
          <div className="actions">
            <button
              type="button"
              onClick={() =>
                void run(() => api.call('wellbeing.share', { debriefRequested: debrief }))
              }
            >
              {shared ? t('wellbeing.share.update') : t('wellbeing.share.share')}
            </button>
            {shared && (
              <button
                type="button"
                className="secondary"
                onClick={() => void run(() => api.call('wellbeing.stopSharing', {}))}
              >
                {t('wellbeing.share.stop')}
              </button>
            )}
          </div>
        </>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
