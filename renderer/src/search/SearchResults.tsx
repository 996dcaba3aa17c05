import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api/records';
import type { Navigate } from '../ui/navigate';

interface Group {
  caseId: string;
  alias: string;
  hits: SearchHit[];
}

/** Hits grouped by case, in the order the core ranked their first hit. */
function groupByCase(hits: SearchHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const hit of hits) {
    const group = groups.get(hit.caseId) ?? { caseId: hit.caseId, alias: hit.alias, hits: [] };
    group.hits.push(hit);
    groups.set(hit.caseId, group);
  }
  return [...groups.values()];
}

export function SearchResults({
  hits,
  navigate,
}: {
  hits: SearchHit[];
  navigate: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const open = (hit: SearchHit) =>
    hit.sessionId
      ? navigate({ kind: 'session', sessionId: hit.sessionId, caseId: hit.caseId })
      : navigate(
          { kind: 'case', caseId: hit.caseId },
          hit.kind === 'referral'
            ? { tab: 'referrals' }
            : hit.kind === 'intake'
              ? { tab: 'intake' }
              : hit.kind === 'goal'
                ? { tab: 'carePlan' }
                : hit.kind === 'household'
                  ? { tab: 'household' }
                  : {},
        );
  return (
    <>
      <p className="hint" role="status">
        {t('cases.search.count', { count: hits.length })}
      </p>
      {groupByCase(hits).map((group) => (
        <section key={group.caseId} className="search-group">
          <h2>
            <button
              type="button"
              className="link"
              onClick={() => navigate({ kind: 'case', caseId: group.caseId })}
            >
              {group.alias}
            </button>
          </h2>
          <ul className="item-list">
            {group.hits.map((hit, i) => (
              <li key={i}>
                <button type="button" className="item hit" onClick={() => open(hit)}>
                  <span className="tag">{t(`cases.search.kind.${hit.kind}`)}</span>
                  <span className="snippet">
                    {hit.before}
                    <mark>{hit.match}</mark>
                    {hit.after}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
