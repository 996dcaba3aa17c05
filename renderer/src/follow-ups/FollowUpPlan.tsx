import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFollowUps } from '../../../shared/api/follow-ups';
import type { SessionSummary } from '../../../shared/api/records';
import { DEFAULT_FOLLOW_UP_INTERVALS } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay, todayLocal, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { useSubmit } from '../ui/use-submit';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpItem } from './FollowUpItem';
import './follow-ups.css';

/**
 * A case's follow-up meetings (issue #13, item 6; WHO 2004, stage 4): a plan at growing intervals
 * made in one step, each date changeable, meetings added or removed, and each marked held by the
 * session that was it.
 */
export function FollowUpPlan(props: {
  caseId: string;
  sessions: SessionSummary[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const headingId = useId();
  const today = todayLocal();
  const load = useCallback(
    () => api.call('followUps.ofCase', { caseId: props.caseId, today }),
    [api, props.caseId, today],
  );
  const { data, error, setData } = useLoad(load);
  const submit = useSubmit();
  const [from, setFrom] = useState(today);
  const [adding, setAdding] = useState(false);

  const change = async (action: () => Promise<CaseFollowUps>): Promise<boolean> => {
    const next = await submit.run(action);
    if (next) setData(next);
    return next !== undefined;
  };

  return (
    <section className="follow-up-plan" aria-labelledby={headingId}>
      <div className="tab-head">
        <h3 id={headingId}>{t('followUps.plan.title')}</h3>
        {data && !adding && (
          <button type="button" onClick={() => setAdding(true)}>
            {t('followUps.plan.add')}
          </button>
        )}
      </div>
      <p className="hint">{t('followUps.plan.hint')}</p>
      <ErrorAlert error={error ?? submit.error} />
      {data && data.items.length === 0 && !adding && (
        <div className="panel">
          <p className="empty">{t('followUps.plan.empty')}</p>
          <DateField
            className="field"
            label={t('followUps.plan.from')}
            value={from}
            onChange={setFrom}
          />
          <button
            type="button"
            className="primary"
            disabled={submit.busy || !from}
            onClick={() =>
              void change(() =>
                api.call('followUps.plan', {
                  caseId: props.caseId,
                  today,
                  from,
                  intervals: [...DEFAULT_FOLLOW_UP_INTERVALS],
                }),
              )
            }
          >
            {t('followUps.plan.makeDefault')}
          </button>
        </div>
      )}
      {adding && data && (
        <FollowUpForm
          initial={{ dueDate: data.suggestedNext, note: '' }}
          busy={submit.busy}
          onCancel={() => setAdding(false)}
          onSave={async ({ dueDate, note }) => {
            const saved = await change(() =>
              api.call('followUps.add', { caseId: props.caseId, today, dueDate, note }),
            );
            if (saved) setAdding(false);
          }}
        />
      )}
      {data && data.items.length > 0 && (
        <>
          <ul className="follow-ups">
            {data.items.map((f) => (
              <FollowUpItem
                key={f.id}
                followUp={f}
                today={today}
                sessions={props.sessions}
                busy={submit.busy}
                change={change}
                caseId={props.caseId}
              />
            ))}
          </ul>
          <p className="hint">
            {t('followUps.plan.suggested', { date: formatDay(data.suggestedNext, language) })}
          </p>
        </>
      )}
    </section>
  );
}
