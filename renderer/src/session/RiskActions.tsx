import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  instantOf,
  labelText,
  RISK_ACTION_LABELS,
  screenHandling,
  type RiskActionKind,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatDate } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import { ReferralAction } from './ReferralAction';
import type { SessionState } from './use-session';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
  /** Opens the case's safety plan: the plan the "safety plan" action refers to. */
  openSafetyPlan?: (() => void) | undefined;
};

/**
 * The actions a moderate or high screen demands, what is still missing, and a way to record each.
 * Done and missing come from the one rule the case flag and Home read too (screenHandling):
 * recording the last of them is what handles the risk, nowhere else to go.
 */
export function RiskActions({ detail, change, openSafetyPlan }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { risk } = detail;
  const handling = screenHandling(risk.level, risk.actions, risk.screenedAt);
  const required = handling.required;
  // Only actions for this outcome count (an earlier, lower screen's are history).
  const since = risk.screenedAt ? instantOf(risk.screenedAt) : -Infinity;
  const counted = risk.actions.filter((a) => instantOf(a.at) >= since);

  return (
    <div className="risk-actions">
      <h3>{t('session.risk.actionsTitle')}</h3>
      {handling.handled ? (
        <p className="all-done" role="status">
          ✓ {t('session.risk.allActionsDone')} {t('inbox.caseRisk.allDone')}
        </p>
      ) : (
        <p>
          {t('session.risk.missing', {
            list: handling.missing
              .map((kind) => labelText(RISK_ACTION_LABELS[kind], language))
              .join(', '),
          })}
        </p>
      )}
      <ul>
        {required.map((kind) => {
          const done = counted.filter((a) => a.kind === kind);
          return (
            <li key={kind} className={done.length > 0 ? 'done' : 'missing'}>
              <strong>
                {done.length > 0 ? '✓ ' : '○ '}
                {labelText(RISK_ACTION_LABELS[kind], language)}
              </strong>
              {done.map((action) => (
                <p key={action.at} className="tick-info">
                  {t('session.risk.recordedAt', { at: formatDate(new Date(action.at), language) })}
                  {action.note && <> — {action.note}</>}
                </p>
              ))}
              {kind === 'safetyPlan' && openSafetyPlan && (
                <p className="hint">
                  {t('inbox.plan.fromAction')}{' '}
                  <button type="button" className="link" onClick={openSafetyPlan}>
                    {t('inbox.plan.openPlan')}
                  </button>
                </p>
              )}
              {done.length === 0 && kind === 'faceToFaceReferral' && (
                <ReferralAction
                  sessionId={detail.meta.id}
                  caseId={detail.meta.caseId}
                  change={change}
                />
              )}
              {done.length === 0 && kind !== 'faceToFaceReferral' && (
                <RecordActionForm sessionId={detail.meta.id} kind={kind} change={change} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RecordActionForm(props: {
  sessionId: string;
  kind: RiskActionKind;
  change: SessionState['change'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [note, setNote] = useState('');

  function record(event: React.FormEvent): void {
    event.preventDefault();
    void props.change(() =>
      api.call('sessions.recordRiskAction', {
        sessionId: props.sessionId,
        kind: props.kind,
        note: note.trim(),
      }),
    );
  }

  return (
    <form className="record-action no-print" onSubmit={record}>
      <label>
        {t(`session.risk.actionNote.${props.kind}`)}
        <textarea
          rows={2}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button
        type="submit"
        aria-label={t('session.risk.recordOne', {
          action: labelText(RISK_ACTION_LABELS[props.kind], language),
        })}
      >
        {t('session.risk.record')}
      </button>
    </form>
  );
}
