import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../shared/api/records';
import { orderThread } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { formatInstant, useLanguage } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import { noteChanges } from './note-changes';
import '../home/inbox.css';

/** Whether the session waits for review again after a return: then what changed is shown. */
export function isResubmission(detail: SessionDetail): boolean {
  const sent = orderThread(detail.review.thread).filter(
    (e) => e.kind === 'submit' || e.kind === 'resubmit',
  );
  return detail.review.status === 'submitted' && sent.at(-1)?.kind === 'resubmit';
}

/**
 * "What changed since the last submission" (issue #12, item 2): the note as resubmitted against
 * the note as submitted before, words added and removed marked.
 */
export function ResubmissionChanges(props: {
  sessionId: string;
  /** Opened from Home's "resubmitted": brought into view once loaded, above the review panel. */
  focus?: boolean;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const load = useCallback(
    () => api.call('review.changes', { sessionId: props.sessionId }),
    [api, props.sessionId],
  );
  const { data } = useLoad(load);
  const shown = data?.latest !== undefined;
  useEffect(() => {
    if (shown && props.focus) document.getElementById('changes-title')?.scrollIntoView?.();
  }, [shown, props.focus]);
  if (!data?.latest) return null;
  const { previous, latest } = data;
  if (!previous) {
    return (
      <section className="card resubmission-changes" aria-labelledby="changes-title">
        <h2 id="changes-title">{t('inbox.changes.title')}</h2>
        <p className="hint">{t('inbox.changes.notKept')}</p>
      </section>
    );
  }
  const changes = noteChanges(previous.text, latest.text);
  return (
    <section className="card resubmission-changes" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('inbox.changes.title')}</h2>
      <p className="hint">
        {t('inbox.changes.between', {
          before: formatInstant(previous.at, language),
          after: formatInstant(latest.at, language),
        })}{' '}
        {changes.added + changes.removed === 0
          ? t('inbox.changes.none')
          : t('inbox.changes.summary', { added: changes.added, removed: changes.removed })}
      </p>
      {changes.added + changes.removed > 0 && (
        <p className="note-diff">
          {changes.parts.map((part, i) =>
            part.kind === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.kind === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      )}
    </section>
  );
}
