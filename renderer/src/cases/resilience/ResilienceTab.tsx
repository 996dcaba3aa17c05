import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { trend } from '../../../../shared/domain';
import { AssessmentTable } from './AssessmentTable';
import { ResilienceChart } from './ResilienceChart';
import { ResilienceForm } from './ResilienceForm';
import { TrendSummary } from './TrendSummary';

/** Resilience assessments over time: the trend chart, the change, the assessments, a form. */
export function ResilienceTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [formOpen, setFormOpen] = useState(false);
  const { series, change } = trend(props.detail.resilience);
  return (
    <div className="tab-body">
      <div className="tab-head">
        <h2>{t('cases.tabs.resilience')}</h2>
        {!formOpen && (
          <button type="button" className="primary" onClick={() => setFormOpen(true)}>
            {t('cases.resilience.new')}
          </button>
        )}
      </div>
      {formOpen && (
        <ResilienceForm
          caseId={props.detail.meta.id}
          onCancel={() => setFormOpen(false)}
          onCreated={(detail) => {
            setFormOpen(false);
            props.onChange(detail);
          }}
        />
      )}
      {series.length === 0 ? (
        <p className="empty">{t('cases.resilience.empty')}</p>
      ) : (
        <>
          <ResilienceChart series={series} />
          {series.length < 2 && <p className="hint">{t('cases.resilience.oneOnly')}</p>}
          <TrendSummary change={change} />
          <AssessmentTable series={series} />
        </>
      )}
    </div>
  );
}
