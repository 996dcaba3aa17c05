import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WellbeingOverview } from '../../../shared/api/wellbeing';
import { labelText, WELLBEING_BAND_LABELS, WELLBEING_TREND_LABELS } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useLanguage } from '../i18n/use-language';
import { CaseloadTable } from './CaseloadTable';
import { percent } from './format';
import { ReflectionSpace } from './ReflectionSpace';
import { SelfCheckForm } from './SelfCheckForm';
import { SharePanel } from './SharePanel';
import { WellbeingChart } from './WellbeingChart';
import './wellbeing.css';

/**
 * "Kesejahteraan saya" (issue #13, item 7; seed 000 on burnout and compassion fatigue among those
 * who accompany others): a self-check, its trend, the caseload, a reflection space, and the
 * choice to share a summary. Private by default.
 */
export function WellbeingScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(() => api.call('wellbeing.overview', {}), [api]);
  const { data, error } = useLoad(load);
  // What the last change answered, else what was loaded: every change returns the whole overview.
  const [changed, setOverview] = useState<WellbeingOverview | null>(null);
  const overview = changed ?? data;
  const latest = overview?.checks.at(-1);

  return (
    <section className="wellbeing">
      <h1>{t('wellbeing.title')}</h1>
      <p className="hint private-note">{t('wellbeing.private')}</p>
      <ErrorAlert error={error} />
      {!overview && !error && <p className="loading">{t('cases.common.loading')}</p>}
      {overview && (
        <>
          <section className="wellbeing-latest" aria-labelledby="wellbeing-latest">
            <h2 id="wellbeing-latest">{t('wellbeing.latest.title')}</h2>
            {latest ? (
              <div data-testid="wellbeing-latest">
                <p className={`band band-${latest.band}`}>
                  {t('wellbeing.latest.band', {
                    band: labelText(WELLBEING_BAND_LABELS[latest.band], language),
                  })}
                </p>
                {overview.trend && (
                  <p>
                    {t('wellbeing.latest.trend', {
                      trend: labelText(WELLBEING_TREND_LABELS[overview.trend], language),
                    })}
                  </p>
                )}
                <p>
                  {t('wellbeing.latest.scales', {
                    burnout: percent(latest.burnout),
                    fatigue: percent(latest.compassionFatigue),
                  })}
                </p>
                <p className="hint">
                  {t('wellbeing.latest.date', { date: formatInstant(latest.at, language) })}
                </p>
              </div>
            ) : (
              <p className="empty">{t('wellbeing.latest.none')}</p>
            )}
            {overview.checks.length > 0 && <WellbeingChart checks={overview.checks} />}
          </section>
          <SelfCheckForm onSaved={setOverview} />
          <CaseloadTable caseload={overview.caseload} />
          <ReflectionSpace reflections={overview.reflections} onChanged={setOverview} />
          <SharePanel overview={overview} onChanged={setOverview} />
        </>
      )}
    </section>
  );
}
