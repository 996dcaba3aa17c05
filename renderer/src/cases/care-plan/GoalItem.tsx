import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanView, CaseDetail } from '../../../../shared/api/records';
import { canMoveGoal, labelText, PROGRESS_SCALE, type GoalStatus } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { usePersonLabel } from '../../review/people-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../../ui/dates';
import { useSubmit } from '../../ui/use-submit';
import type { ProgressConflict } from '../../../../shared/api/case-conflicts';
import { ProgressConflicts } from './ProgressConflicts';

type Entry = CarePlanView['goals'][number];

/** One goal: what, priority, who set it, its latest progress and history, and its next moves. */
export function GoalItem(props: {
  caseId: string;
  entry: Entry;
  /** Marks of this goal kept from two devices, waiting for a person's choice. */
  conflicts?: ProgressConflict[];
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const submit = useSubmit();
  const [reason, setReason] = useState('');
  const { goal, marks, latest } = props.entry;
  const level = (n: number) => {
    const step = PROGRESS_SCALE.find((s) => s.level === n);
    return step ? `${n} — ${labelText(step.label, language)}` : String(n);
  };

  async function move(to: GoalStatus): Promise<void> {
    const detail = await submit.run(() =>
      api.call('carePlan.updateGoal', {
        caseId: props.caseId,
        goalId: goal.id,
        status: to,
        ...(reason.trim() ? { note: reason.trim() } : {}),
      }),
    );
    if (detail) {
      setReason('');
      props.onChange(detail);
    }
  }

  const moves = (['achieved', 'dropped', 'open'] as const).filter((to) =>
    canMoveGoal(goal.status, to),
  );
  return (
    <li className={`goal goal-${goal.status}`} data-goal-id={goal.id}>
      <div className="goal-head">
        <span className={`tag priority-${goal.priority}`}>
          {t('cases.carePlan.priorityMark', {
            priority: t(`cases.carePlan.priorities.${goal.priority}`),
          })}
        </span>
        <span className="tag">{t(`cases.carePlan.kinds.${goal.kind}`)}</span>
        <span className="tag">{t(`cases.carePlan.areas.${goal.area}`)}</span>
        <strong className="goal-text">{goal.text}</strong>
      </div>
      <p className="hint">
        {t('cases.carePlan.setBy', {
          who: person(goal.setBy),
          date: formatInstant(goal.setAt, language),
        })}
        {goal.status !== 'open' && goal.changedBy && goal.changedAt && (
          <>
            {' · '}
            {t('cases.carePlan.changedBy', {
              status: t(`cases.carePlan.status.${goal.status}`),
              who: person(goal.changedBy),
              date: formatInstant(goal.changedAt, language),
            })}
            {goal.statusNote ? `: ${goal.statusNote}` : ''}
          </>
        )}
      </p>
      <p className="goal-latest">
        {latest
          ? t('cases.carePlan.latest', {
              level: level(latest.level),
              date: formatInstant(latest.sessionAt, language),
            })
          : t('cases.carePlan.notMarked')}
      </p>
      <ProgressConflicts
        caseId={props.caseId}
        conflicts={props.conflicts ?? []}
        sessionAt={(id) => marks.find((m) => m.sessionId === id)?.sessionAt}
        onChange={props.onChange}
      />
      {marks.length > 0 && (
        <details>
          <summary>{t('cases.carePlan.history')}</summary>
          <ol className="goal-history">
            {marks.map((m) => (
              <li key={m.sessionId}>
                {formatInstant(m.sessionAt, language)}: {level(m.level)}
                {m.note ? ` — ${m.note}` : ''} ({person(m.by)})
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="actions goal-actions">
        {goal.status === 'open' && (
          <input
            type="text"
            aria-label={t('cases.carePlan.reason')}
            placeholder={t('cases.carePlan.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        {moves.map((to) => (
          <button key={to} type="button" disabled={submit.busy} onClick={() => void move(to)}>
            {t(
              to === 'achieved'
                ? 'cases.carePlan.achieve'
                : to === 'dropped'
                  ? 'cases.carePlan.drop'
                  : 'cases.carePlan.reopen',
            )}
          </button>
        ))}
      </div>
      <ErrorAlert error={submit.error} />
    </li>
  );
}
