import { useTranslation } from 'react-i18next';

export type CaseRecordTab = 'intake' | 'carePlan';

/**
 * From a session to the case's intake assessment and care plan (issue #13): later sessions refer
 * to the assessment, and progress on the plan's goals is marked for the session there.
 */
export function CaseRecordLinks(props: { open: (tab: CaseRecordTab) => void }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <nav className="case-record-links no-print" aria-label={t('cases.intake.linksLabel')}>
      <button type="button" className="link" onClick={() => props.open('intake')}>
        {t('cases.intake.fromSession')}
      </button>
      <button type="button" className="link" onClick={() => props.open('carePlan')}>
        {t('cases.carePlan.fromSession')}
      </button>
    </nav>
  );
}
