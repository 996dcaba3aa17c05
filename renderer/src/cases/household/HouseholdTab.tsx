import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { MemberForm } from './MemberForm';
import { MemberItem } from './MemberItem';
import { EMPTY_MEMBER } from './member-values';
import { useHouseholdActions } from './use-household-actions';
import './household.css';

/**
 * The client's household (issue #13, item 3; seed 002: social workers accompany survivors and
 * their families): members under aliases, their relation and needs, identifying details only
 * when needed; removed members stay below with their details, restorable.
 */
export function HouseholdTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const actions = useHouseholdActions(props.detail.meta.id, props.onChange);
  const household = props.detail.household ?? { members: [], removed: [] };

  return (
    <div className="tab-body household">
      <div className="tab-head">
        <h2>{t('household.title')}</h2>
        {!adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('household.add')}
          </button>
        )}
      </div>
      <p className="hint">{t('household.intro')}</p>
      {adding && (
        <MemberForm
          caseId={props.detail.meta.id}
          initial={EMPTY_MEMBER}
          title={t('household.add')}
          busy={actions.busy}
          error={actions.error}
          onCancel={() => setAdding(false)}
          onSave={(input) =>
            void actions.run('household.add', input).then((ok) => ok && setAdding(false))
          }
        />
      )}
      {household.members.length === 0 ? (
        <p className="empty">{t('household.empty')}</p>
      ) : (
        <ul className="card-list household-members">
          {household.members.map((view) => (
            <MemberItem key={view.member.id} view={view} detail={props.detail} actions={actions} />
          ))}
        </ul>
      )}
      {!adding && <ErrorAlert error={actions.error} />}
      {household.removed.length > 0 && (
        <section className="household-removed">
          <h3>{t('household.removedTitle')}</h3>
          <ul className="card-list">
            {household.removed.map((view) => (
              <MemberItem
                key={view.member.id}
                view={view}
                detail={props.detail}
                actions={actions}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
