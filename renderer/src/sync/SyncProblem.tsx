import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../shared/api/sync';

type ErrorState = Extract<SyncState, { kind: 'error' }>;

/**
 * A sync error in the person's language, with what happens next; the relay's own (English)
 * words stay below, for whoever helps them.
 */
export function SyncProblem({ state }: { state: ErrorState }): React.JSX.Element | null {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(state.retryAt);
  if (!state.problem || state.problem === 'other') return null;
  return (
    <div className="sync-problem" role="alert">
      <p>{t(`sync.problem.${state.problem}`, { seconds })}</p>
      <p className="hint">{t('sync.problem.details', { reason: state.reason })}</p>
    </div>
  );
}

/** Counts down to `at` once a second (0 when it is past or unknown). */
function useSecondsUntil(at: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}
