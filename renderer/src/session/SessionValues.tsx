import { useTranslation } from 'react-i18next';
import {
  answerOf,
  askedQuestions,
  CONNECTION_PROBLEM_LABELS,
  CUE_KIND_LABELS,
  instantOf,
  labelText,
  RISK_ACTION_LABELS,
  RISK_QUESTIONS,
  screenHandling,
  SESSION_CHANNEL_LABELS,
} from '../../../shared/domain';
import { formatDateTime } from '../dates';
import { useLanguage } from '../i18n/use-language';
import { formatMinutes } from './format';
import { RiskResult, RiskWarning } from './RiskOutcome';
import type { SessionState } from './use-session';
import './session-values.css';

/*
 * The session's details and risk screen as values, for whoever may not change them (issue #12,
 * item 4: controls a person cannot use are not shown): a supervisor, who comments, returns or
 * signs but does not write a counselor's record (electron/core/review/note-authorship.ts), and
 * anyone once the session is signed or its case waits to be erased. The same headings as the
 * forms (SessionDetails, RiskScreen), so the section links and a reader find them alike.
 */

type Detail = NonNullable<SessionState['detail']>;

/** "Detail sesi" as values: when, how long, which channel, what got in the way, the cues. */
export function SessionDetailValues({ detail }: { detail: Detail }): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { meta } = detail;
  return (
    <section className="card session-details read-only" aria-labelledby="session-details-title">
      <h2 id="session-details-title">{t('session.details.title')}</h2>
      <dl className="values">
        <div>
          <dt>{t('session.details.startsAt')}</dt>
          <dd>{formatDateTime(meta.startsAt, language)}</dd>
        </div>
        <div>
          <dt>{t('session.details.duration')}</dt>
          <dd>{formatMinutes(meta.durationMinutes, language)}</dd>
        </div>
        <div>
          <dt>{t('session.details.channel')}</dt>
          <dd>{labelText(SESSION_CHANNEL_LABELS[meta.channel], language)}</dd>
        </div>
        <div>
          <dt>{t('session.details.problems')}</dt>
          <dd>
            {meta.connectionProblems.length === 0
              ? t('sessionValues.none')
              : meta.connectionProblems
                  .map((p) => labelText(CONNECTION_PROBLEM_LABELS[p], language))
                  .join(', ')}
          </dd>
        </div>
      </dl>
      <h3>{t('session.cues.title')}</h3>
      {meta.cues.length === 0 ? (
        <p className="hint">{t('session.cues.none')}</p>
      ) : (
        <ul className="cue-list">
          {meta.cues.map((cue, index) => (
            <li key={index}>
              <strong>{labelText(CUE_KIND_LABELS[cue.kind], language)}</strong>
              {cue.note && <> — {cue.note}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Skrining risiko" as values: each question asked and its answer, the level, the actions. */
export function RiskValues({
  detail,
  openSafetyPlan,
}: {
  detail: Detail;
  openSafetyPlan?: (() => void) | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const { risk } = detail;
  const asked = askedQuestions(risk.answers);
  const handling = screenHandling(risk.level, risk.actions, risk.screenedAt);
  const since = risk.screenedAt ? instantOf(risk.screenedAt) : -Infinity;
  const counted = risk.actions.filter((a) => instantOf(a.at) >= since);

  return (
    <section className={`card risk read-only ${risk.level}`} aria-labelledby="risk-title">
      <h2 id="risk-title">{t('session.risk.title')}</h2>
      <dl className="values risk-answers">
        {RISK_QUESTIONS.filter((q) => asked.includes(q.questionId)).map((question) => {
          const answer = answerOf(risk.answers, question.questionId);
          return (
            <div key={question.questionId} className={question.askedIf ? 'follow-up' : undefined}>
              <dt>
                {question.mode === 'observe' && (
                  <span className="observe-tag">{t('session.risk.observed')}</span>
                )}
                {labelText(question.text, language)}
              </dt>
              <dd>
                {answer === 'yes' || answer === 'no'
                  ? t(`session.risk.${answer}`)
                  : t('sessionValues.notAnswered')}
              </dd>
            </div>
          );
        })}
      </dl>
      <RiskResult risk={risk} />
      {!risk.onlineCounselingSuitable && (
        <>
          <RiskWarning level={risk.level} />
          <div className="risk-actions">
            <h3>{t('session.risk.actionsTitle')}</h3>
            <ul>
              {handling.required.map((kind) => {
                const done = counted.filter((a) => a.kind === kind);
                return (
                  <li key={kind} className={done.length > 0 ? 'done' : 'missing'}>
                    <strong>
                      {done.length > 0 ? '✓ ' : '○ '}
                      {labelText(RISK_ACTION_LABELS[kind], language)}
                    </strong>{' '}
                    {done.length === 0 && (
                      <span className="hint">{t('sessionValues.notRecorded')}</span>
                    )}
                    {done.map((action) => (
                      <p key={action.at} className="tick-info">
                        {t('session.risk.recordedAt', {
                          at: formatDateTime(action.at, language),
                        })}
                        {action.note && <> — {action.note}</>}
                      </p>
                    ))}
                    {kind === 'safetyPlan' && openSafetyPlan && (
                      <p className="hint">
                        <button type="button" className="link" onClick={openSafetyPlan}>
                          {t('inbox.plan.openPlan')}
                        </button>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
