import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/api/records';
import { GoalForm } from './GoalForm';
import { GoalItem } from './GoalItem';
import { GoalProgressChart } from './GoalProgressChart';
import { ProgressForm } from './ProgressForm';
import { FollowUpPlan } from '../../follow-ups/FollowUpPlan';
import './care-plan.css';

/**
 * The care plan (issue #13, item 2): the open goals and needs first, by priority; progress marked
 * per session; a chart of progress over time; the goals already achieved or dropped below.
 */
export function CarePlanTab(props: {
  detail: CaseDetail;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [form, setForm] = useState<'goal' | 'progress' | null>(null);
  const plan = props.detail.carePlan ?? { goals: [], openCount: 0, conflicts: [] };
  const open = plan.goals.filter((g) => g.goal.status === 'open');
  const closed = plan.goals.filter((g) => g.goal.status !== 'open');
  const marked = plan.goals.some((g) => g.marks.length > 0);
  const done = (detail: CaseDetail) => {
    setForm(null);
    props.onChange(detail);
  };

  return (
    <div className="tab-body care-plan">
      <div className="tab-head">
        <h2>{t('cases.carePlan.title')}</h2>
        {form === null && (
          <>
            <button type="button" className="primary" onClick={() => setForm('goal')}>
              {t('cases.carePlan.addGoal')}
            </button>
            {open.length > 0 && (
              <button type="button" onClick={() => setForm('progress')}>
                {t('cases.carePlan.markTitle')}
              </button>
            )}
          </>
        )}
      </div>
      <p className="hint">{t('cases.carePlan.intro')}</p>
      {form === 'goal' && (
        <GoalForm caseId={props.detail.meta.id} onCreated={done} onCancel={() => setForm(null)} />
      )}
      {form === 'progress' && (
        <ProgressForm detail={props.detail} onSaved={done} onCancel={() => setForm(null)} />
      )}
      {plan.goals.length === 0 ? (
        <p className="empty">{t('cases.carePlan.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="care-plan-open">
            <h3 id="care-plan-open">{t('cases.carePlan.open')}</h3>
            {open.length === 0 ? (
              <p className="empty">{t('cases.carePlan.openNone')}</p>
            ) : (
              <ul className="item-list goals open-goals">
                {open.map((entry) => (
                  <GoalItem
                    key={entry.goal.id}
                    caseId={props.detail.meta.id}
                    entry={entry}
                    conflicts={plan.conflicts.filter((c) => c.goalId === entry.goal.id)}
                    onChange={props.onChange}
                  />
                ))}
              </ul>
            )}
          </section>
          {marked && <GoalProgressChart plan={plan} />}
          {closed.length > 0 && (
            <section aria-labelledby="care-plan-closed">
              <h3 id="care-plan-closed">{t('cases.carePlan.closed')}</h3>
              <ul className="item-list goals closed-goals">
                {closed.map((entry) => (
                  <GoalItem
                    key={entry.goal.id}
                    caseId={props.detail.meta.id}
                    entry={entry}
                    conflicts={plan.conflicts.filter((c) => c.goalId === entry.goal.id)}
                    onChange={props.onChange}
                  />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <FollowUpPlan caseId={props.detail.meta.id} sessions={props.detail.sessions} />
    </div>
  );
}
