import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { OUTREACH_KIND_LABELS, labelText } from '../../../../shared/domain';
import { formatDay, useLanguage } from '../../ui/dates';
import { OutreachForm } from './OutreachForm';
import { MemberNames } from '../household/MemberNames';

/** The outreach and accompaniment log of the case (seed 002), newest first. */
export function OutreachTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const [formOpen, setFormOpen] = useState(false);
  const activities = [...props.detail.outreach].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="tab-body">
      <div className="tab-head">
        <h2>{t('cases.tabs.outreach')}</h2>
        {!formOpen && (
          <button type="button" className="primary" onClick={() => setFormOpen(true)}>
            {t('cases.outreach.new')}
          </button>
        )}
      </div>
      {formOpen && (
        <OutreachForm
          caseId={props.detail.meta.id}
          household={props.detail.household}
          onCancel={() => setFormOpen(false)}
          onCreated={(detail) => {
            setFormOpen(false);
            props.onChange(detail);
          }}
        />
      )}
      {activities.length === 0 ? (
        <p className="empty">{t('cases.outreach.empty')}</p>
      ) : (
        <table className="log-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.outreach.date')}</th>
              <th scope="col">{t('cases.outreach.kind')}</th>
              <th scope="col">{t('cases.outreach.counterpart')}</th>
              <th scope="col">{t('cases.outreach.outcome')}</th>
              <th scope="col">{t('cases.outreach.followUp')}</th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id}>
                <td>{formatDay(a.date, language)}</td>
                <td>{labelText(OUTREACH_KIND_LABELS[a.kind], language)}</td>
                <td>
                  {a.counterpart}
                  <MemberNames household={props.detail.household} ids={a.householdMemberIds} />
                </td>
                <td>{a.outcome || <span className="hint">{t('cases.common.none')}</span>}</td>
                <td>
                  {a.followUp ? (
                    <>
                      {formatDay(a.followUp.date, language)}
                      {a.followUp.note && ` — ${a.followUp.note}`}
                    </>
                  ) : (
                    <span className="hint">{t('cases.common.none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
