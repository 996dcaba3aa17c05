import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFollowUps } from '../../../shared/api/follow-ups';
import type { SessionSummary } from '../../../shared/api/records';
import { followUpState, type FollowUp } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { Field } from '../ui/Field';
import { formatDay, formatInstant, useLanguage } from '../ui/dates';
import { FollowUpForm } from './FollowUpForm';

/** One follow-up meeting: its date and state, and changing, removing or marking it held. */
export function FollowUpItem(props: {
  caseId: string;
  followUp: FollowUp;
  today: string;
  sessions: SessionSummary[];
  busy: boolean;
  change: (action: () => Promise<CaseFollowUps>) => Promise<boolean>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const f = props.followUp;
  const [mode, setMode] = useState<'view' | 'edit' | 'done'>('view');
  // The session nearest the meeting's date is the likeliest to have been it.
  const sessions = [...props.sessions].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const [sessionId, setSessionId] = useState(sessions[0]?.id ?? '');
  const state = followUpState(f, props.today);
  const target = { caseId: props.caseId, followUpId: f.id, today: props.today };
  const held = f.sessionId ? props.sessions.find((s) => s.id === f.sessionId) : undefined;

  return (
    <li className={`follow-up ${state}`}>
      <span className="follow-up-date">{formatDay(f.dueDate, language)}</span>
      <span className={`follow-up-state ${state}`}>{t(`followUps.plan.state.${state}`)}</span>
      {f.doneAt && (
        <span className="item-meta">
          {t('followUps.plan.doneOn', {
            date: held ? formatInstant(held.startsAt, language) : formatInstant(f.doneAt, language),
          })}
        </span>
      )}
      {mode === 'view' && (
        <span className="follow-up-actions">
          {f.doneAt ? (
            <button
              type="button"
              disabled={props.busy}
              onClick={() =>
                void props.change(() => api.call('followUps.setDone', { ...target, done: false }))
              }
            >
              {t('followUps.plan.undo')}
            </button>
          ) : (
            <button type="button" onClick={() => setMode('done')}>
              {t('followUps.plan.markDone')}
            </button>
          )}
          <button type="button" onClick={() => setMode('edit')}>
            {t('followUps.plan.edit')}
          </button>
          <button
            type="button"
            disabled={props.busy}
            onClick={() => void props.change(() => api.call('followUps.remove', target))}
          >
            {t('followUps.plan.remove')}
          </button>
        </span>
      )}
      {f.note && mode !== 'edit' && <p className="follow-up-note">{f.note}</p>}
      {mode === 'edit' && (
        <FollowUpForm
          initial={{ dueDate: f.dueDate, note: f.note ?? '' }}
          busy={props.busy}
          onCancel={() => setMode('view')}
          onSave={async ({ dueDate, note }) => {
            const saved = await props.change(() =>
              api.call('followUps.update', { ...target, dueDate, note }),
            );
            if (saved) setMode('view');
          }}
        />
      )}
      {mode === 'done' && (
        <form
          className="panel follow-up-form"
          onSubmit={(e) => {
            e.preventDefault();
            void props
              .change(() =>
                api.call('followUps.setDone', {
                  ...target,
                  done: true,
                  ...(sessionId ? { sessionId } : {}),
                }),
              )
              .then((saved) => saved && setMode('view'));
          }}
        >
          <Field label={t('followUps.plan.session')}>
            <select value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">{t('followUps.plan.noSession')}</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {formatInstant(s.startsAt, language)}
                </option>
              ))}
            </select>
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={props.busy}>
              {t('followUps.plan.confirmDone')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('followUps.plan.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
