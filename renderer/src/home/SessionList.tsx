import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../shared/api/records';
import { SESSION_CHANNEL_LABELS, labelText } from '../../../shared/domain';
import { RiskBadge } from '../cases/ui/RiskBadge';
import { formatInstant, formatTime, useLanguage } from '../cases/ui/dates';
import type { Navigate } from '../cases/ui/navigate';

/** Sessions of the day or to come; each opens its session. */
export function SessionList(props: {
  title: string;
  empty: string;
  sessions: SessionSummary[];
  /** Today's list shows the hour only. */
  timeOnly?: boolean;
  navigate: Navigate;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className="home-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.sessions.length === 0 ? (
        <p className="empty">{props.empty}</p>
      ) : (
        <ul className="item-list">
          {props.sessions.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="item"
                onClick={() =>
                  props.navigate({ kind: 'session', sessionId: s.id, caseId: s.caseId })
                }
              >
                <span className="item-when">
                  {props.timeOnly
                    ? formatTime(s.startsAt, language)
                    : formatInstant(s.startsAt, language)}
                </span>
                <span className="item-title">{s.alias}</span>
                <RiskBadge level={s.riskLevel} />
                <span className="item-meta">
                  {labelText(SESSION_CHANNEL_LABELS[s.channel], language)}
                  {' · '}
                  {t('cases.sessions.minutes', { count: s.durationMinutes })}
                  {s.stageTitle && ` · ${labelText(s.stageTitle, language)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
