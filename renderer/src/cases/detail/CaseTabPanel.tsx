import type { CaseDetail } from '../../../../shared/api/records';
import { EraseCase } from '../../erasure/EraseCase';
import { HandOverCase } from '../../sync/HandOverCase';
import { CarePlanTab } from '../care-plan/CarePlanTab';
import { HouseholdTab } from '../household/HouseholdTab';
import { IdentityTab } from '../identity/IdentityTab';
import { IntakeTab } from '../intake/IntakeTab';
import { OutreachTab } from '../outreach/OutreachTab';
import { ProgressTab } from '../sessions/ProgressTab';
import { ReferralsTab } from '../referrals/ReferralsTab';
import { ResilienceTab } from '../resilience/ResilienceTab';
import { SafetyPlanTab } from '../safety-plan/SafetyPlanTab';
import { SessionsTab } from '../sessions/SessionsTab';
import { CaseMaterials } from '../../library/CaseMaterials';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import type { CaseTab, Navigate } from '../../ui/navigate';

const CASE_OWNER = (id: string) => ({ kind: 'case' as const, id });

/** The content of the chosen tab; every tab edits through the core and hands back the case. */
export function CaseTabPanel(props: {
  tab: CaseTab;
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
  navigate: Navigate;
}): React.JSX.Element {
  const { detail, onChange } = props;
  switch (props.tab) {
    case 'sessions':
      return (
        <>
          <SessionsTab detail={detail} navigate={props.navigate} />
          <CaseMaterials caseId={detail.meta.id} />
        </>
      );
    case 'intake':
      return <IntakeTab detail={detail} onChange={onChange} />;
    case 'carePlan':
      return <CarePlanTab detail={detail} onChange={onChange} />;
    case 'household':
      return <HouseholdTab detail={detail} onChange={onChange} />;
    case 'progress':
      return <ProgressTab detail={detail} />;
    case 'referrals':
      return <ReferralsTab detail={detail} onChange={onChange} />;
    case 'outreach':
      return <OutreachTab detail={detail} onChange={onChange} />;
    case 'resilience':
      return <ResilienceTab detail={detail} onChange={onChange} />;
    case 'safetyPlan':
      return <SafetyPlanTab detail={detail} onChange={onChange} navigate={props.navigate} />;
    case 'identity':
      return (
        <>
          <IdentityTab detail={detail} onChange={onChange} />
          <AttachmentsPanel caseId={detail.meta.id} owner={CASE_OWNER(detail.meta.id)} />
          <HandOverCase caseId={detail.meta.id} onDone={() => onChange(detail)} />
          <EraseCase detail={detail} onErased={() => props.navigate({ kind: 'cases' })} />
        </>
      );
  }
}
