import { useCallback } from 'react';
import './inbox.css';
import { useTranslation } from 'react-i18next';
import type { InboxCounts } from '../../../shared/api/records';
import { useApi } from '../api/api-context';
import { todayLocal } from '../ui/dates';
import { useLoad } from '../ui/use-load';
import type { View } from '../navigation';

/**
 * The inbox's counts for the navigation (issue #12, item 2), asked again on every move between
 * screens (a session returned, actions recorded) and whenever synced changes arrive.
 */
export function useInboxCounts(view: View): InboxCounts | null {
  const api = useApi();
  // The view is a dependency on purpose: each navigation is a moment the counts may have changed.
  const load = useCallback(() => api.call('home.counts', { today: todayLocal() }), [api, view]); // eslint-disable-line react-hooks/exhaustive-deps
  return useLoad(load).data;
}

/** The number beside "Beranda" and "Tinjauan": nothing when nothing waits. */
export function NavBadge(props: {
  section: string;
  counts: InboxCounts | null;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const count =
    props.section === 'home'
      ? props.counts?.home
      : props.section === 'review'
        ? props.counts?.review
        : undefined;
  if (!count) return null;
  return (
    // Hidden from the button's name ("Beranda" stays "Beranda"); Home itself lists what waits.
    <span className="nav-badge" aria-hidden="true" title={t('inbox.badge', { count })}>
      {count}
    </span>
  );
}
