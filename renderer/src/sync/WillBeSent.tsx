import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';

/**
 * "Will be sent" beside something done while the relay could not be reached (issue #12, item 3):
 * shown while the record's changes wait in the outbox, gone once the relay acknowledged them. A
 * session resubmitted offline is not yet in the supervisor's queue, and should not look as if it
 * were. Place it beside the status it qualifies: `<WillBeSent sessionId={id} />`.
 */
export function WillBeSent(props: {
  sessionId?: string;
  caseId?: string;
}): React.JSX.Element | null {
  const waiting = useWaitingToSend(props);
  const { t } = useTranslation();
  if (!waiting) return null;
  return (
    <span className="will-be-sent" role="status" data-testid="will-be-sent">
      {t('sync.willBeSent')}
    </span>
  );
}

/** Whether the record has changes the relay has not acknowledged; rechecked on every sync change. */
export function useWaitingToSend({ sessionId, caseId }: { sessionId?: string; caseId?: string }) {
  const api = useApi();
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let live = true;
    const check = (): void => {
      void api
        .call('sync.waiting', {
          ...(sessionId ? { sessionIds: [sessionId] } : {}),
          ...(caseId ? { caseIds: [caseId] } : {}),
        })
        .then(
          (r) => live && setWaiting(r.sessionIds.length + r.caseIds.length > 0),
          () => undefined,
        );
    };
    check();
    const off = api.on('sync.changed', check);
    return () => {
      live = false;
      off();
    };
  }, [api, sessionId, caseId]);
  return waiting;
}
