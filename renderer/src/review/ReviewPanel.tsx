import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../ui/dates';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';
import type { SessionState } from '../session/use-session';
import { usePersonLabel } from './people-context';
import { ReviewGateNotice } from './ReviewGate';

type Step = 'review.submit' | 'review.return' | 'review.answer' | 'review.resubmit' | 'review.sign';

/**
 * Submit for review, return for revision, answer, resubmit and sign off; with the thread of
 * requests and answers. Offers only the steps the status allows and the person's role takes
 * (issue #12, item 4): submitting, answering and resubmitting to whoever writes the session (its
 * case's counselor), returning and signing to a supervisor. The core checks all of it again.
 */
export function ReviewPanel(props: {
  detail: SessionDetail;
  change: SessionState['change'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const [text, setText] = useState('');
  const [confirmSign, setConfirmSign] = useState(false);
  // Returning needs words to revise by: the method's own rule (issue #15, item 2).
  const returned = useFieldProblems('review.return');
  const { review } = props.detail;
  // Without the authorship (an older core), everyone is taken for the writer, as before.
  const writes = props.detail.authorship?.mayWrite ?? true;
  const reviews = review.canSign;

  async function run(step: Step): Promise<void> {
    const value = text.trim();
    await props.change((d) =>
      api.call(step, { sessionId: d.meta.id, ...(value ? { text: value } : {}) } as {
        sessionId: string;
        text: string;
      }),
    );
    setText('');
    setConfirmSign(false);
  }

  async function giveBack(): Promise<void> {
    const input = { sessionId: props.detail.meta.id, text };
    if (!returned.check(input)) return;
    await props.change(() =>
      api.call('review.return', input).catch((error: unknown) => {
        returned.showRefused(error);
        throw error;
      }),
    );
    setText('');
    setConfirmSign(false);
  }

  const textField = (label: string) => (
    <>
      <label>
        {label}
        <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
      </label>
      <FieldError problem={returned.problems.text} />
    </>
  );

  return (
    <section className="card review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.session.title')}</h2>
      <p>
        <span className={`review-status ${review.status}`} data-review-status={review.status}>
          {t(`review.status.${review.status}`)}
        </span>
      </p>
      <h3>{t('review.session.thread')}</h3>
      {review.thread.length === 0 ? (
        <p className="empty">{t('review.session.noThread')}</p>
      ) : (
        <ol className="review-thread">
          {review.thread.map((entry, i) => (
            <li key={`${entry.at}-${i}`} className={`thread-entry ${entry.kind}`}>
              <strong>{t(`review.session.kind.${entry.kind}`)}</strong>{' '}
              <span className="hint">
                {t('review.session.byAt', {
                  by: personLabel(entry.by),
                  at: formatInstant(entry.at, language),
                })}
              </span>
              {entry.text && <p>{entry.text}</p>}
            </li>
          ))}
        </ol>
      )}
      <div className="review-actions no-print">
        {/* What stands in the way of sending or signing, beside the controls (issue #13, item 9). */}
        {review.status !== 'signed' && (
          <ReviewGateNotice
            detail={props.detail}
            change={props.change}
            step={review.status === 'submitted' ? 'sign' : 'send'}
            writes={writes}
          />
        )}
        {review.status === 'draft' && !writes && (
          <p className="hint">{t('review.session.waitingForWriter')}</p>
        )}
        {review.status === 'draft' && writes && (
          <>
            {textField(t('review.session.submitNote'))}
            <button type="button" className="primary" onClick={() => void run('review.submit')}>
              {t('review.session.submit')}
            </button>
          </>
        )}
        {review.status === 'submitted' && !reviews && (
          <p className="hint">{t('review.session.onlySupervisorSigns')}</p>
        )}
        {review.status === 'submitted' && reviews && (
          <>
            {textField(t('review.session.returnLabel'))}
            <div className="actions">
              <button type="button" disabled={!text.trim()} onClick={() => void giveBack()}>
                {t('review.session.returnButton')}
              </button>
              {!confirmSign && (
                <button type="button" className="primary" onClick={() => setConfirmSign(true)}>
                  {t('review.session.sign')}
                </button>
              )}
            </div>
            {confirmSign && (
              <div className="warning" role="alertdialog" aria-label={t('review.session.sign')}>
                <p>{t('review.session.signConfirm')}</p>
                <div className="actions">
                  <button type="button" className="primary" onClick={() => void run('review.sign')}>
                    {t('review.session.sign')}
                  </button>
                  <button type="button" onClick={() => setConfirmSign(false)}>
                    {t('review.comments.cancel')}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
        {review.status === 'returned' && !writes && (
          <p className="hint">{t('review.session.waitingForRevision')}</p>
        )}
        {review.status === 'returned' && writes && (
          <>
            {textField(t('review.session.answerLabel'))}
            <div className="actions">
              <button
                type="button"
                disabled={!text.trim()}
                onClick={() => void run('review.answer')}
              >
                {t('review.session.answerButton')}
              </button>
              <button type="button" className="primary" onClick={() => void run('review.resubmit')}>
                {t('review.session.resubmit')}
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
