import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../shared/api/records';
import { SESSION_CHANNEL_LABELS, labelText } from '../../../shared/domain';
import { RiskBadge } from '../ui/RiskBadge';
import { formatInstant, formatTime, useLanguage } from '../ui/dates';
import type { Navigate } from '../ui/navigate';
import { HomeBlock } from './HomeBlock';

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
  return (
    <HomeBlock
      title={props.title}
      empty={props.empty}
      items={props.sessions}
      keyOf={(s) => s.id}
      onOpen={(s) => props.navigate({ kind: 'session', sessionId: s.id, caseId: s.caseId })}
      renderItem={(s) => (
        <>
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
        </>
      )}
    />
  );
}
