import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { instantOf } from '../../../../shared/domain';
import { ReferralForm } from './ReferralForm';
import { ReferralItem } from './ReferralItem';

export function ReferralsTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [formOpen, setFormOpen] = useState(false);
  const referrals = [...props.detail.referrals].sort(
    (a, b) => instantOf(b.createdAt) - instantOf(a.createdAt),
  );
  return (
    <div className="tab-body">
      <div className="tab-head">
        <h2>{t('cases.tabs.referrals')}</h2>
        {!formOpen && (
          <button type="button" className="primary" onClick={() => setFormOpen(true)}>
            {t('cases.referrals.new')}
          </button>
        )}
      </div>
      {formOpen && (
        <ReferralForm
          caseId={props.detail.meta.id}
          household={props.detail.household}
          onCancel={() => setFormOpen(false)}
          onCreated={(detail) => {
            setFormOpen(false);
            props.onChange(detail);
          }}
        />
      )}
      {referrals.length === 0 ? (
        <p className="empty">{t('cases.referrals.empty')}</p>
      ) : (
        <ul className="card-list">
          {referrals.map((r) => (
            <ReferralItem
              key={r.id}
              referral={r}
              household={props.detail.household}
              onChange={props.onChange}
              fromSessions={props.detail.referralSources.filter((s) => s.referralId === r.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
