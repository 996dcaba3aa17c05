import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  labelText,
  REQUIRED_ACTIONS,
  RISK_ACTION_LABELS,
  type RiskActionKind,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatDate } from '../i18n';
import { useLanguage } from '../i18n/use-language';
import type { SessionState } from './use-session';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
};

/** The actions a moderate or high screen demands, what is still missing, and a way to record each. */
export function RiskActions({ detail, change }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { risk } = detail;
  const required = REQUIRED_ACTIONS[risk.level];

  return (
    <div className="risk-actions">
      <h3>{t('session.risk.actionsTitle')}</h3>
      {risk.missingActions.length === 0 ? (
        <p className="all-done">✓ {t('session.risk.allActionsDone')}</p>
      ) : (
        <p>
          {t('session.risk.missing', {
            list: risk.missingActions
              .map((kind) => labelText(RISK_ACTION_LABELS[kind], language))
              .join(', '),
          })}
        </p>
      )}
      <ul>
        {required.map((kind) => {
          const done = risk.actions.filter((a) => a.kind === kind);
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
              {done.length === 0 && (
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
