import { useTranslation } from 'react-i18next';
import { labelText, RISK_LEVEL_LABELS, type RiskLevel } from '../../../shared/domain';
import { useLanguage } from '../i18n/use-language';

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
  const language = useLanguage();
  if (!props.flagged && !props.always && (props.level === 'none' || props.level === 'low')) {
    return null;
  }
  const level = labelText(RISK_LEVEL_LABELS[props.level], language);
  return (
    <span className={`risk-badge risk-${props.level}${props.flagged ? ' flagged' : ''}`}>
      {props.flagged
        ? t('cases.risk.flaggedMark', { level })
        : t('cases.risk.levelMark', { level })}
    </span>
  );
}
