import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '../../../../shared/domain';

/**
 * The risk mark beside a case or session. A flagged case says so in words, not only in colour;
 * a level of none shows nothing unless `always` asks for it.
 */
export function RiskBadge(props: {
  level: RiskLevel;
  flagged?: boolean;
  always?: boolean;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  if (!props.flagged && !props.always && (props.level === 'none' || props.level === 'low')) {
    return null;
  }
  const level = t(`cases.riskLevel.${props.level}`);
  return (
    <span className={`risk-badge risk-${props.level}${props.flagged ? ' flagged' : ''}`}>
      {props.flagged
        ? t('cases.risk.flaggedMark', { level })
        : t('cases.risk.levelMark', { level })}
    </span>
  );
}
