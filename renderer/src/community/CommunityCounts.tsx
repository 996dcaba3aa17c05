import { useTranslation } from 'react-i18next';
import type { CommunityAreaView } from '../../../shared/api/community';
import {
  areaName,
  COMMUNITY_ACTIVITY_KIND_LABELS,
  countActivities,
  labelText,
  totalsBy,
  type CommunityActivity,
} from '../../../shared/domain';
import { useLanguage } from '../i18n/use-language';

/** The period counted: each month of a range, or the range as one (either end may be open). */
export interface Period {
  by: 'month' | 'range';
  from: string;
  to: string;
}

/** "November 2026" / "November 2026", or the whole range. */
function periodText(period: string, language: 'id' | 'en', all: string): string {
  if (period === 'all') return all;
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
}

/**
 * Counts by area and period for the team (issue #13, item 5), with the same function an agency
 * report uses (shared/domain/community/counts.ts), on what this device holds: works offline.
 */
export function CommunityCounts(props: {
  areas: CommunityAreaView[];
  activities: CommunityActivity[];
  period: Period;
  onPeriod: (p: Period) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { period } = props;
  const rows = countActivities(props.activities, {
    period: period.by,
    ...(period.from ? { from: period.from } : {}),
    ...(period.to ? { to: period.to } : {}),
  });
  const names = new Map(props.areas.map((a) => [a.id, areaName(a)]));
  const nameOf = (id: string) => names.get(id) ?? t('community.counts.unknownArea');
  const set = (change: Partial<Period>) => props.onPeriod({ ...period, ...change });

  return (
    <section className="community-counts" aria-labelledby="community-counts-title">
      <h2 id="community-counts-title">{t('community.counts.title')}</h2>
      <div className="community-fields">
        <label>
          {t('community.counts.period')}
          <select
            value={period.by}
            onChange={(e) => set({ by: e.target.value === 'range' ? 'range' : 'month' })}
          >
            <option value="month">{t('community.counts.byMonth')}</option>
            <option value="range">{t('community.counts.byRange')}</option>
          </select>
        </label>
        <label>
          {t('community.counts.from')}
          <input type="date" value={period.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          {t('community.counts.to')}
          <input type="date" value={period.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('community.counts.none')}</p>
      ) : (
        <>
          <table data-testid="community-counts">
            <thead>
              <tr>
                <th scope="col">{t('community.counts.period')}</th>
                <th scope="col">{t('community.counts.area')}</th>
                <th scope="col">{t('community.counts.kind')}</th>
                <th scope="col">{t('community.counts.activities')}</th>
                <th scope="col">{t('community.counts.people')}</th>
                <th scope="col">{t('community.counts.households')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.period}-${r.areaId}-${r.kind}`}>
                  <td>{periodText(r.period, language, t('community.counts.all'))}</td>
                  <td>{nameOf(r.areaId)}</td>
                  <td>{labelText(COMMUNITY_ACTIVITY_KIND_LABELS[r.kind], language)}</td>
                  <td>{r.activities}</td>
                  <td>{r.people}</td>
                  <td>{r.households}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('community.counts.total')}</h3>
          <table data-testid="community-totals">
            <thead>
              <tr>
                <th scope="col">{t('community.counts.area')}</th>
                <th scope="col">{t('community.counts.activities')}</th>
                <th scope="col">{t('community.counts.people')}</th>
                <th scope="col">{t('community.counts.households')}</th>
              </tr>
            </thead>
            <tbody>
              {totalsBy(rows, 'areaId').map((total) => (
                <tr key={total.key}>
                  <td>{nameOf(total.key)}</td>
                  <td>{total.activities}</td>
                  <td>{total.people}</td>
                  <td>{total.households}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
