import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { CaseTab, Navigate } from '../../ui/navigate';
import { useLoad } from '../../ui/use-load';
import { CaseStatusConflict } from '../../review/CaseStatusConflict';
import { ErasureRequestNotice } from '../../erasure/ErasureRequestNotice';
import { CaseHeader } from './CaseHeader';
import { CaseTabPanel } from './CaseTabPanel';
import { CaseTabs } from './CaseTabs';
import { RiskPanel } from './RiskPanel';

/** One case: header, the unresolved-risk panel when flagged, and a tab per kind of record. */
export function CaseScreen(props: {
  caseId: string;
  initialTab?: CaseTab | undefined;
  navigate: Navigate;
  /** Back to where the case was opened from (navigation.ts: backOf); the case list by default. */
  onBack?: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [tab, setTab] = useState<CaseTab>(props.initialTab ?? 'sessions');
  const load = useCallback(
    () => api.call('cases.get', { caseId: props.caseId }),
    [api, props.caseId],
  );
  const { data: detail, error, setData } = useLoad(load);

  return (
    <section className="case-detail">
      <button
        type="button"
        className="back"
        onClick={props.onBack ?? (() => props.navigate({ kind: 'cases' }))}
      >
        {t('cases.detail.back')}
      </button>
      <ErrorAlert error={error} />
      {!detail && !error && <p className="loading">{t('cases.common.loading')}</p>}
      {detail && (
        <>
          <CaseHeader detail={detail} />
          <ErasureRequestNotice
            caseId={props.caseId}
            onErased={() => props.navigate({ kind: 'cases' })}
          />
          <CaseStatusConflict caseId={props.caseId} onChange={setData} />
          {detail.risk.flagged && (
            <RiskPanel
              detail={detail}
              onChange={setData}
              navigate={props.navigate}
              onOpenPlan={() => {
                setTab('safetyPlan');
                requestAnimationFrame(() =>
                  document.getElementById('case-panel-safetyPlan')?.scrollIntoView?.(),
                );
              }}
            />
          )}
          <CaseTabs current={tab} onSelect={setTab} openGoals={detail.carePlan?.openCount} />
          <div role="tabpanel" id={`case-panel-${tab}`} aria-labelledby={`case-tab-${tab}`}>
            <CaseTabPanel tab={tab} detail={detail} onChange={setData} navigate={props.navigate} />
          </div>
        </>
      )}
    </section>
  );
}
