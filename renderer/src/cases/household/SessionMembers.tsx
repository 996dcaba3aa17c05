import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../shared/api/records';
import { useApi } from '../../api/api-context';
import type { SessionChange } from '../../session/use-session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useLoad } from '../../ui/use-load';
import { MemberNames } from './MemberNames';
import { MemberPicker } from './MemberPicker';
import './household.css';

/**
 * Which household members were present at the session, or whom it was for (issue #13, item 3).
 * A tick saves at once, like the session's other details; a locked session shows the names.
 */
export function SessionMembers(props: {
  detail: SessionDetail;
  change: (make: SessionChange) => Promise<void>;
  readOnly: boolean;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, id: sessionId, householdMemberIds } = props.detail.meta;
  const load = useCallback(() => api.call('household.list', { caseId }), [api, caseId]);
  const household = useLoad(load);
  const named = householdMemberIds ?? [];
  if (!household.data) return household.error ? <ErrorAlert error={household.error} /> : null;
  const none = household.data.members.length === 0 && named.length === 0;
  if (props.readOnly || none) {
    if (named.length === 0) return null;
    return (
      <section className="session-members" aria-label={t('household.session.title')}>
        <MemberNames household={household.data} ids={named} kind="present" />
      </section>
    );
  }
  return (
    <section className="session-members" aria-label={t('household.session.title')}>
      <MemberPicker
        household={household.data}
        selected={named}
        onChange={(ids) =>
          void props.change(() =>
            api.call('sessions.update', { sessionId, householdMemberIds: ids }),
          )
        }
      />
    </section>
  );
}
