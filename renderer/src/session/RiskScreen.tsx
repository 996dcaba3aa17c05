import { useTranslation } from 'react-i18next';
import {
  answerOf,
  askedQuestions,
  clearSkipped,
  labelText,
  RISK_QUESTIONS,
  type RiskQuestionId,
} from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { conflictOf, FieldConflict, useChooseValue } from './FieldConflict';
import { RiskActions } from './RiskActions';
import { RiskResult, RiskWarning } from './RiskOutcome';
import { useLanguage } from '../i18n/use-language';
import { usePending } from './use-pending';
import type { SessionState } from './use-session';

type Props = Pick<SessionState, 'change'> & {
  detail: NonNullable<SessionState['detail']>;
  openSafetyPlan?: (() => void) | undefined;
};

/**
 * "Skrining risiko", asked in every session: the screener's questions in order, only those its
 * skip logic asks now; the level the core triaged, with its reasons; and, at moderate or high,
 * the warning and the actions the level demands (shared/domain/risk).
 */
export function RiskScreen({ detail, change, openSafetyPlan }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const { risk } = detail;
  const sessionId = detail.meta.id;

  const [pending, startPending] = usePending<'yes' | 'no'>();
  const choose = useChooseValue(detail, change);
  const answers = clearSkipped({ ...risk.answers, ...pending });
  const asked = askedQuestions(answers);

  function answer(questionId: RiskQuestionId, value: 'yes' | 'no'): void {
    startPending(questionId, value, () =>
      change((d) =>
        api.call('sessions.answerRisk', {
          sessionId,
          answers: clearSkipped({ ...d.risk.answers, [questionId]: value }),
        }),
      ),
    );
  }

  return (
    <section className={`card risk ${risk.level}`} aria-labelledby="risk-title">
      <h2 id="risk-title">{t('session.risk.title')}</h2>
      <p className="hint">{t('session.risk.intro')}</p>
      <ol className="risk-questions">
        {RISK_QUESTIONS.filter((q) => asked.includes(q.questionId)).map((question) => {
          const current = answerOf(answers, question.questionId);
          const name = `risk-${question.questionId}`;
          return (
            <li key={question.questionId} className={question.askedIf ? 'follow-up' : undefined}>
              <fieldset>
                <legend>
                  {question.mode === 'observe' && (
                    <span className="observe-tag">{t('session.risk.observed')}</span>
                  )}
                  {labelText(question.text, language)}
                </legend>
                {(['yes', 'no'] as const).map((value) => (
                  <label key={value} className="check inline">
                    <input
                      type="radio"
                      name={name}
                      value={value}
                      checked={current === value}
                      onChange={() => answer(question.questionId, value)}
                    />
                    {t(`session.risk.${value}`)}
                  </label>
                ))}
              </fieldset>
              <FieldConflict
                conflict={conflictOf(detail, 'risk', question.questionId)}
                onChoose={(value) => choose('risk', question.questionId, value)}
              />
            </li>
          );
        })}
      </ol>
      {/* A conflict on a question the answers shown no longer ask still needs a person. */}
      {RISK_QUESTIONS.filter((q) => !asked.includes(q.questionId)).map((question) => (
        <FieldConflict
          key={question.questionId}
          name={labelText(question.text, language)}
          conflict={conflictOf(detail, 'risk', question.questionId)}
          onChoose={(value) => choose('risk', question.questionId, value)}
        />
      ))}

      <RiskResult risk={risk} live />

      {!risk.onlineCounselingSuitable && (
        <>
          <RiskWarning level={risk.level} online={detail.meta.channel !== 'faceToFace'} />
          <RiskActions detail={detail} change={change} openSafetyPlan={openSafetyPlan} />
        </>
      )}
    </section>
  );
}
