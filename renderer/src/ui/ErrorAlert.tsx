import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';
import './error-alert.css';

/**
 * An error from the core, in the user's words, where it happened: placed beside the control that
 * caused it and scrolled into view when it appears, so a press never seems to do nothing; the
 * technical words folded away for whoever helps (issue #12, item 5). Renders nothing without an
 * error.
 */
export function ErrorAlert({
  error,
  id,
}: {
  error: unknown;
  /** For aria-describedby on the control the error belongs to. */
  id?: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const shown = error !== null && error !== undefined && error !== '';
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown, error]);
  if (!shown) return null;
  const { text, detail } =
    typeof error === 'string' ? { text: error, detail: undefined } : describeError(t, error);
  return (
    <div className="error" role="alert" id={id} ref={ref}>
      <p>{text}</p>
      {detail && (
        <details className="technical">
          <summary>{t('sync.technical')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
