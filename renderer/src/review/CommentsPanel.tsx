import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import type { CommentAnchor, ReviewComment } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { FieldError } from '../ui/FieldError';
import { useFieldProblems } from '../ui/use-field-problems';
import { formatInstant, useLanguage } from '../ui/dates';
import type { SessionState } from '../session/use-session';
import { usePersonLabel } from './people-context';

/**
 * Comments on the session: on a passage of the note (from the editor's selection), or on the
 * session as a whole; threaded replies; resolve. The anchored passage is quoted as it reads now.
 */
export function CommentsPanel(props: {
  detail: SessionDetail;
  change: SessionState['change'];
  /** The note editor's selection as an anchor, or null when nothing is selected. */
  selection: () => CommentAnchor | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<{ anchor: CommentAnchor; text: string } | null>(null);
  const [hint, setHint] = useState(false);
  // A blank comment is the method's own refusal (issue #15, item 2); the button waits for words.
  const added = useFieldProblems('comments.add');
  const { comments } = props.detail.review;

  function startOnSelection(): void {
    const anchor = props.selection();
    setHint(!anchor);
    if (anchor) setDraft({ anchor, text: '' });
  }

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    if (!draft) return;
    const input = { sessionId: props.detail.meta.id, anchor: draft.anchor, text: draft.text };
    if (!added.check(input)) return;
    await props.change(() =>
      api.call('comments.add', input).catch((error: unknown) => {
        added.showRefused(error);
        throw error;
      }),
    );
    setDraft(null);
  }

  return (
    <section className="card comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('review.comments.title')}</h2>
      <div className="actions no-print">
        {/* Keep the editor's selection: the button must not take focus on mouse down. */}
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={startOnSelection}>
          {t('review.comments.onSelection')}
        </button>
        <button type="button" onClick={() => setDraft({ anchor: { kind: 'session' }, text: '' })}>
          {t('review.comments.onSession')}
        </button>
      </div>
      {hint && <p className="hint">{t('review.comments.selectFirst')}</p>}
      {draft && (
        <form onSubmit={(e) => void save(e)} className="comment-form">
          {draft.anchor.kind === 'note' && (
            <blockquote className="comment-quote">{draft.anchor.quote}</blockquote>
          )}
          <label>
            {t('review.comments.label')}
            <textarea
              autoFocus
              rows={3}
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            />
          </label>
          <FieldError problem={added.problems.text} />
          <div className="actions">
            <button type="submit" className="primary" disabled={!draft.text.trim()}>
              {t('review.comments.add')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('review.comments.cancel')}
            </button>
          </div>
        </form>
      )}
      {comments.length === 0 ? (
        <p className="empty">{t('review.comments.none')}</p>
      ) : (
        <ol className="comment-list">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} detail={props.detail} change={props.change} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CommentItem(props: {
  comment: ReviewComment;
  detail: SessionDetail;
  change: SessionState['change'];
}): React.JSX.Element {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const api = useApi();
  const language = useLanguage();
  const [reply, setReply] = useState('');
  const replied = useFieldProblems('comments.reply');
  const { comment } = props;
  const byAt = (by: string, at: string) =>
    t('review.session.byAt', { by: personLabel(by), at: formatInstant(at, language) });

  async function sendReply(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = { sessionId: props.detail.meta.id, commentId: comment.id, text: reply };
    if (!replied.check(input)) return;
    await props.change(() =>
      api.call('comments.reply', input).catch((error: unknown) => {
        replied.showRefused(error);
        throw error;
      }),
    );
    setReply('');
  }

  return (
    <li className={`comment ${comment.resolved ? 'resolved' : ''}`}>
      <p className="hint">{t(`review.comments.anchor.${comment.anchor.kind}`)}</p>
      {comment.anchor.kind === 'note' &&
        (comment.current ? (
          <blockquote className="comment-quote">{comment.current.quote}</blockquote>
        ) : (
          <p className="hint">
            <s>{comment.anchor.quote}</s> {t('review.comments.quoteGone')}
          </p>
        ))}
      {comment.anchor.kind === 'checklist' && <p className="hint">{comment.anchor.itemId}</p>}
      {comment.anchor.kind === 'risk' && <p className="hint">{comment.anchor.questionId}</p>}
      <p className="comment-text">{comment.text}</p>
      <p className="hint">{byAt(comment.by, comment.at)}</p>
      {comment.replies.length > 0 && (
        <ol className="comment-replies">
          {comment.replies.map((r) => (
            <li key={r.id}>
              <p>{r.text}</p>
              <p className="hint">{byAt(r.by, r.at)}</p>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved ? (
        <p className="resolved-mark">
          {t('review.comments.resolved')} · {byAt(comment.resolved.by, comment.resolved.at)}
        </p>
      ) : (
        <div className="no-print">
          <form onSubmit={(e) => void sendReply(e)} className="reply-form">
            <label>
              {t('review.comments.replyLabel')}
              <input value={reply} onChange={(e) => setReply(e.target.value)} />
            </label>
            <FieldError problem={replied.problems.text} />
            <button type="submit" disabled={!reply.trim()}>
              {t('review.comments.reply')}
            </button>
          </form>
          <button
            type="button"
            onClick={() =>
              void props.change((d) =>
                api.call('comments.resolve', { sessionId: d.meta.id, commentId: comment.id }),
              )
            }
          >
            {t('review.comments.resolve')}
          </button>
        </div>
      )}
    </li>
  );
}
