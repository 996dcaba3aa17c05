import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../ui/dates';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';
import type { SessionState } from '../session/use-session';
import { usePersonLabel } from './people-context';

/**
 * Corrections after sign-off, shown apart from the signed note with who and when; and, for
 * someone who does not write the note (a supervisor), their own words about it at any time, under
 * their name (issue #12: their words never go into the counselor's note).
 */
export function Addenda(props: {
  detail: SessionDetail;
  change: SessionState['change'];
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const [text, setText] = useState('');
  // A blank addendum is the method's own refusal (issue #15, item 2); the button waits for words.
  const fields = useFieldProblems('review.addendum');
  const { review } = props.detail;
  const reviewer = props.detail.authorship?.mayWrite === false;
  if (!review.locked && !reviewer && review.addenda.length === 0) return null;
  const canAdd = review.locked || reviewer;

  async function add(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = { sessionId: props.detail.meta.id, text };
    if (!fields.check(input)) return;
    await props.change(() =>
      api.call('review.addendum', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    setText('');
  }

  return (
    <section className="card addenda" aria-labelledby="addenda-title">
      <h2 id="addenda-title">{t('review.addenda.title')}</h2>
      <p className="hint">
        {t(reviewer && !review.locked ? 'review.addenda.reviewerIntro' : 'review.addenda.intro')}
      </p>
      {review.addenda.length === 0 ? (
        <p className="empty">{t('review.addenda.none')}</p>
      ) : (
        <ol className="addenda-list">
          {review.addenda.map((a) => (
            <li key={a.id} className="addendum">
              <p>{a.text}</p>
              <p className="hint">
                {t('review.session.byAt', {
                  by: personLabel(a.by),
                  at: formatInstant(a.at, language),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <form onSubmit={(e) => void add(e)} className="no-print">
          <label>
            {t('review.addenda.label')}
            <textarea value={text} rows={3} onChange={(e) => setText(e.target.value)} />
          </label>
          <FieldError problem={fields.problems.text} />
          <button type="submit" disabled={!text.trim()}>
            {t('review.addenda.add')}
          </button>
        </form>
      )}
    </section>
  );
}
