import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportScope } from '../../../shared/api/exports';
import { lastMonth } from '../../../shared/domain/reports';
import { useApi } from '../api/api-context';
import { DateField } from '../components/DateField';
import { formatDay, formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useSyncOverview } from '../sync/use-sync-overview';
import { OrganisationForm } from './OrganisationForm';
import { ExportStatus } from './ExportStatus';
import { useExport } from './use-export';
import './exports.css';

/**
 * Reports for agencies (issue #14, item 4): counts of a period's work for the Dinas Sosial /
 * Suku Dinas Sosial, as PDF, CSV or XLSX; a supervisor's over the team's synced work, a
 * counselor's over their own. Below, the export log and the team's letterhead.
 */
export function ReportsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [overview] = useSyncOverview();
  const supervisor = overview?.role === 'supervisor';
  const [period, setPeriod] = useState(() => lastMonth(new Date()));
  const [chosenScope, setScope] = useState<ReportScope>('team');
  const [area, setArea] = useState('');
  const scope: ReportScope = supervisor ? chosenScope : 'own';
  const exporter = useExport();
  const loadLog = useCallback(() => api.call('exports.log', {}), [api]);
  const log = useLoad(loadLog);

  async function report(format: 'pdf' | 'csv' | 'xlsx'): Promise<void> {
    await exporter.run({
      kind: 'agencyReport',
      format,
      period,
      scope,
      ...(area.trim() ? { area: area.trim() } : {}),
    });
    log.reload();
  }

  return (
    <section className="reports">
      <h1>{t('exports.ui.reportsTitle')}</h1>
      <p className="hint">{t('exports.ui.reportsIntro')}</p>
      <div className="row">
        <DateField
          label={t('exports.ui.from')}
          value={period.from}
          onChange={(from) => from && setPeriod((p) => ({ ...p, from }))}
        />
        <DateField
          label={t('exports.ui.to')}
          value={period.to}
          onChange={(to) => to && setPeriod((p) => ({ ...p, to }))}
        />
      </div>
      <label>
        {t('exports.ui.area')}
        <input value={area} maxLength={120} onChange={(e) => setArea(e.target.value)} />
      </label>
      {supervisor && (
        <label>
          {t('exports.ui.scope')}
          <select value={scope} onChange={(e) => setScope(e.target.value as ReportScope)}>
            <option value="team">{t('exports.ui.scopeTeam')}</option>
            <option value="own">{t('exports.ui.scopeOwn')}</option>
          </select>
        </label>
      )}
      <div className="export-buttons">
        {(['pdf', 'csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            disabled={exporter.busy}
            onClick={() => void report(format)}
          >
            {t(`exports.ui.${format}`)}
          </button>
        ))}
      </div>
      <ExportStatus exporter={exporter} />

      <h2>{t('exports.ui.exportLog')}</h2>
      {log.data && log.data.entries.length === 0 && (
        <p className="hint">{t('exports.ui.exportLogEmpty')}</p>
      )}
      <ul className="export-log">
        {(log.data?.entries ?? []).map((entry) => (
          <li key={`${entry.at}-${entry.format}`}>
            {formatInstant(entry.at, language)}: {t(`exports.what.${entry.what}`)} (
            {entry.format.toUpperCase()})
            {entry.period &&
              ` — ${formatDay(entry.period.from, language)} – ${formatDay(entry.period.to, language)}`}
          </li>
        ))}
      </ul>
      <OrganisationForm />
    </section>
  );
}
