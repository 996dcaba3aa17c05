import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/api/settings';
import type { RecoveryKeyIssued, VaultStatus } from '../../../shared/api/vault';
import { useApi } from '../api/api-context';
import { CaseScreen } from '../cases/detail/CaseScreen';
import { CaseListScreen } from '../cases/list/CaseListScreen';
import type { Navigate, NavigateOptions } from '../ui/navigate';
import { DirectoryScreen } from '../directory/DirectoryScreen';
import { ReminderNotice } from '../follow-ups/ReminderNotice';
import { LibraryScreen } from '../library/LibraryScreen';
import { HomeScreen } from '../home/HomeScreen';
import { NavBadge, useInboxCounts } from '../home/NavBadge';
import { NewRecoveryKeyForm } from './NewRecoveryKeyForm';
import { PeopleProvider } from '../review/people-context';
import { ReviewScreen } from '../review/ReviewScreen';
import { backOf, offersReview, withOrigin, type View } from '../navigation';
import { SearchScreen } from '../search/SearchScreen';
import { SessionScreen } from '../session/SessionScreen';
import { GroupScreen } from '../group/GroupScreen';
import { SettingsScreen } from './SettingsScreen';
import { SyncIndicator } from '../sync/SyncIndicator';
import { SyncScreen } from '../sync/SyncScreen';
import { useSyncOverview } from '../sync/use-sync-overview';
import { TeamTrustBanner } from '../sync/TeamTrustBanner';
import { WellbeingScreen } from '../wellbeing/WellbeingScreen';
import { CommunityScreen } from '../community/CommunityScreen';
import { ReportsScreen } from '../exports/ReportsScreen';
import { ShortcutsHelp } from '../ui/ShortcutsHelp';
import { clickWhenShown, submitFocusedForm, useShortcuts } from '../ui/use-shortcuts';

const SECTIONS = [
  'home',
  'cases',
  'search',
  'directory',
  'library',
  'review',
  'wellbeing',
  'community',
  'reports',
  'sync',
  'settings',
] as const;
type Section = (typeof SECTIONS)[number];

/** The navigation entry a view belongs to: a case and its sessions live under "Kasus". */
function sectionOf(view: View): Section {
  return view.kind === 'case' || view.kind === 'session' || view.kind === 'group'
    ? 'cases'
    : view.kind;
}

/** Nav words the main catalog does not hold live in the cases catalog. */
const NAV_KEY: Record<Section, string> = {
  home: 'nav.home',
  cases: 'nav.cases',
  search: 'cases.nav.search',
  directory: 'cases.nav.directory',
  library: 'library.nav',
  review: 'nav.review',
  wellbeing: 'wellbeing.nav',
  community: 'community.nav',
  reports: 'exports.ui.navReports',
  sync: 'nav.sync',
  settings: 'nav.settings',
};

export function AppFrame(props: {
  info: MethodOutput<'app.info'>;
  status: VaultStatus;
  settings: Settings;
  onSettings: (s: Settings) => void;
  onNewRecoveryKey: (issued: RecoveryKeyIssued) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const [view, setView] = useState<View>({ kind: 'home' });
  const [options, setOptions] = useState<NavigateOptions>({});

  const navigate: Navigate = useCallback((next, nextOptions = {}) => {
    // A case or session opened from a screen remembers it, for "← Kembali" (navigation.ts).
    setView((current) => withOrigin(next, current));
    setOptions(nextOptions);
    window.scrollTo?.(0, 0);
  }, []);
  const openHome = useCallback(() => navigate({ kind: 'home' }), [navigate]);

  const [helpOpen, setHelpOpen] = useState(false);
  const [shortcutNotice, setShortcutNotice] = useState('');
  useEffect(() => {
    if (!shortcutNotice) return;
    const shown = setTimeout(() => setShortcutNotice(''), 8000);
    return () => clearTimeout(shown);
  }, [shortcutNotice]);
  useShortcuts({
    help: () => setHelpOpen(true),
    search: () => navigate({ kind: 'search' }),
    save: submitFocusedForm,
    newSession: () => {
      // A session belongs to a case: from a case or one of its sessions, its "new session" form.
      if (view.kind !== 'case' && view.kind !== 'session' && view.kind !== 'group') {
        setShortcutNotice(t('ui.shortcuts.newSessionWhere'));
        navigate({ kind: 'cases' });
        return;
      }
      setShortcutNotice('');
      navigate({ kind: 'case', caseId: view.caseId }, { tab: 'sessions' });
      void clickWhenShown('[data-shortcut="new-session"]');
    },
  });

  const section = sectionOf(view);
  const counts = useInboxCounts(view);
  const [overview] = useSyncOverview();
  // A team's counselor is not offered the review screen (issue #12, item 4); nor is anyone until
  // the core says who they are, so it never shows to a counselor for a moment.
  const sections = SECTIONS.filter(
    (s) => s !== 'review' || (overview !== null && offersReview(overview.role)),
  );

  return (
    <div className="frame">
      <nav aria-label={t('app.name')}>
        <strong className="brand">{t('app.name')}</strong>
        <SyncIndicator onOpen={() => navigate({ kind: 'sync' })} />
        {sections.map((s) => (
          <button
            key={s}
            type="button"
            aria-current={s === section ? 'page' : undefined}
            onClick={() => navigate({ kind: s })}
          >
            {t(NAV_KEY[s])}
            <NavBadge section={s} counts={counts} />
          </button>
        ))}
        <button type="button" className="shortcuts-open" onClick={() => setHelpOpen(true)}>
          {t('ui.shortcuts.open')}
        </button>
        <button type="button" className="lock" onClick={() => void api.call('vault.lock', {})}>
          {t('nav.lock')}
        </button>
      </nav>
      <main>
        <ReminderNotice onOpenHome={openHome} />
        {shortcutNotice && (
          <p className="notice" role="status">
            {shortcutNotice}
          </p>
        )}
        {!props.status.recoveryKeyConfirmed && (
          <div className="banner" role="status">
            <p>{t('vault.recoveryMissing')}</p>
            <NewRecoveryKeyForm onIssued={props.onNewRecoveryKey} />
          </div>
        )}
        {section !== 'sync' && <TeamTrustBanner onOpen={() => navigate({ kind: 'sync' })} />}
        <PeopleProvider>
          <CurrentView view={view} options={options} navigate={navigate} settingsProps={props} />
        </PeopleProvider>
      </main>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function CurrentView({
  view,
  options,
  navigate,
  settingsProps,
}: {
  view: View;
  options: NavigateOptions;
  navigate: Navigate;
  settingsProps: {
    info: MethodOutput<'app.info'>;
    status: VaultStatus;
    settings: Settings;
    onSettings: (s: Settings) => void;
    onNewRecoveryKey: (issued: RecoveryKeyIssued) => void;
  };
}): React.JSX.Element {
  switch (view.kind) {
    case 'home':
      return <HomeScreen navigate={navigate} />;
    case 'cases':
      return <CaseListScreen navigate={navigate} newCaseOpen={options.newCase === true} />;
    case 'case':
      return (
        <CaseScreen
          key={view.caseId}
          caseId={view.caseId}
          initialTab={options.tab}
          navigate={navigate}
          onBack={() => navigate(backOf(view).view)}
        />
      );
    case 'session':
      return (
        <SessionScreen
          key={view.sessionId}
          sessionId={view.sessionId}
          focus={view.focus}
          openSafetyPlan={() =>
            navigate({ kind: 'case', caseId: view.caseId }, { tab: 'safetyPlan' })
          }
          openCaseTab={(tab) => navigate({ kind: 'case', caseId: view.caseId }, { tab })}
          openGroup={(groupId) => navigate({ kind: 'group', groupId, caseId: view.caseId })}
          onBack={() => {
            const back = backOf(view);
            navigate(back.view, back.tab ? { tab: back.tab } : {});
          }}
        />
      );
    case 'group':
      return (
        <GroupScreen
          key={view.groupId}
          groupId={view.groupId}
          openPart={(sessionId, caseId) => navigate({ kind: 'session', sessionId, caseId })}
          openSafetyPlan={(caseId) => navigate({ kind: 'case', caseId }, { tab: 'safetyPlan' })}
          onBack={() => {
            const back = backOf(view);
            navigate(back.view, back.tab ? { tab: back.tab } : {});
          }}
        />
      );
    case 'reports':
      return <ReportsScreen />;
    case 'search':
      return <SearchScreen navigate={navigate} />;
    case 'directory':
      return <DirectoryScreen />;
    case 'library':
      return <LibraryScreen />;
    case 'settings':
      return (
        <SettingsScreen
          info={settingsProps.info}
          settings={settingsProps.settings}
          onSettings={settingsProps.onSettings}
          recoveryKeyConfirmed={settingsProps.status.recoveryKeyConfirmed}
          onNewRecoveryKey={settingsProps.onNewRecoveryKey}
        />
      );
    case 'review':
      return <ReviewScreen navigate={navigate} />;
    case 'sync':
      return <SyncScreen />;
    case 'wellbeing':
      return <WellbeingScreen />;
    case 'community':
      return <CommunityScreen />;
  }
}
